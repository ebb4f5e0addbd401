// The journal grid's model.
#include "journalmodel.h"

#include "displaytime.h"
#include "journaloutbox.h"

#include <QLocale>

namespace ejournal::client {

using namespace journal;

namespace {
const QString kSetCell = QStringLiteral("journal.setCell");
const QString kSetFinal = QStringLiteral("journal.setFinal");

QString attendanceName(const QString &code)
{
    if (code == QLatin1String("absent"))
        return JournalModel::tr("absent");
    if (code == QLatin1String("sick"))
        return JournalModel::tr("ill");
    if (code == QLatin1String("excused"))
        return JournalModel::tr("absent for a valid reason");
    if (code == QLatin1String("late"))
        return JournalModel::tr("late");
    return {};
}
} // namespace

JournalModel::JournalModel(JournalOutbox *outbox, QObject *parent)
    : QAbstractTableModel(parent), m_outbox(outbox), m_today(QDate::currentDate())
{
    connect(outbox, &JournalOutbox::saved, this, [this](const QString &key, const QCborMap &result) {
        if (key.startsWith(QLatin1String("cell:")))
            applyCell(result.value(QStringLiteral("cell")).toMap());
        else
            applyFinal(result.value(QStringLiteral("final")).toMap());
        onOutboxChanged(key);
    });
    connect(outbox, &JournalOutbox::dropped, this, [this](const QString &key, const QCborMap &current) {
        if (!current.isEmpty()) {
            if (key.startsWith(QLatin1String("cell:")))
                applyCell(current);
            else
                applyFinal(current);
        }
        onOutboxChanged(key);
    });
    connect(outbox, &JournalOutbox::conflict, this, &JournalModel::onOutboxChanged);
    connect(outbox, &JournalOutbox::reasonRequired, this, [this](const QString &key) { onOutboxChanged(key); });
}

void JournalModel::setSnapshot(const Snapshot &snapshot, bool showYear)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_showYear = showYear;
    m_cells.clear();
    m_finals.clear();
    m_lessonColumns.clear();
    m_studentRows.clear();
    m_undo.clear();
    for (int i = 0; i < lessonCount(); ++i)
        m_lessonColumns.insert(m_snapshot.lessons.at(i).id, FirstLessonColumn + i);
    for (int i = 0; i < m_snapshot.students.size(); ++i)
        m_studentRows.insert(m_snapshot.students.at(i).id, i);
    for (const Cell &c : std::as_const(m_snapshot.cells))
        m_cells.insert(JournalOutbox::cellKey(c.lessonId, c.studentId), c);
    for (const Final &f : std::as_const(m_snapshot.finals))
        m_finals.insert(JournalOutbox::finalKey(m_snapshot.assignmentId, f.studentId, f.periodId), f);
    m_snapshot.cells.clear();  // kept once, by key
    m_snapshot.finals.clear();
    findCurrentLesson();
    endResetModel();
}

void JournalModel::setToday(const QDate &today)
{
    m_today = today;
    findCurrentLesson();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void JournalModel::findCurrentLesson()
{
    int best = -1;
    for (int i = 0; i < lessonCount(); ++i) {
        const Lesson &l = m_snapshot.lessons.at(i);
        if (l.date > m_today)
            break;
        if (!l.cancelled() && (best < 0 || l.date != m_snapshot.lessons.at(best - FirstLessonColumn).date))
            best = FirstLessonColumn + i;
    }
    m_currentColumn = best;
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.students.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_snapshot.assignmentId == 0)
        return 0;
    return averageColumn() + 2 + (m_showYear ? 1 : 0);
}

JournalModel::ColumnKind JournalModel::columnKind(int column) const
{
    if (column == NumberColumn)
        return NumberColumnKind;
    if (column == NameColumn)
        return NameColumnKind;
    if (column < averageColumn())
        return LessonColumnKind;
    return column == averageColumn() ? AverageColumnKind : FinalColumnKind;
}

const Lesson *JournalModel::lessonAt(int column) const
{
    const int i = column - FirstLessonColumn;
    return i >= 0 && i < lessonCount() ? &m_snapshot.lessons.at(i) : nullptr;
}

int JournalModel::columnOfLesson(qint64 lessonId) const
{
    return m_lessonColumns.value(lessonId, -1);
}

const Student *JournalModel::studentAt(int row) const
{
    return row >= 0 && row < m_snapshot.students.size() ? &m_snapshot.students.at(row) : nullptr;
}

int JournalModel::rowOfStudent(qint64 studentId) const
{
    return m_studentRows.value(studentId, -1);
}

