// The editable bell grid.
#include "structurebellsmodel.h"

#include "structureerrors.h"

#include <QBrush>
#include <QCborMap>
#include <QColor>

namespace ejournal::client {

namespace {
const QString kTimeFormat = QStringLiteral("HH:mm");
constexpr int kLessonMinutes = 45;
constexpr int kBreakMinutes = 10;
const QColor kProblemRow(0xfd, 0xec, 0xea);
const QColor kProblemText(0xa3, 0x1f, 0x1f);
} // namespace

StructureBellsModel::StructureBellsModel(QObject *parent) : QAbstractTableModel(parent) {}

QMap<int, QList<StructureBellsModel::Bell>> StructureBellsModel::parse(const QCborArray &bells)
{
    QMap<int, QList<Bell>> out;
    for (const QCborValue &value : bells) {
        const QCborMap bell = value.toMap();
        out[int(bell.value(QStringLiteral("shift")).toInteger())].append(
            {int(bell.value(QStringLiteral("lessonNo")).toInteger()),
             QTime::fromString(bell.value(QStringLiteral("startsAt")).toString(), kTimeFormat),
             QTime::fromString(bell.value(QStringLiteral("endsAt")).toString(), kTimeFormat)});
    }
    return out;
}

void StructureBellsModel::setBells(const QCborArray &bells)
{
    beginResetModel();
    m_saved = parse(bells);
    m_edited = m_saved;
    m_serverProblems.clear();
    endResetModel();
    emit dirtyChanged();
}

void StructureBellsModel::setSavedShift(const QCborArray &bells)
{
    beginResetModel();
    m_saved = parse(bells);
    rows() = m_saved.value(m_shift);
    m_serverProblems.clear();
    endResetModel();
    emit dirtyChanged();
}

void StructureBellsModel::setShift(int shift)
{
    beginResetModel();
    m_shift = shift;
    m_serverProblems.clear();
    endResetModel();
}

void StructureBellsModel::setEditable(bool editable)
{
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

bool StructureBellsModel::isDirty(int shift) const
{
    return m_saved.value(shift) != m_edited.value(shift);
}

bool StructureBellsModel::hasProblems() const
{
    for (int row = 0; row < rowCount(); ++row)
        if (!problem(row).isEmpty())
            return true;
    return false;
}

QCborArray StructureBellsModel::lessons() const
{
    QCborArray out;
    for (const Bell &bell : rowsOf(m_shift))
        out.append(QCborMap{{QStringLiteral("lessonNo"), bell.lessonNo},
                            {QStringLiteral("startsAt"), bell.startsAt.toString(kTimeFormat)},
                            {QStringLiteral("endsAt"), bell.endsAt.toString(kTimeFormat)}});
    return out;
}

void StructureBellsModel::setServerProblems(const QMap<int, QString> &problems)
{
    m_serverProblems = problems;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString StructureBellsModel::problem(int row) const
{
    const QString server = m_serverProblems.value(row);
    return server.isEmpty() ? clientProblem(row) : server;
}

QString StructureBellsModel::clientProblem(int row) const
{
    const QList<Bell> bells = rowsOf(m_shift);
    const Bell &bell = bells.at(row);
    // The same checks as bells.set, worded by the same translations.
    QString reason;
    const Bell *previous = row > 0 ? &bells.at(row - 1) : nullptr;
    if (bell.endsAt <= bell.startsAt)
        reason = QStringLiteral("must end after it starts");
    else if (previous && bell.lessonNo == previous->lessonNo)
        reason = QStringLiteral("lesson %1 is listed twice").arg(bell.lessonNo);
    else if (previous && bell.lessonNo < previous->lessonNo)
        reason = QStringLiteral("must come after lesson %1").arg(previous->lessonNo);
    else if (previous && bell.startsAt < previous->endsAt)
        reason = QStringLiteral("overlaps lesson %1").arg(previous->lessonNo);
    return reason.isEmpty() ? QString() : StructureErrors::problem(reason);
}

int StructureBellsModel::appendLesson()
{
    const QList<Bell> &bells = rows();
    Bell next{1, QTime(8, 30), QTime(8, 30).addSecs(kLessonMinutes * 60)};
    if (!bells.isEmpty()) {
        const Bell &last = bells.last();
        if (last.lessonNo >= kLastLessonNo || last.endsAt > QTime(23, 59).addSecs(-(kLessonMinutes + kBreakMinutes) * 60))
            return -1;
        next.lessonNo = last.lessonNo + 1;
        next.startsAt = last.endsAt.addSecs(kBreakMinutes * 60);
        next.endsAt = next.startsAt.addSecs(kLessonMinutes * 60);
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    rows().append(next);
    m_serverProblems.clear();
    endInsertRows();
    emit dirtyChanged();
    return row;
}

void StructureBellsModel::removeLesson(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    rows().removeAt(row);
    m_serverProblems.clear();
    endRemoveRows();
    emit dirtyChanged();
}

void StructureBellsModel::revert()
{
    replaceRows(m_saved.value(m_shift));
}

void StructureBellsModel::fillTypical()
{
    // 45-minute lessons, 10-minute breaks, 20 minutes after the 2nd and 3rd lessons (meals).
    const QTime first = m_shift == 1 ? QTime(8, 30) : QTime(14, 0);
    QList<Bell> bells;
    QTime start = first;
    for (int lesson = 1; lesson <= 7; ++lesson) {
        bells.append({lesson, start, start.addSecs(kLessonMinutes * 60)});
        const int pause = lesson == 2 || lesson == 3 ? 20 : kBreakMinutes;
        start = bells.last().endsAt.addSecs(pause * 60);
    }
    replaceRows(bells);
}

void StructureBellsModel::replaceRows(const QList<Bell> &bells)
{
    beginResetModel();
    rows() = bells;
    m_serverProblems.clear();
    endResetModel();
    emit dirtyChanged();
}

int StructureBellsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edited.value(m_shift).size());
}

int StructureBellsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StructureBellsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Bell> bells = rowsOf(m_shift);
    const Bell &bell = bells.at(index.row());
    const QString rowProblem = problem(index.row());
    if (role == Qt::BackgroundRole)
        return rowProblem.isEmpty() ? QVariant() : QBrush(kProblemRow);
    if (role == Qt::ForegroundRole && index.column() == ProblemColumn)
        return QBrush(kProblemText);
    if (role == Qt::ToolTipRole)
        return rowProblem.isEmpty() ? QVariant() : rowProblem;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() == ProblemColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                                   : Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case LessonColumn:
        return bell.lessonNo;
    case StartColumn:
        return role == Qt::EditRole ? QVariant(bell.startsAt) : bell.startsAt.toString(kTimeFormat);
    case EndColumn:
        return role == Qt::EditRole ? QVariant(bell.endsAt) : bell.endsAt.toString(kTimeFormat);
    case LengthColumn:
        return bell.endsAt > bell.startsAt
                   ? tr("%n min", nullptr, int(bell.startsAt.secsTo(bell.endsAt) / 60)) : QString();
    case BreakColumn: {
        if (index.row() == 0)
            return QString();
        const int minutes = int(bells.at(index.row() - 1).endsAt.secsTo(bell.startsAt) / 60);
        return minutes >= 0 ? tr("%n min", nullptr, minutes) : QString();
    }
    case ProblemColumn:
        return rowProblem;
    }
    return {};
}

bool StructureBellsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Bell &bell = rows()[index.row()];
    switch (index.column()) {
    case LessonColumn: {
        const int number = value.toInt();
        if (number < 0 || number > kLastLessonNo)
            return false;
        bell.lessonNo = number;
        break;
    }
    case StartColumn:
        if (!value.toTime().isValid())
            return false;
        bell.startsAt = value.toTime();
        break;
    case EndColumn:
        if (!value.toTime().isValid())
            return false;
        bell.endsAt = value.toTime();
        break;
    default:
        return false;
    }
    m_serverProblems.clear();
    // The row's own values, its length and break, the next row's break and every problem.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit dirtyChanged();
    return true;
}

Qt::ItemFlags StructureBellsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags out = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() <= EndColumn)
        out |= Qt::ItemIsEditable;
    return out;
}

QVariant StructureBellsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LessonColumn:
        return tr("Lesson");
    case StartColumn:
        return tr("Starts");
    case EndColumn:
        return tr("Ends");
    case LengthColumn:
        return tr("Length");
    case BreakColumn:
        return tr("Break");
    case ProblemColumn:
        return tr("Problem");
    }
    return {};
}

} // namespace ejournal::client
