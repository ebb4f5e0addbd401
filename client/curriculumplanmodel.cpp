// The editable curriculum grid of a year.
#include "curriculumplanmodel.h"

#include "curriculumtext.h"
#include "serverconnection.h"

#include <QBrush>
#include <QFont>
#include <QSet>

namespace ejournal::client {

namespace {
const QString kFederal = QStringLiteral("federal");
const QString kSchool = QStringLiteral("school");
const QColor kSchoolTint(0xee, 0xf6, 0xea);
const QColor kPendingTint(0xff, 0xf6, 0xd5);
const QColor kOverTint(0xf8, 0xd7, 0xd4);
const QColor kCloseTint(0xfd, 0xea, 0xc4);
const QColor kTotalsTint(0xec, 0xef, 0xf3);
const QColor kGradeTint(0xe3, 0xea, 0xf4);

QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

qint64 integer(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toInteger();
}
} // namespace

CurriculumPlanModel::CurriculumPlanModel(ServerConnection *connection, QObject *parent)
    : QAbstractTableModel(parent), m_connection(connection)
{
}

CurriculumPlanModel::Key CurriculumPlanModel::keyOf(qint64 classId, qint64 subjectId,
                                                   const QString &part)
{
    return QStringLiteral("%1/%2/%3").arg(classId).arg(subjectId).arg(part);
}

void CurriculumPlanModel::setPlan(const QCborArray &subjects, const QCborArray &classes,
                                  const QCborMap &plan)
{
    beginResetModel();
    ++m_generation;
    m_subjects = subjects;
    QHash<qint64, int> maximum;
    for (const QCborValue &total : plan.value(QLatin1String("totals")).toArray())
        maximum.insert(integer(total.toMap(), "classId"),
                       int(integer(total.toMap(), "maximum")));
    m_classes.clear();
    for (const QCborValue &value : classes) {
        const QCborMap cls = value.toMap();
        const qint64 id = integer(cls, "id");
        m_classes.append({id, int(integer(cls, "grade")), text(cls, "name"), maximum.value(id)});
    }
    m_cells.clear();
    for (const QCborValue &value : plan.value(QLatin1String("rows")).toArray()) {
        const QCborMap row = value.toMap();
        const double hours = row.value(QLatin1String("hoursPerWeek")).toDouble();
        m_cells.insert(keyOf(integer(row, "classId"), integer(row, "subjectId"), text(row, "part")),
                       Cell{hours, hours, 0, false});
    }
    if (m_pending != 0) {
        m_pending = 0;
        emit pendingChanged(0);
    }
    if (!grades().contains(m_gradeFilter))
        m_gradeFilter = 0;
    rebuildRows();
    rebuildColumns();
    endResetModel();
}

void CurriculumPlanModel::setEditable(bool editable)
{
    if (m_editable == editable)
        return;
    m_editable = editable;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void CurriculumPlanModel::setGradeFilter(int grade)
{
    if (m_gradeFilter == grade)
        return;
    beginResetModel();
    m_gradeFilter = grade;
    rebuildColumns();
    endResetModel();
}

void CurriculumPlanModel::setAllSchoolRows(bool all)
{
    if (m_allSchoolRows == all)
        return;
    beginResetModel();
    m_allSchoolRows = all;
    rebuildRows();
    endResetModel();
}

QList<int> CurriculumPlanModel::grades() const
{
    QList<int> out;
    for (const ClassColumn &cls : m_classes)
        if (!out.contains(cls.grade))
            out.append(cls.grade);
    std::sort(out.begin(), out.end());
    return out;
}

void CurriculumPlanModel::rebuildRows()
{
    QSet<QString> planned;  // "<subjectId>/<part>" with hours in some class
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it)
        if (it->value > 0 || it->confirmed > 0)
            planned.insert(it.key().section(QLatin1Char('/'), 1));
    QList<Row> federal;
    QList<Row> school;
    for (const QCborValue &value : std::as_const(m_subjects)) {
        const QCborMap subject = value.toMap();
        const qint64 id = integer(subject, "id");
        const bool archived = subject.value(QLatin1String("archived")).toBool();
        const bool ownSchool = text(subject, "component") == kSchool;
        const Row base{id, text(subject, "name"), {}, archived};
        const auto has = [&](const QString &part) {
            return planned.contains(QStringLiteral("%1/%2").arg(id).arg(part));
        };
        if (has(kFederal) || (!archived && !ownSchool)) {
            Row row = base;
            row.part = kFederal;
            federal.append(row);
        }
        if (has(kSchool) || (!archived && (ownSchool || m_allSchoolRows))) {
            Row row = base;
            row.part = kSchool;
            school.append(row);
        }
    }
    m_rows = federal + school;
}

void CurriculumPlanModel::rebuildColumns()
{
    m_columns.clear();
    for (int i = 0; i < m_classes.size(); ++i)
        if (m_gradeFilter == 0 || m_classes.at(i).grade == m_gradeFilter)
            m_columns.append(i);
}

CurriculumPlanModel::ClassColumn CurriculumPlanModel::classAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_classes.at(m_columns.at(column))
                                                    : ClassColumn{};
}

