// Class, study group and split-into-subgroups forms.
#include "classesdialogs.h"

#include "peopletext.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ejournal::client {

namespace {
QString nameOf(const QCborMap &row)
{
    return rowText(row, "name");
}
QString fullNameOf(const QCborMap &row)
{
    return rowText(row, "fullName");
}
QString roomName(const QCborMap &row)
{
    const QString title = rowText(row, "title");
    return title.isEmpty() ? nameOf(row) : QStringLiteral("%1 — %2").arg(nameOf(row), title);
}
// Sets params[key] to the combo's id; on create a missing choice is left out.
void putChoice(QCborMap &params, const char *key, const QComboBox *combo, bool creating)
{
    if (!creating || choiceId(combo) != 0)
        params.insert(QLatin1String(key), choiceId(combo));
}
} // namespace

ClassDialog::ClassDialog(ServerConnection *connection, qint64 yearId, const QCborMap &record,
                         QWidget *parent)
    : FormDialog(connection, record.isEmpty() ? tr("New class") : tr("Class %1").arg(nameOf(record)),
                 parent),
      m_yearId(yearId), m_record(record), m_grade(new QSpinBox(this)), m_letter(new QLineEdit(this)),
      m_teacher(new QComboBox(this)), m_scheme(new QComboBox(this)), m_shift(new QComboBox(this)),
      m_room(new QComboBox(this))
{
    setObjectName(QStringLiteral("classDialog"));
    m_grade->setObjectName(QStringLiteral("grade"));
    m_grade->setRange(1, 11);
    m_grade->setValue(record.isEmpty() ? 1 : int(rowId(record, "grade")));
    m_letter->setObjectName(QStringLiteral("letter"));
    m_letter->setMaxLength(2);
    m_letter->setPlaceholderText(tr("for example А"));
    m_letter->setText(rowText(record, "letter"));
    m_teacher->setObjectName(QStringLiteral("classTeacher"));
    m_scheme->setObjectName(QStringLiteral("periodScheme"));
    m_shift->setObjectName(QStringLiteral("shift"));
    m_shift->addItem(tr("first shift"), qint64(1));
    m_shift->addItem(tr("second shift"), qint64(2));
    selectChoice(m_shift, record.isEmpty() ? 1 : rowId(record, "shift"));
    m_room->setObjectName(QStringLiteral("room"));

    addField(tr("Grade:"), m_grade, {QStringLiteral("grade")});
    addField(tr("Letter:"), m_letter, {QStringLiteral("letter"), QStringLiteral("academicYearId")});
    addField(tr("Class teacher:"), m_teacher, {QStringLiteral("classTeacherId")});
    addField(tr("Period scheme:"), m_scheme, {QStringLiteral("periodSchemeId")});
    addField(tr("Shift:"), m_shift, {QStringLiteral("shift")});
    addField(tr("Room:"), m_room, {QStringLiteral("roomId")});

    loadChoices(connection, m_teacher, QStringLiteral("staff.list"), {}, fullNameOf,
                tr("— not appointed —"), rowId(record, "classTeacherId"));
    loadChoices(connection, m_scheme, QStringLiteral("periodSchemes.list"),
                {{QStringLiteral("academicYearId"), yearId}}, nameOf, tr("— none —"),
                rowId(record, "periodSchemeId"), [this](const QCborArray &rows) {
                    // A new class follows the year's only scheme unless told otherwise.
                    if (m_record.isEmpty() && rows.size() == 1)
                        m_scheme->setCurrentIndex(1);
                });
    loadChoices(connection, m_room, QStringLiteral("rooms.list"), {}, roomName, tr("— none —"),
                rowId(record, "roomId"));
}

void ClassDialog::save()
{
    const bool creating = m_record.isEmpty();
    QCborMap params;
    if (creating)
        params.insert(QStringLiteral("academicYearId"), m_yearId);
    else
        params.insert(QStringLiteral("id"), rowId(m_record));
    params.insert(QStringLiteral("grade"), m_grade->value());
    params.insert(QStringLiteral("letter"), m_letter->text().trimmed());
    putChoice(params, "classTeacherId", m_teacher, creating);
    putChoice(params, "periodSchemeId", m_scheme, creating);
    params.insert(QStringLiteral("shift"), choiceId(m_shift));
    putChoice(params, "roomId", m_room, creating);
    submit(creating ? QStringLiteral("classes.create") : QStringLiteral("classes.update"), params);
}

