// Student, staff, guardian and movement forms.
#include "peopledialogs.h"

#include "peopletext.h"
#include "serverconnection.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace ejournal::client {

namespace {
QLineEdit *lineEdit(const QCborMap &record, const char *key, QWidget *parent, int maxLength = 200)
{
    auto *edit = new QLineEdit(record.value(QLatin1String(key)).toString(), parent);
    edit->setObjectName(QLatin1String(key));
    edit->setMaxLength(maxLength);
    return edit;
}
// Puts the edit's trimmed text under `key`: always when editing, when not empty when creating.
void putText(QCborMap &params, const char *key, const QLineEdit *edit, bool creating)
{
    const QString text = edit->text().trimmed();
    if (!creating || !text.isEmpty())
        params.insert(QLatin1String(key), text);
}
QString nameOf(const QCborMap &row)
{
    return rowText(row, "fullName");
}
} // namespace

QComboBox *makeRelationBox(const QString &relation, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("relation"));
    for (const QString &code : PeopleText::relations())
        box->addItem(PeopleText::relation(code), code);
    box->setCurrentIndex(qMax(0, box->findData(relation)));
    return box;
}

StudentDialog::StudentDialog(ServerConnection *connection, const QCborMap &record, QWidget *parent)
    : FormDialog(connection, record.isEmpty() ? tr("New student") : nameOf(record), parent),
      m_record(record), m_last(lineEdit(record, "lastName", this)),
      m_first(lineEdit(record, "firstName", this)), m_middle(lineEdit(record, "middleName", this)),
      m_birth(makeDateEdit({}, this)), m_gender(new QComboBox(this)),
      m_fileNo(lineEdit(record, "personalFileNo", this, 40))
{
    setObjectName(QStringLiteral("studentDialog"));
    // The earliest date stands for "not given".
    m_birth->setObjectName(QStringLiteral("birthDate"));
    m_birth->setMinimumDate(QDate(1950, 1, 1));
    m_birth->setMaximumDate(QDate::currentDate());
    m_birth->setSpecialValueText(tr("not given"));
    const QDate birth = QDate::fromString(rowText(record, "birthDate"), Qt::ISODate);
    m_birth->setDate(birth.isValid() ? birth : m_birth->minimumDate());
    m_gender->setObjectName(QStringLiteral("gender"));
    m_gender->addItem(tr("not given"), QString());
    m_gender->addItem(PeopleText::gender(QStringLiteral("m")), QStringLiteral("m"));
    m_gender->addItem(PeopleText::gender(QStringLiteral("f")), QStringLiteral("f"));
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(rowText(record, "gender"))));

    addNameFields(m_last, m_first, m_middle);
    addField(tr("Date of birth:"), m_birth, {QStringLiteral("birthDate")});
    addField(tr("Gender:"), m_gender, {QStringLiteral("gender")});
    addField(tr("Personal file No.:"), m_fileNo, {QStringLiteral("personalFileNo")});
}

void StudentDialog::save()
{
    const bool creating = m_record.isEmpty();
    QCborMap params;
    if (!creating)
        params.insert(QStringLiteral("id"), rowId(m_record));
    params.insert(QStringLiteral("lastName"), m_last->text().trimmed());
    params.insert(QStringLiteral("firstName"), m_first->text().trimmed());
    putText(params, "middleName", m_middle, creating);
    if (m_birth->date() != m_birth->minimumDate())
        params.insert(QStringLiteral("birthDate"), isoDate(m_birth->date()));
    if (!creating || !m_gender->currentData().toString().isEmpty())
        params.insert(QStringLiteral("gender"), m_gender->currentData().toString());
    putText(params, "personalFileNo", m_fileNo, creating);
    submit(creating ? QStringLiteral("students.create") : QStringLiteral("students.update"), params);
}

StaffDialog::StaffDialog(ServerConnection *connection, const QCborMap &record, QWidget *parent)
    : FormDialog(connection, record.isEmpty() ? tr("New staff member") : nameOf(record), parent),
      m_record(record), m_last(lineEdit(record, "lastName", this)),
      m_first(lineEdit(record, "firstName", this)), m_middle(lineEdit(record, "middleName", this)),
      m_position(lineEdit(record, "position", this)), m_phone(lineEdit(record, "phone", this, 40)),
      m_email(lineEdit(record, "email", this))
{
    setObjectName(QStringLiteral("staffDialog"));
    m_position->setPlaceholderText(tr("for example Teacher of mathematics"));
    addNameFields(m_last, m_first, m_middle);
    addField(tr("Position:"), m_position, {QStringLiteral("position")});
    addField(tr("Phone:"), m_phone, {QStringLiteral("phone")});
    addField(tr("E-mail:"), m_email, {QStringLiteral("email")});
}

