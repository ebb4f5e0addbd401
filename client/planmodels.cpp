// The КТП items table (editable in place) and the plan-versus-fact table.
#include "planmodels.h"

#include "plantext.h"

#include <QBrush>
#include <QCborArray>
#include <QColor>

namespace ejournal::client {

namespace {
QString key(const QCborMap &row, const char *name)
{
    return row.value(QLatin1String(name)).toString();
}

QString lessonDates(const QCborMap &row)
{
    QStringList dates;
    for (const QCborValue &lesson : row.value(QLatin1String("lessons")).toArray())
        dates.append(PlanText::date(lesson.toMap().value(QLatin1String("date")).toString()));
    return dates.join(QStringLiteral(", "));
}

QString hours(const QCborMap &row)
{
    return PlanText::number(row.value(QLatin1String("hours")).toDouble());
}

QString plannedOn(const QCborMap &row)
{
    return PlanText::date(key(row, "plannedOn"));
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;
} // namespace

PlanItemsModel::PlanItemsModel(ServerConnection *connection, QObject *parent)
    : RecordsModel(connection,
                   {{QStringLiteral("ordinal"), tr("No."), {}, kRight},
                    {QStringLiteral("section"), tr("Section")},
                    {QStringLiteral("topic"), tr("Topic")},
                    {QStringLiteral("hours"), tr("Hours"), hours, kRight},
                    {QStringLiteral("plannedOn"), tr("Planned date"), plannedOn},
                    {QStringLiteral("homework"), tr("Homework")},
                    {QStringLiteral("controlWork"), tr("Control work"),
                     [](const QCborMap &) { return QString(); }, Qt::AlignCenter},
                    {QStringLiteral("lessons"), tr("Lessons"), lessonDates}},
                   parent)
{
}

void PlanItemsModel::setWritable(bool writable)
{
    if (m_writable == writable)
        return;
    m_writable = writable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

Qt::ItemFlags PlanItemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordsModel::flags(index);
    if (!index.isValid())
        return flags;
    if (index.column() == ControlColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (!m_writable)
        return index.column() == ControlColumn ? flags & ~Qt::ItemIsEnabled : flags;
    if (index.column() != OrdinalColumn && index.column() != LessonsColumn
        && index.column() != ControlColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PlanItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QCborMap row = record(index.row());
    if (index.column() == ControlColumn && role == Qt::CheckStateRole)
        return row.value(QLatin1String("controlWork")).toBool() ? Qt::Checked : Qt::Unchecked;
    if (index.column() == ControlColumn && role == Qt::ToolTipRole)
        return row.value(QLatin1String("controlWork")).toBool() ? tr("Control work") : QString();
    if (role != Qt::EditRole)
        return RecordsModel::data(index, role);
    switch (index.column()) {
    case SectionColumn:
        return key(row, "section");
    case TopicColumn:
        return key(row, "topic");
    case HoursColumn:
        return row.value(QLatin1String("hours")).toDouble();
    case DateColumn: {
        const QDate date = PlanText::parseDate(key(row, "plannedOn"));
        return date.isValid() ? date : QDate::currentDate();
    }
    case HomeworkColumn:
        return key(row, "homework");
    default:
        return RecordsModel::data(index, Qt::DisplayRole);
    }
}

bool PlanItemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_writable || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QCborMap row = record(index.row());
    QCborMap fields;
    if (index.column() == ControlColumn && role == Qt::CheckStateRole) {
        fields.insert(QStringLiteral("controlWork"),
                      value.value<Qt::CheckState>() == Qt::Checked
                          || value.toInt() == int(Qt::Checked));
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case SectionColumn:
            fields.insert(QStringLiteral("section"), value.toString().trimmed());
            break;
        case TopicColumn:
            fields.insert(QStringLiteral("topic"), value.toString().trimmed());
            break;
        case HoursColumn:
            fields.insert(QStringLiteral("hours"), value.toDouble());
            break;
        case DateColumn:
            fields.insert(QStringLiteral("plannedOn"), value.toDate().toString(Qt::ISODate));
            break;
        case HomeworkColumn:
            fields.insert(QStringLiteral("homework"), value.toString().trimmed());
            break;
        default:
            return false;
        }
    }
    if (fields.isEmpty())
        return false;
    const QString name = fields.begin().key().toString();
    if (fields.value(name) == row.value(name))
        return false;
    emit editRequested(row.value(QLatin1String("id")).toInteger(), fields);
    return true;
}

PlanFactModel::PlanFactModel(ServerConnection *connection, QObject *parent)
    : RecordsModel(connection,
                   {{QStringLiteral("ordinal"), tr("No."), {}, kRight},
                    {QStringLiteral("topic"), tr("Topic")},
                    {QStringLiteral("hours"), tr("Hours"), hours, kRight},
                    {QStringLiteral("plannedOn"), tr("Planned date"), plannedOn},
                    {QStringLiteral("lessons"), tr("Held on"), lessonDates},
                    {QStringLiteral("state"), tr("State"),
                     [](const QCborMap &row) { return stateText(key(row, "state")); }}},
                   parent)
{
}

QString PlanFactModel::stateText(const QString &state)
{
    if (state == QLatin1String("done"))
        return tr("Done");
    if (state == QLatin1String("late"))
        return tr("Done late");
    if (state == QLatin1String("behind"))
        return tr("Behind the plan");
    return tr("Planned");
}

QVariant PlanFactModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::BackgroundRole)
        return RecordsModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString state = key(record(index.row()), "state");
    if (state == QLatin1String("done"))
        return QBrush(QColor(0xdf, 0xf3, 0xe1));
    if (state == QLatin1String("late"))
        return QBrush(QColor(0xfd, 0xf0, 0xd0));
    if (state == QLatin1String("behind"))
        return QBrush(QColor(0xfb, 0xdd, 0xdb));
    return {};
}

} // namespace ejournal::client
