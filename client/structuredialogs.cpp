// The year, holiday, subject and room forms.
#include "structuredialogs.h"

#include "structuretext.h"

#include <QButtonGroup>
#include <QCborArray>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace ejournal::client {

namespace {
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kStartsOn = QStringLiteral("startsOn");
const QString kEndsOn = QStringLiteral("endsOn");

QString dateText(const QCborMap &row, const QString &key)
{
    return row.value(key).toString();
}

void setDate(QDateEdit *edit, const QCborMap &row, const QString &key)
{
    const QDate date = StructureText::parseDate(dateText(row, key));
    if (date.isValid())
        edit->setDate(date);
}

// The request of a form: `create` with every field, or `update` of the record's id.
QString verb(const QCborMap &record, const QString &area)
{
    return area + (record.isEmpty() ? QStringLiteral(".create") : QStringLiteral(".update"));
}

QCborMap withId(const QCborMap &record, QCborMap params)
{
    if (!record.isEmpty())
        params.insert(kId, record.value(kId));
    return params;
}

QLineEdit *lineEdit(const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

// --- years ---------------------------------------------------------------------------

StructureYearDialog::StructureYearDialog(ServerConnection *connection, const QCborMap &year,
                                         QWidget *parent)
    : StructureFormDialog(connection, year.isEmpty() ? tr("New school year") : tr("School year"),
                          parent),
      m_year(year), m_name(lineEdit(year.value(kName).toString(), this)),
      m_start(makeStructureDateEdit(this)), m_end(makeStructureDateEdit(this))
{
    m_name->setObjectName(QStringLiteral("yearName"));
    m_name->setPlaceholderText(tr("for example, 2026/2027"));
    m_start->setObjectName(QStringLiteral("yearStart"));
    m_end->setObjectName(QStringLiteral("yearEnd"));
    addField(tr("Name:"), m_name, {kName});
    addField(tr("Starts on:"), m_start, {kStartsOn});
    addField(tr("Ends on:"), m_end, {kEndsOn});

    if (year.isEmpty()) {
        // The next September; the name follows the dates until the user types one.
        const QDate today = QDate::currentDate();
        const int first = today.month() < 9 ? today.year() : today.year() + 1;
        const auto follow = [this](const QDate &start) {
            if (!m_nameTyped)
                m_name->setText(QStringLiteral("%1/%2").arg(start.year()).arg(start.year() + 1));
        };
        connect(m_start, &QDateEdit::dateChanged, this, follow);
        connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });
        m_start->setDate(QDate(first, 9, 1));
        m_end->setDate(QDate(first + 1, 5, 31));
        follow(m_start->date());
    } else {
        setDate(m_start, year, kStartsOn);
        setDate(m_end, year, kEndsOn);
    }
}

void StructureYearDialog::submit()
{
    send(verb(m_year, QStringLiteral("years")),
         withId(m_year, {{kName, m_name->text()},
                         {kStartsOn, StructureText::isoDate(m_start->date())},
                         {kEndsOn, StructureText::isoDate(m_end->date())}}));
}

// --- holidays ------------------------------------------------------------------------

StructureHolidayDialog::StructureHolidayDialog(ServerConnection *connection, const QCborMap &year,
                                               const QCborMap &holiday, QWidget *parent)
    : StructureFormDialog(connection, holiday.isEmpty() ? tr("New holiday") : tr("Holiday"), parent),
      m_holiday(holiday), m_yearId(year.value(kId).toInteger()),
      m_name(lineEdit(holiday.value(kName).toString(), this)), m_start(makeStructureDateEdit(this)),
      m_end(makeStructureDateEdit(this)), m_all(new QRadioButton(tr("All grades"), this)),
      m_some(new QRadioButton(tr("Only grades:"), this))
{
    m_name->setObjectName(QStringLiteral("holidayName"));
    m_name->setPlaceholderText(tr("for example, Autumn holidays"));
    m_start->setObjectName(QStringLiteral("holidayStart"));
    m_end->setObjectName(QStringLiteral("holidayEnd"));
    const QDate yearStart = StructureText::parseDate(dateText(year, kStartsOn));
    const QDate yearEnd = StructureText::parseDate(dateText(year, kEndsOn));
    if (yearStart.isValid() && yearEnd.isValid()) {
        m_start->setDateRange(yearStart, yearEnd);
        m_end->setDateRange(yearStart, yearEnd);
    }

    auto *grades = new QWidget(this);
    auto *row = new QHBoxLayout(grades);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    row->addWidget(m_all);
    row->addWidget(m_some);
    const QCborArray chosen = holiday.value(QStringLiteral("grades")).toArray();
    for (int grade = 1; grade <= 11; ++grade) {
        auto *box = new QCheckBox(QString::number(grade), grades);
        box->setChecked(chosen.contains(grade));
        connect(box, &QCheckBox::toggled, this, [this](bool on) {
            if (on)
                m_some->setChecked(true);
        });
        m_grades.append(box);
        row->addWidget(box);
    }
    row->addStretch(1);
    (chosen.isEmpty() ? m_all : m_some)->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_all);
    group->addButton(m_some);

    addField(tr("Name:"), m_name, {kName});
    addField(tr("Starts on:"), m_start, {kStartsOn});
    addField(tr("Ends on:"), m_end, {kEndsOn});
    addField(tr("Applies to:"), grades, {QStringLiteral("grades")});

    if (holiday.isEmpty()) {
        m_start->setDate(std::clamp(QDate::currentDate(), m_start->minimumDate(), m_start->maximumDate()));
        m_end->setDate(m_start->date().addDays(6));
    } else {
        setDate(m_start, holiday, kStartsOn);
        setDate(m_end, holiday, kEndsOn);
    }
}