void StaffDialog::save()
{
    const bool creating = m_record.isEmpty();
    QCborMap params;
    if (!creating)
        params.insert(QStringLiteral("id"), rowId(m_record));
    params.insert(QStringLiteral("lastName"), m_last->text().trimmed());
    params.insert(QStringLiteral("firstName"), m_first->text().trimmed());
    putText(params, "middleName", m_middle, creating);
    putText(params, "position", m_position, creating);
    putText(params, "phone", m_phone, creating);
    putText(params, "email", m_email, creating);
    submit(creating ? QStringLiteral("staff.create") : QStringLiteral("staff.update"), params);
}

GuardianDialog::GuardianDialog(ServerConnection *connection, qint64 studentId,
                               const QCborMap &record, QWidget *parent)
    : FormDialog(connection, record.isEmpty() ? tr("New parent or guardian") : nameOf(record), parent),
      m_studentId(studentId), m_record(record), m_last(lineEdit(record, "lastName", this)),
      m_first(lineEdit(record, "firstName", this)), m_middle(lineEdit(record, "middleName", this)),
      m_phone(lineEdit(record, "phone", this, 40)), m_email(lineEdit(record, "email", this)),
      m_relation(makeRelationBox(rowText(record, "relation"), this))
{
    setObjectName(QStringLiteral("guardianDialog"));
    addNameFields(m_last, m_first, m_middle);
    addField(tr("Phone:"), m_phone, {QStringLiteral("phone")});
    addField(tr("E-mail:"), m_email, {QStringLiteral("email")});
    if (record.isEmpty())
        addField(tr("Relation:"), m_relation, {QStringLiteral("relation")});
    else
        m_relation->hide();
}

void GuardianDialog::save()
{
    const bool creating = m_record.isEmpty();
    QCborMap params;
    if (creating) {
        params.insert(QStringLiteral("studentId"), m_studentId);
        params.insert(QStringLiteral("relation"), m_relation->currentData().toString());
    } else {
        params.insert(QStringLiteral("id"), rowId(m_record));
    }
    params.insert(QStringLiteral("lastName"), m_last->text().trimmed());
    params.insert(QStringLiteral("firstName"), m_first->text().trimmed());
    putText(params, "middleName", m_middle, creating);
    putText(params, "phone", m_phone, creating);
    putText(params, "email", m_email, creating);
    submit(creating ? QStringLiteral("guardians.create") : QStringLiteral("guardians.update"), params);
}

LinkGuardianDialog::LinkGuardianDialog(ServerConnection *connection, qint64 studentId, QWidget *parent)
    : FormDialog(connection, tr("Link a parent of another student"), parent), m_studentId(studentId),
      m_search(new QLineEdit(this)), m_sibling(new QComboBox(this)), m_guardian(new QComboBox(this)),
      m_relation(makeRelationBox(QStringLiteral("mother"), this))
{
    setObjectName(QStringLiteral("linkGuardianDialog"));
    m_search->setObjectName(QStringLiteral("siblingSearch"));
    m_search->setPlaceholderText(tr("Surname of a brother or sister"));
    m_sibling->setObjectName(QStringLiteral("sibling"));
    m_guardian->setObjectName(QStringLiteral("guardian"));
    addField(tr("Find the student:"), m_search, {});
    addField(tr("Student:"), m_sibling, {QStringLiteral("studentId")});
    addField(tr("Parent or guardian:"), m_guardian, {QStringLiteral("guardianId")});
    addField(tr("Relation:"), m_relation, {QStringLiteral("relation")});
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &LinkGuardianDialog::findStudents);
    connect(m_sibling, &QComboBox::currentIndexChanged, this, &LinkGuardianDialog::loadGuardians);
}

void LinkGuardianDialog::findStudents()
{
    const QString text = m_search->text().trimmed();
    if (text.size() < 2)
        return;
    loadChoices(connection(), m_sibling, QStringLiteral("students.list"),
                {{QStringLiteral("search"), text}}, [](const QCborMap &row) {
                    const QString className = rowText(row, "className");
                    return className.isEmpty() ? nameOf(row)
                                               : QStringLiteral("%1, %2").arg(nameOf(row), className);
                });
}