qint64 JournalModel::finalPeriodAt(int column) const
{
    return column == averageColumn() + 1 ? m_snapshot.period.id : 0;
}

const WorkType *JournalModel::workType(qint64 id) const
{
    for (const WorkType &w : m_snapshot.workTypes)
        if (w.id == id)
            return &w;
    return nullptr;
}

qint64 JournalModel::defaultWorkType(const Lesson &lesson) const
{
    if (lesson.workTypeId)
        return lesson.workTypeId;
    for (const WorkType &w : m_snapshot.workTypes)
        if (w.name == QStringLiteral("Ответ на уроке"))
            return w.id;
    return m_snapshot.workTypes.isEmpty() ? 0 : m_snapshot.workTypes.first().id;
}

QString JournalModel::keyAt(const QModelIndex &index) const
{
    const Student *s = studentAt(index.row());
    if (!s)
        return {};
    if (const Lesson *l = lessonAt(index.column()))
        return JournalOutbox::cellKey(l->id, s->id);
    if (columnKind(index.column()) == FinalColumnKind)
        return JournalOutbox::finalKey(m_snapshot.assignmentId, s->id, finalPeriodAt(index.column()));
    return {};
}

QModelIndex JournalModel::indexOfKey(const QString &key) const
{
    const QStringList parts = key.split(QLatin1Char(':'));
    if (parts.size() == 3 && parts.first() == QLatin1String("cell"))
        return index(rowOfStudent(parts.at(2).toLongLong()), columnOfLesson(parts.at(1).toLongLong()));
    if (parts.size() == 4 && parts.at(1).toLongLong() == m_snapshot.assignmentId) {
        const qint64 period = parts.at(3).toLongLong();
        const int column = period == m_snapshot.period.id ? averageColumn() + 1
                           : (m_showYear && period == 0) ? averageColumn() + 2 : -1;
        return index(rowOfStudent(parts.at(2).toLongLong()), column);
    }
    return {};
}

CellContent JournalModel::content(const QModelIndex &index) const
{
    const QString key = keyAt(index);
    if (const JournalOutbox::Entry *e = m_outbox->pending(key))
        return CellContent::fromMap(e->params);
    return m_cells.value(key).content;
}

qint64 JournalModel::serverVersion(const QModelIndex &index) const
{
    const QString key = keyAt(index);
    if (columnKind(index.column()) == FinalColumnKind)
        return m_finals.value(key).version;
    return m_cells.value(key).version;
}

const Final *JournalModel::serverFinal(const QModelIndex &index) const
{
    const auto it = m_finals.constFind(keyAt(index));
    return it == m_finals.constEnd() ? nullptr : &it.value();
}

QString JournalModel::finalValue(const QModelIndex &index) const
{
    if (const JournalOutbox::Entry *e = m_outbox->pending(keyAt(index)))
        return e->params.value(QStringLiteral("value")).toString();
    const Final *f = serverFinal(index);
    return f ? f->value : QString();
}

bool JournalModel::canEdit(const QModelIndex &index) const
{
    if (isReadOnly() || !index.isValid())
        return false;
    const Student *s = studentAt(index.row());
    if (const Lesson *l = lessonAt(index.column()))
        return l->canWrite && !l->cancelled() && s->memberOn(l->date) && l->date <= m_today;
    return columnKind(index.column()) == FinalColumnKind && m_snapshot.canWrite;
}

QString JournalModel::whyReadOnly(const QModelIndex &index) const
{
    if (canEdit(index) || !index.isValid())
        return {};
    if (isReadOnly())
        return tr("The journal is shown as it was on a past date: it cannot be changed here.");
    const Student *s = studentAt(index.row());
    if (const Lesson *l = lessonAt(index.column())) {
        if (!l->canWrite)
            return tr("You may read this journal but not write in it.");
        if (l->cancelled())
            return tr("The lesson on %1 was cancelled.").arg(l->date.toString(QStringLiteral("dd.MM")));
        if (!s->memberOn(l->date))
            return tr("%1 was not in the class on %2.").arg(s->name, l->date.toString(QStringLiteral("dd.MM")));
        return tr("The lesson on %1 has not taken place yet.").arg(l->date.toString(QStringLiteral("dd.MM")));
    }
    if (columnKind(index.column()) == FinalColumnKind)
        return tr("You may read this journal but not write in it.");
    return tr("Marks are put in the lesson columns; final marks in the last columns.");
}