void StructureHolidayDialog::submit()
{
    QCborArray grades;
    if (m_some->isChecked())
        for (int i = 0; i < m_grades.size(); ++i)
            if (m_grades.at(i)->isChecked())
                grades.append(i + 1);
    QCborMap params{{kName, m_name->text()},
                    {kStartsOn, StructureText::isoDate(m_start->date())},
                    {kEndsOn, StructureText::isoDate(m_end->date())},
                    {QStringLiteral("grades"), grades}};
    if (m_holiday.isEmpty())
        params.insert(QStringLiteral("academicYearId"), m_yearId);
    send(verb(m_holiday, QStringLiteral("holidays")), withId(m_holiday, params));
}

// --- subjects ------------------------------------------------------------------------

StructureSubjectDialog::StructureSubjectDialog(ServerConnection *connection, const QCborMap &subject,
                                               QWidget *parent)
    : StructureFormDialog(connection, subject.isEmpty() ? tr("New subject") : tr("Subject"), parent),
      m_subject(subject), m_name(lineEdit(subject.value(kName).toString(), this)),
      m_shortName(lineEdit(subject.value(QStringLiteral("shortName")).toString(), this)),
      m_component(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("subjectName"));
    m_name->setPlaceholderText(tr("for example, Mathematics"));
    m_shortName->setObjectName(QStringLiteral("subjectShortName"));
    m_shortName->setPlaceholderText(tr("for the journal and the timetable, e.g. Math."));
    m_component->setObjectName(QStringLiteral("subjectComponent"));
    for (const QString &code : {QStringLiteral("federal"), QStringLiteral("school")})
        m_component->addItem(StructureText::component(code), code);
    m_component->setCurrentIndex(
        qMax(0, m_component->findData(subject.value(QStringLiteral("component")).toString())));
    addField(tr("Name:"), m_name, {kName});
    addField(tr("Short name:"), m_shortName, {QStringLiteral("shortName")});
    addField(tr("Component:"), m_component, {QStringLiteral("component")});
}

void StructureSubjectDialog::submit()
{
    send(verb(m_subject, QStringLiteral("subjects")),
         withId(m_subject, {{kName, m_name->text()},
                            {QStringLiteral("shortName"), m_shortName->text()},
                            {QStringLiteral("component"), m_component->currentData().toString()}}));
}

// --- rooms ---------------------------------------------------------------------------

StructureRoomDialog::StructureRoomDialog(ServerConnection *connection, const QCborMap &room,
                                         QWidget *parent)
    : StructureFormDialog(connection, room.isEmpty() ? tr("New room") : tr("Room"), parent),
      m_room(room), m_name(lineEdit(room.value(kName).toString(), this)),
      m_title(lineEdit(room.value(QStringLiteral("title")).toString(), this)),
      m_capacity(new QSpinBox(this))
{
    m_name->setObjectName(QStringLiteral("roomName"));
    m_name->setPlaceholderText(tr("for example, 214"));
    m_title->setObjectName(QStringLiteral("roomTitle"));
    m_title->setPlaceholderText(tr("for example, Chemistry lab"));
    m_capacity->setObjectName(QStringLiteral("roomCapacity"));
    m_capacity->setRange(0, 1000);
    m_capacity->setSpecialValueText(tr("not known"));
    m_capacity->setValue(int(room.value(QStringLiteral("capacity")).toInteger()));
    addField(tr("Number:"), m_name, {kName});
    addField(tr("Title:"), m_title, {QStringLiteral("title")});
    addField(tr("Seats:"), m_capacity, {QStringLiteral("capacity")});
}

void StructureRoomDialog::submit()
{
    send(verb(m_room, QStringLiteral("rooms")),
         withId(m_room, {{kName, m_name->text()},
                         {QStringLiteral("title"), m_title->text()},
                         {QStringLiteral("capacity"), m_capacity->value()}}));
}

} // namespace ejournal::client