int CurriculumPlanModel::rowOf(qint64 subjectId, const QString &part) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).subjectId == subjectId && m_rows.at(i).part == part)
            return i;
    return -1;
}

int CurriculumPlanModel::columnOf(qint64 classId) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_classes.at(m_columns.at(i)).id == classId)
            return i;
    return -1;
}

double CurriculumPlanModel::total(qint64 classId) const
{
    const QString prefix = QStringLiteral("%1/").arg(classId);
    double sum = 0;
    for (auto it = m_cells.constBegin(); it != m_cells.constEnd(); ++it)
        if (it.key().startsWith(prefix))
            sum += it->value;
    return sum;
}

CurriculumPlanModel::Cell CurriculumPlanModel::cell(int row, int column) const
{
    const Row &r = m_rows.at(row);
    return m_cells.value(keyOf(classAt(column).id, r.subjectId, r.part));
}

int CurriculumPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_classes.isEmpty() ? 0 : int(m_rows.size()) + 1;
}

int CurriculumPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CurriculumPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignCenter));
    if (isTotalsRow(index.row()))
        return totalsData(index.column(), role);
    return cellData(index.row(), index.column(), role);
}

QVariant CurriculumPlanModel::totalsData(int column, int role) const
{
    const ClassColumn cls = classAt(column);
    const double sum = total(cls.id);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 / %2").arg(CurriculumText::hours(sum)).arg(cls.maximum);
    case Qt::ToolTipRole:
        return tr("Class %1: %2 h a week of at most %3 h for grade %4 (5-day week)")
            .arg(cls.name, CurriculumText::hours(sum)).arg(cls.maximum).arg(cls.grade);
    case Qt::BackgroundRole:
        if (sum > cls.maximum)
            return QBrush(kOverTint);
        if (sum >= cls.maximum - 1)
            return QBrush(kCloseTint);
        return QBrush(kTotalsTint);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant CurriculumPlanModel::cellData(int row, int column, int role) const
{
    const Cell c = cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return CurriculumText::hours(c.value, true);
    case Qt::EditRole:
        return c.value;
    case PendingRole:
        return c.pending;
    case Qt::ToolTipRole:
        if (c.pending)
            return tr("Saving…");
        return m_rows.at(row).part == kSchool ? tr("School component") : tr("Federal part");
    case Qt::BackgroundRole:
        if (c.pending)
            return QBrush(kPendingTint);
        if (m_rows.at(row).part == kSchool)
            return QBrush(kSchoolTint);
        return {};
    case Qt::ForegroundRole:
        return c.pending ? QBrush(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::FontRole:
        if (c.pending) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags CurriculumPlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && !isTotalsRow(index.row()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CurriculumPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    bool ok = false;
    const double hours = value.toDouble(&ok);
    if (!ok || hours < 0 || hours > 40 || hours * 2 != qRound(hours * 2))
        return false;
    const Row &row = m_rows.at(index.row());
    const ClassColumn cls = classAt(index.column());
    const Key key = keyOf(cls.id, row.subjectId, row.part);
    Cell &c = m_cells[key];
    if (c.value == hours)
        return true;
    c.value = hours;
    c.sequence = ++m_sequence;
    if (!c.pending) {
        c.pending = true;
        emit pendingChanged(++m_pending);
    }
    emitCellChanged(key);
    const QCborMap params{{QStringLiteral("classId"), cls.id},
                          {QStringLiteral("subjectId"), row.subjectId},
                          {QStringLiteral("part"), row.part},
                          {QStringLiteral("hoursPerWeek"), hours}};
    const quint64 sequence = c.sequence;
    const quint64 generation = m_generation;
    m_connection->request(QStringLiteral("curriculum.set"), params, this,
                          [this, key, sequence, generation, cls,
                           subject = row.subject](const Reply &reply) {
        if (generation != m_generation)
            return;  // the plan was loaded again meanwhile
        if (reply.ok()) {
            const QCborMap result = reply.result.toMap();
            const double hours = result.value(QLatin1String("hoursPerWeek")).toDouble();
            finish(key, sequence, hours, true);
            emit saved(tr("Saved: %1, %2 — %3 h a week; the class has %4 of %5 h.")
                           .arg(cls.name, subject, CurriculumText::hours(hours),
                                CurriculumText::hours(result.value(QLatin1String("total")).toDouble()))
                           .arg(result.value(QLatin1String("maximum")).toInteger()));
            return;
        }
        finish(key, sequence, 0, false);
        const QStringList parts = key.split(QLatin1Char('/'));
        const int row = rowOf(parts.at(1).toLongLong(), parts.at(2));
        const int column = columnOf(cls.id);
        emit refused(row >= 0 && column >= 0 ? this->index(row, column) : QModelIndex(),
                     CurriculumText::planRefusal(reply, cls.name, cls.grade));
    });
    return true;
}

void CurriculumPlanModel::finish(const Key &key, quint64 sequence, double value, bool ok)
{
    auto it = m_cells.find(key);
    if (it == m_cells.end())
        return;
    if (ok)
        it->confirmed = value;
    if (it->sequence == sequence && it->pending) {
        it->value = it->confirmed;
        it->pending = false;
        emit pendingChanged(--m_pending);
    }
    emitCellChanged(key);
}

void CurriculumPlanModel::emitCellChanged(const Key &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    const int column = columnOf(parts.at(0).toLongLong());
    if (column < 0)
        return;
    const int row = rowOf(parts.at(1).toLongLong(), parts.at(2));
    if (row >= 0)
        emit dataChanged(index(row, column), index(row, column));
    emit dataChanged(index(int(m_rows.size()), column), index(int(m_rows.size()), column));
    emit headerDataChanged(Qt::Horizontal, column, column);
}

QVariant CurriculumPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        const ClassColumn cls = classAt(section);
        switch (role) {
        case Qt::DisplayRole:
            return cls.name;
        case Qt::ToolTipRole:
            return tr("Class %1 (grade %2): %3 of at most %4 h a week")
                .arg(cls.name).arg(cls.grade).arg(CurriculumText::hours(total(cls.id)))
                .arg(cls.maximum);
        case Qt::BackgroundRole:
            return cls.grade % 2 == 0 ? QBrush(kGradeTint) : QVariant();
        default:
            return {};
        }
    }
    if (section < 0 || section > m_rows.size())
        return {};
    if (section == m_rows.size())
        return role == Qt::DisplayRole ? QVariant(tr("Total / maximum")) : QVariant();
    const Row &row = m_rows.at(section);
    const bool school = row.part == kSchool;
    switch (role) {
    case Qt::DisplayRole: {
        QString label = school ? tr("%1 (school)").arg(row.subject) : row.subject;
        return row.archived ? tr("%1 — archived").arg(label) : label;
    }
    case Qt::ToolTipRole:
        return school ? tr("%1: hours of the school's component").arg(row.subject)
                      : tr("%1: hours of the federal part").arg(row.subject);
    case Qt::BackgroundRole:
        return school ? QBrush(kSchoolTint) : QVariant();
    default:
        return {};
    }
}

} // namespace ejournal::client
