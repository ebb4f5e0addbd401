// The holidays of a year.
#include "structureholidaystab.h"

#include "recordstable.h"
#include "structuredialogs.h"
#include "structuretext.h"

#include <QPushButton>

namespace ejournal::client {

namespace {
QList<RecordsModel::Column> columns()
{
    const auto date = [](const QString &key) {
        return [key](const QCborMap &row) { return StructureText::date(row.value(key).toString()); };
    };
    return {
        {QStringLiteral("name"), StructureHolidaysTab::tr("Holiday")},
        {QStringLiteral("startsOn"), StructureHolidaysTab::tr("From"), date(QStringLiteral("startsOn"))},
        {QStringLiteral("endsOn"), StructureHolidaysTab::tr("To"), date(QStringLiteral("endsOn"))},
        {QStringLiteral("days"), StructureHolidaysTab::tr("Days"),
         [](const QCborMap &row) {
             const QDate from = StructureText::parseDate(row.value(QStringLiteral("startsOn")).toString());
             const QDate to = StructureText::parseDate(row.value(QStringLiteral("endsOn")).toString());
             return QString::number(from.daysTo(to) + 1);
         },
         Qt::AlignRight | Qt::AlignVCenter},
        {QStringLiteral("grades"), StructureHolidaysTab::tr("Grades"),
         [](const QCborMap &row) { return StructureText::grades(row.value(QStringLiteral("grades")).toArray()); }},
    };
}
} // namespace

StructureHolidaysTab::StructureHolidaysTab(ServerConnection *connection, bool canEdit, QWidget *parent)
    : StructureListTab(connection, new RecordsModel(connection, columns()), canEdit, parent),
      m_model(table()->model())
{
    setObjectName(QStringLiteral("holidaysTab"));
    m_model->setParent(this);
    removeButton()->setText(tr("&Delete"));
    removeButton()->setToolTip(tr("Delete the selected holiday (Delete)"));
    updateButtons();
}

void StructureHolidaysTab::setYear(const QCborMap &year)
{
    m_year = year;
    const bool closed = year.value(QStringLiteral("state")).toString() == QLatin1String("closed");
    setExplanation(closed && canEdit() ? tr("The year is closed: its holidays can no longer be changed.")
                                       : QString());
    if (year.isEmpty())
        m_model->setRows({});
    else
        reload();
    updateButtons();
}

void StructureHolidaysTab::reload()
{
    if (!m_year.isEmpty())
        m_model->load(QStringLiteral("holidays.list"),
                      {{QStringLiteral("academicYearId"), m_year.value(QStringLiteral("id"))}});
}

bool StructureHolidaysTab::editable() const
{
    return StructureListTab::editable() && !m_year.isEmpty()
           && m_year.value(QStringLiteral("state")).toString() != QLatin1String("closed");
}

StructureFormDialog *StructureHolidaysTab::makeDialog(const QCborMap &record)
{
    return new StructureHolidayDialog(connection(), m_year, record, this);
}

StructureListTab::Removal StructureHolidaysTab::removal(const QCborMap &record) const
{
    if (record.isEmpty())
        return {};
    const QString name = record.value(QStringLiteral("name")).toString();
    QCborMap again = record;
    again.remove(QStringLiteral("id"));
    return {tr("Delete the holiday «%1» (%2)?")
                .arg(name, StructureText::span(record.value(QStringLiteral("startsOn")).toString(),
                                               record.value(QStringLiteral("endsOn")).toString())),
            tr("Delete"), QStringLiteral("holidays.delete"),
            {{QStringLiteral("id"), record.value(QStringLiteral("id"))}},
            tr("The holiday «%1» has been deleted.").arg(name), QStringLiteral("holidays.create"), again};
}

} // namespace ejournal::client