std::optional<double> JournalModel::average(int row) const
{
    QList<marks::WeightedMark> all;
    for (int i = 0; i < lessonCount(); ++i) {
        const Lesson &l = m_snapshot.lessons.at(i);
        if (l.cancelled())
            continue;
        for (const Mark &m : content(index(row, FirstLessonColumn + i)).marks) {
            const WorkType *w = workType(m.workTypeId ? m.workTypeId : defaultWorkType(l));
            all.append({m.value, w ? w->weight : 1.0});
        }
    }
    return marks::weightedAverage(all);
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Student &s = m_snapshot.students.at(index.row());
    const ColumnKind kind = columnKind(index.column());
    if (role == ColumnKindRole)
        return int(kind);
    switch (kind) {
    case NumberColumnKind:
        if (role == Qt::DisplayRole)
            return s.number;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameColumnKind:
        if (role == Qt::DisplayRole)
            return s.name;
        if (role == Qt::ToolTipRole) {
            QString tip = s.fullName;
            if (!s.from.isNull())
                tip += QLatin1Char('\n') + tr("In the class from %1").arg(s.from.toString(QStringLiteral("dd.MM.yyyy")));
            if (!s.until.isNull())
                tip += QLatin1Char('\n') + tr("In the class until %1").arg(s.until.toString(QStringLiteral("dd.MM.yyyy")));
            return tip;
        }
        break;
    case LessonColumnKind:
        return cellData(index, role);
    case AverageColumnKind:
        if (role == Qt::DisplayRole) {
            const auto avg = average(index.row());
            return avg ? QLocale().toString(*avg, 'f', 2) : QString();
        }
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return tr("Weighted average of the period's marks");
        break;
    case FinalColumnKind:
        return finalData(index, role);
    }
    return {};
}

QVariant JournalModel::cellData(const QModelIndex &index, int role) const
{
    const Lesson &l = *lessonAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(content(index));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return cellToolTip(index);
    case CurrentLessonRole:
        return index.column() == currentLessonColumn();
    case UnavailableRole:
        return l.cancelled() || !m_snapshot.students.at(index.row()).memberOn(l.date);
    case PendingRole: {
        const JournalOutbox::Entry *e = m_outbox->pending(keyAt(index));
        if (!e)
            return 0;
        return e->state == JournalOutbox::State::Conflict || e->state == JournalOutbox::State::NeedsReason ? 2 : 1;
    }
    case PiecesRole:
    case PieceKindsRole: {
        const CellContent c = content(index);
        QStringList pieces;
        QList<int> kinds;
        if (!c.attendance.isEmpty()) {
            const bool late = c.attendance == QLatin1String("late");
            pieces.append(attendanceText(c.attendance));  // the minutes are in the tooltip
            kinds.append(late ? LatePiece : AwayPiece);
        }
        for (const Mark &m : c.marks) {
            pieces.append(markText(m.value));
            kinds.append(marks::isLow(m_snapshot.scale, m.value) ? LowPiece : NormalPiece);
        }
        return role == PiecesRole ? QVariant(pieces) : QVariant::fromValue(kinds);
    }
    default:
        return {};
    }
}

QVariant JournalModel::finalData(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return finalText(finalValue(index));
    case Qt::EditRole:
        return finalText(finalValue(index));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case SuggestionRole:
        return finalPeriodAt(index.column()) ? marks::suggestedFinal(m_snapshot.scale, average(index.row())) : QString();
    case PendingRole: {
        const JournalOutbox::Entry *e = m_outbox->pending(keyAt(index));
        return !e ? 0 : e->state == JournalOutbox::State::Queued || e->state == JournalOutbox::State::Sending ? 1 : 2;
    }
    case PieceKindsRole:
        return QVariant::fromValue(QList<int>{marks::isLow(m_snapshot.scale, finalValue(index)) ? LowPiece : NormalPiece});
    case Qt::ToolTipRole: {
        const QString suggestion = data(index, SuggestionRole).toString();
        return suggestion.isEmpty() ? tr("Type the final mark: a mark, н/а, зач, незач or осв")
                                    : tr("The average suggests %1").arg(suggestion);
    }
    default:
        return {};
    }
}