GroupDialog::GroupDialog(ServerConnection *connection, qint64 yearId, qint64 classId,
                         const QCborMap &record, QWidget *parent)
    : FormDialog(connection, record.isEmpty() ? tr("New study group")
                                              : tr("Study group %1").arg(nameOf(record)), parent),
      m_yearId(yearId), m_record(record), m_kind(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_class(new QComboBox(this)), m_subject(new QComboBox(this))
{
    setObjectName(QStringLiteral("groupDialog"));
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &kind : PeopleText::groupKinds())
        m_kind->addItem(PeopleText::groupKind(kind), kind);
    m_kind->setCurrentIndex(m_kind->findData(record.isEmpty() ? QStringLiteral("subgroup")
                                                              : rowText(record, "kind")));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(nameOf(record));
    m_class->setObjectName(QStringLiteral("class"));
    m_subject->setObjectName(QStringLiteral("subject"));
    // Kind and class are fixed once a group exists.
    m_kind->setEnabled(record.isEmpty());

    addField(tr("Kind:"), m_kind, {QStringLiteral("kind")});
    addField(tr("Name:"), m_name, {QStringLiteral("name")});
    addField(tr("Class:"), m_class, {QStringLiteral("classId"), QStringLiteral("academicYearId")});
    addField(tr("Subject:"), m_subject, {QStringLiteral("subjectId")});

    if (record.isEmpty())
        loadChoices(connection, m_class, QStringLiteral("classes.list"),
                    {{QStringLiteral("academicYearId"), yearId}}, nameOf, tr("— several classes —"),
                    classId);
    else {
        m_class->addItem(record.value(QLatin1String("className")).isString()
                             ? rowText(record, "className") : tr("— several classes —"));
        m_class->setEnabled(false);
    }
    loadChoices(connection, m_subject, QStringLiteral("subjects.list"), {}, nameOf, tr("— none —"),
                rowId(record, "subjectId"));
}

void GroupDialog::save()
{
    const bool creating = m_record.isEmpty();
    QCborMap params;
    if (creating) {
        params.insert(QStringLiteral("academicYearId"), m_yearId);
        params.insert(QStringLiteral("kind"), m_kind->currentData().toString());
        putChoice(params, "classId", m_class, true);
    } else {
        params.insert(QStringLiteral("id"), rowId(m_record));
    }
    params.insert(QStringLiteral("name"), m_name->text().trimmed());
    putChoice(params, "subjectId", m_subject, creating);
    submit(creating ? QStringLiteral("groups.create") : QStringLiteral("groups.update"), params);
}

SplitDialog::SplitDialog(ServerConnection *connection, const QCborMap &classRecord, QWidget *parent)
    : FormDialog(connection, tr("Split class %1 into groups").arg(nameOf(classRecord)), parent),
      m_classId(rowId(classRecord)), m_subject(new QComboBox(this)),
      m_count(new QSpinBox(this)), m_date(makeDateEdit(QDate::currentDate(), this)),
      m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("splitDialog"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(2, 10);
    m_count->setValue(2);
    m_date->setObjectName(QStringLiteral("date"));
    m_preview->setWordWrap(true);

    addField(tr("Subject:"), m_subject, {QStringLiteral("subjectId")});
    addField(tr("Number of groups:"), m_count, {QStringLiteral("names")});
    addField(tr("From:"), m_date, {QStringLiteral("date")});
    form()->addRow(tr("Groups:"), m_preview);
    auto *note = new QLabel(tr("The students of the class are divided alphabetically; you can "
                               "change the members of each group afterwards."), this);
    note->setWordWrap(true);
    form()->addRow(note);

    loadChoices(connection, m_subject, QStringLiteral("subjects.list"), {}, nameOf, {}, 0,
                [this](const QCborArray &) { updatePreview(); });
    connect(m_count, &QSpinBox::valueChanged, this, &SplitDialog::updatePreview);
    connect(m_subject, &QComboBox::currentIndexChanged, this, &SplitDialog::updatePreview);
    updatePreview();
}

QStringList SplitDialog::names() const
{
    QStringList out;
    for (int i = 1; i <= m_count->value(); ++i)
        out.append(tr("group %1").arg(i));
    return out;
}

void SplitDialog::updatePreview()
{
    m_preview->setText(names().join(QStringLiteral(", ")));
}

void SplitDialog::save()
{
    QCborArray names;
    for (const QString &name : this->names())
        names.append(name);
    submit(QStringLiteral("groups.split"),
           {{QStringLiteral("classId"), m_classId},
            {QStringLiteral("subjectId"), choiceId(m_subject)},
            {QStringLiteral("names"), names},
            {QStringLiteral("date"), isoDate(m_date->date())}});
}

} // namespace ejournal::client