void LinkGuardianDialog::loadGuardians()
{
    m_guardian->clear();
    const qint64 sibling = choiceId(m_sibling);
    if (sibling == 0)
        return;
    connection()->request(QStringLiteral("students.get"), {{QStringLiteral("id"), sibling}}, m_guardian,
                          [this](const Reply &reply) {
                              const QCborArray rows = reply.result.toMap()
                                                          .value(QLatin1String("guardians")).toArray();
                              for (const QCborValue &row : rows)
                                  m_guardian->addItem(QStringLiteral("%1 (%2)").arg(
                                                          nameOf(row.toMap()),
                                                          PeopleText::relation(rowText(row.toMap(), "relation"))),
                                                      rowId(row.toMap()));
                          });
}

void LinkGuardianDialog::save()
{
    submit(QStringLiteral("guardians.link"),
           {{QStringLiteral("guardianId"), choiceId(m_guardian)},
            {QStringLiteral("studentId"), m_studentId},
            {QStringLiteral("relation"), m_relation->currentData().toString()}});
}

namespace {
QString movementTitle(MovementDialog::Kind kind, const QString &student)
{
    switch (kind) {
    case MovementDialog::Kind::Admit:
        return MovementDialog::tr("Admit %1").arg(student);
    case MovementDialog::Kind::Transfer:
        return MovementDialog::tr("Transfer %1").arg(student);
    case MovementDialog::Kind::Withdraw:
        break;
    }
    return MovementDialog::tr("Withdraw %1").arg(student);
}
} // namespace

MovementDialog::MovementDialog(ServerConnection *connection, Kind kind, const QCborMap &student,
                               QWidget *parent)
    : FormDialog(connection, movementTitle(kind, nameOf(student)), parent), m_kind(kind),
      m_studentId(rowId(student)), m_date(makeDateEdit(QDate::currentDate(), this)),
      m_order(new QLineEdit(this)), m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("movementDialog"));
    const QString className = rowText(student, "className");
    auto *who = new QLabel(className.isEmpty() ? nameOf(student)
                                               : tr("%1, class %2").arg(nameOf(student), className),
                           this);
    addField(tr("Student:"), who, {QStringLiteral("studentId")});
    m_date->setObjectName(QStringLiteral("date"));
    addField(kind == Kind::Withdraw ? tr("Leaves on:") : tr("From:"), m_date,
             {QStringLiteral("date"), QStringLiteral("academicYearId")});
    if (kind != Kind::Withdraw) {
        m_class = new QComboBox(this);
        m_class->setObjectName(QStringLiteral("class"));
        addField(tr("To class:"), m_class,
                 {kind == Kind::Admit ? QStringLiteral("classId") : QStringLiteral("toClassId")});
        loadClassChoices(connection, m_class, true, {}, 0, [this, student](const QCborArray &) {
            // A transfer goes to another class: start from the next one in the list.
            if (m_kind == Kind::Transfer && choiceId(m_class) == rowId(student, "classId"))
                m_class->setCurrentIndex((m_class->currentIndex() + 1) % qMax(1, m_class->count()));
        });
    }
    m_order->setObjectName(QStringLiteral("orderNo"));
    m_order->setMaxLength(40);
    m_order->setPlaceholderText(tr("for example 45-у"));
    addField(tr("Order No.:"), m_order, {QStringLiteral("orderNo")});
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(kind == Kind::Withdraw ? tr("for example moved to school No. 5")
                                                        : tr("optional"));
    addField(tr("Reason:"), m_reason, {QStringLiteral("reason")});
}

void MovementDialog::save()
{
    QCborMap params{{QStringLiteral("studentId"), m_studentId},
                    {QStringLiteral("date"), isoDate(m_date->date())},
                    {QStringLiteral("orderNo"), m_order->text().trimmed()}};
    if (!m_reason->text().trimmed().isEmpty())
        params.insert(QStringLiteral("reason"), m_reason->text().trimmed());
    switch (m_kind) {
    case Kind::Admit:
        params.insert(QStringLiteral("classId"), choiceId(m_class));
        submit(QStringLiteral("movement.admit"), params);
        return;
    case Kind::Transfer:
        params.insert(QStringLiteral("toClassId"), choiceId(m_class));
        submit(QStringLiteral("movement.transfer"), params);
        return;
    case Kind::Withdraw:
        submit(QStringLiteral("movement.withdraw"), params);
        return;
    }
}

} // namespace ejournal::client