QString JournalModel::cellToolTip(const QModelIndex &index) const
{
    const Lesson &l = *lessonAt(index.column());
    const Student &s = m_snapshot.students.at(index.row());
    QStringList lines{QStringLiteral("<b>%1</b> · %2").arg(s.name.toHtmlEscaped(),
                                                           l.date.toString(QStringLiteral("dd.MM.yyyy")))};
    if (l.cancelled())
        lines.append(tr("The lesson was cancelled."));
    else if (!s.memberOn(l.date))
        lines.append(tr("Not in the class on that day."));
    const CellContent c = content(index);
    if (!c.attendance.isEmpty()) {
        QString line = tr("%1: %2").arg(attendanceText(c.attendance), attendanceName(c.attendance));
        if (c.attendance == QLatin1String("late") && c.lateMinutes)
            line += QLatin1Char(' ') + tr("by %n minute(s)", nullptr, c.lateMinutes);
        lines.append(line);
    }
    for (const Mark &m : c.marks) {
        const WorkType *w = workType(m.workTypeId ? m.workTypeId : defaultWorkType(l));
        QString line = QStringLiteral("<b>%1</b> — %2").arg(markText(m.value),
                                                           w ? w->name.toHtmlEscaped() : QString());
        if (w)
            line += QLatin1Char(' ') + tr("(weight %1)").arg(QLocale().toString(w->weight));
        if (!m.comment.isEmpty())
            line += QStringLiteral("<br>«%1»").arg(m.comment.toHtmlEscaped());
        if (!m.enteredBy.isEmpty())
            line += QStringLiteral("<br>") + tr("Put by %1, %2").arg(m.enteredBy.toHtmlEscaped(),
                                                                      displayDateTime(parseServerTime(m.enteredAt)));
        lines.append(line);
    }
    const Cell server = m_cells.value(keyAt(index));
    if (!server.updatedBy.isEmpty())
        lines.append(tr("Last changed by %1, %2").arg(server.updatedBy.toHtmlEscaped(),
                                                      displayDateTime(parseServerTime(server.updatedAt))));
    if (const JournalOutbox::Entry *e = m_outbox->pending(keyAt(index))) {
        if (e->state == JournalOutbox::State::Conflict)
            lines.append(tr("<span style='color:#b3261e'>Someone else changed this cell: choose which value to keep.</span>"));
        else if (e->state == JournalOutbox::State::NeedsReason)
            lines.append(tr("<span style='color:#b3261e'>A late correction: it is saved once you give the reason.</span>"));
        else
            lines.append(tr("<span style='color:#b06000'>Not saved on the server yet.</span>"));
    }
    return lines.join(QStringLiteral("<br>"));
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (role == ColumnKindRole)
        return int(columnKind(section));
    if (const Lesson *l = lessonAt(section))
        return lessonHeader(*l, role);
    if (role == Qt::DisplayRole) {
        switch (columnKind(section)) {
        case NumberColumnKind: return tr("No.");
        case NameColumnKind: return tr("Student");
        case AverageColumnKind: return tr("Avg.");
        default:
            return finalPeriodAt(section) ? m_snapshot.period.name : tr("Year");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (columnKind(section)) {
        case AverageColumnKind: return tr("Weighted average of the period's marks (kinds of work by their weights)");
        case FinalColumnKind:
            return finalPeriodAt(section) ? tr("Final mark for %1").arg(m_snapshot.period.name)
                                          : tr("Final mark for the year");
        default: return {};
        }
    }
    return {};
}

QVariant JournalModel::lessonHeader(const Lesson &l, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return l.date.toString(QStringLiteral("dd"));
    case MonthRole:
        return QLocale().standaloneMonthName(l.date.month());
    case CurrentLessonRole:
        return columnOfLesson(l.id) == currentLessonColumn();
    case UnavailableRole:
        return l.cancelled();
    case ControlWorkRole:
        return l.controlWork;
    case Qt::ToolTipRole: {
        QStringList lines{QStringLiteral("<b>%1</b>, ").arg(QLocale().toString(l.date, QStringLiteral("d MMMM, dddd")))
                          + tr("lesson %1").arg(l.lessonNo)};
        if (l.cancelled())
            lines.append(tr("Cancelled"));
        if (!l.topic.isEmpty())
            lines.append(tr("Topic: %1").arg(l.topic.toHtmlEscaped()));
        if (const WorkType *w = workType(l.workTypeId))
            lines.append(tr("Kind of work: %1").arg(w->name.toHtmlEscaped()));
        if (l.controlWork)
            lines.append(tr("Control work"));
        if (!l.homework.isEmpty())
            lines.append(tr("Homework: %1").arg(l.homework.toHtmlEscaped()));
        if (l.substitute)
            lines.append(tr("Substitution: %1").arg(l.teacherName.toHtmlEscaped()));
        lines.append(QStringLiteral("<i>%1</i>").arg(tr("Double-click the date (or press Ctrl+Enter in its column) to open the lesson card")));
        return lines.join(QStringLiteral("<br>"));
    }
    default:
        return {};
    }
}

Qt::ItemFlags JournalModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (canEdit(index))
        f |= Qt::ItemIsEditable;
    return f;
}

bool JournalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !canEdit(index))
        return false;
    if (columnKind(index.column()) == FinalColumnKind) {
        const auto final = parseFinalText(value.toString(), m_snapshot.scale);
        if (!final) {
            emit entryRejected(tr("\"%1\" is not a final mark: type a mark of the scale, н/а, зач, "
                                  "незач or осв.").arg(value.toString()));
            return false;
        }
        return enterFinal(index, *final);
    }
    QString error;
    const auto parsed = parseCellText(value.toString(), m_snapshot.scale, content(index), &error);
    if (!parsed) {
        emit entryRejected(error);
        return false;
    }
    return enterCell(index, *parsed);
}

bool JournalModel::enterCell(const QModelIndex &index, const CellContent &next)
{
    const Lesson *l = lessonAt(index.column());
    if (!l || !canEdit(index))
        return false;
    const CellContent before = content(index);
    if (before.sameAs(next))
        return true;
    const QString key = keyAt(index);
    m_undo.append({key, before.toParams()});
    QCborMap params = next.toParams();
    params.insert(QStringLiteral("lessonId"), l->id);
    params.insert(QStringLiteral("studentId"), studentAt(index.row())->id);
    m_outbox->put(key, kSetCell, m_snapshot.assignmentId, params, serverVersion(index));
    changedRow(index.row(), index.column());
    return true;
}

bool JournalModel::enterFinal(const QModelIndex &index, const QString &value)
{
    if (columnKind(index.column()) != FinalColumnKind || !canEdit(index))
        return false;
    const QString before = finalValue(index);
    if (before == value)
        return true;
    const QString key = keyAt(index);
    m_undo.append({key, {{QStringLiteral("value"), before}}});
    QCborMap params{{QStringLiteral("assignmentId"), m_snapshot.assignmentId},
                    {QStringLiteral("studentId"), studentAt(index.row())->id},
                    {QStringLiteral("value"), value}};
    if (const qint64 period = finalPeriodAt(index.column()))
        params.insert(QStringLiteral("periodId"), period);
    m_outbox->put(key, kSetFinal, m_snapshot.assignmentId, params, serverVersion(index));
    changedRow(index.row(), index.column());
    return true;
}

QModelIndex JournalModel::undo()
{
    while (!m_undo.isEmpty()) {
        const UndoStep step = m_undo.takeLast();
        const QModelIndex where = indexOfKey(step.key);
        if (!where.isValid() || !canEdit(where))
            continue;
        const qsizetype depth = m_undo.size();
        const bool done = columnKind(where.column()) == FinalColumnKind
                              ? enterFinal(where, step.before.value(QStringLiteral("value")).toString())
                              : enterCell(where, CellContent::fromMap(step.before));
        m_undo.resize(depth);  // undoing is not itself undone
        if (done)
            return where;
    }
    return {};
}

void JournalModel::applyCell(const QCborMap &map)
{
    const Cell cell = Cell::fromMap(map);
    const QString key = JournalOutbox::cellKey(cell.lessonId, cell.studentId);
    const QModelIndex where = indexOfKey(key);
    if (!where.isValid() || (isReadOnly()))
        return;
    const auto it = m_cells.constFind(key);
    if (it != m_cells.constEnd() && it->version > cell.version)
        return;
    m_cells.insert(key, cell);
    changedRow(where.row(), where.column());
}

void JournalModel::applyFinal(const QCborMap &map)
{
    const Final final = Final::fromMap(map);
    const QString key = JournalOutbox::finalKey(m_snapshot.assignmentId, final.studentId, final.periodId);
    const QModelIndex where = indexOfKey(key);
    if (!where.isValid() || isReadOnly())
        return;
    const auto it = m_finals.constFind(key);
    if (it != m_finals.constEnd() && it->version > final.version)
        return;
    m_finals.insert(key, final);
    changedRow(where.row(), where.column());
}

void JournalModel::applyLesson(const QCborMap &map)
{
    const Lesson lesson = Lesson::fromMap(map);
    const int column = columnOfLesson(lesson.id);
    if (column < 0)
        return;
    m_snapshot.lessons[column - FirstLessonColumn] = lesson;
    findCurrentLesson();
    emit headerDataChanged(Qt::Horizontal, column, column);
    if (rowCount() > 0)
        emit dataChanged(index(0, column), index(rowCount() - 1, columnCount() - 1));
}

void JournalModel::changedRow(int row, int column)
{
    emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(row, averageColumn()), index(row, columnCount() - 1));
}

void JournalModel::onOutboxChanged(const QString &key)
{
    const QModelIndex where = indexOfKey(key);
    if (where.isValid())
        changedRow(where.row(), where.column());
}

} // namespace ejournal::client
