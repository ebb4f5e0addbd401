// The classes and study groups page.
#include "classespage.h"

#include "classesdialogs.h"
#include "classesmembers.h"
#include "inlinemessage.h"
#include "peopletext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
constexpr auto kNumber = Qt::AlignCenter;

QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}
QString yearText(const QCborMap &row)
{
    const QString state = rowText(row, "state");
    if (state == QLatin1String("active"))
        return ClassesPage::tr("%1 (current)").arg(rowText(row, "name"));
    if (state == QLatin1String("planning"))
        return ClassesPage::tr("%1 (planning)").arg(rowText(row, "name"));
    return ClassesPage::tr("%1 (closed)").arg(rowText(row, "name"));
}
// The id of a saved record: the result's own, or the first of a list (groups.split).
qint64 savedId(const QCborValue &result)
{
    if (result.isArray())
        return rowId(result.toArray().at(0).toMap());
    return rowId(result.toMap());
}
} // namespace

ClassesPage::ClassesPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_connection(connection), m_year(new QComboBox(this)),
      m_details(new QTabWidget(this)), m_allGroups(new QCheckBox(tr("All groups of the year"), this)),
      m_count(new QLabel(this)), m_message(new InlineMessage(this))
{
    m_classModel = new RecordsModel(connection, {
        {QStringLiteral("name"), tr("Class")},
        {QStringLiteral("classTeacherName"), tr("Class teacher")},
        {QStringLiteral("shift"), tr("Shift"), {}, kNumber},
        {QStringLiteral("periodSchemeId"), tr("Periods"),
         [this](const QCborMap &row) { return m_schemeNames.value(rowId(row, "periodSchemeId")); }},
        {QStringLiteral("roomId"), tr("Room"),
         [this](const QCborMap &row) { return m_roomNames.value(rowId(row, "roomId")); }},
        {QStringLiteral("studentCount"), tr("Students"), {}, kNumber},
    }, this);
    m_studentModel = new RecordsModel(connection, {
        {QStringLiteral("fullName"), tr("Student")},
        {QStringLiteral("birthDate"), tr("Date of birth"),
         [](const QCborMap &row) { return PeopleText::date(rowText(row, "birthDate")); }},
        {QStringLiteral("personalFileNo"), tr("Personal file No.")},
    }, this);
    m_groupModel = new RecordsModel(connection, {
        {QStringLiteral("kind"), tr("Kind"),
         [](const QCborMap &row) { return PeopleText::groupKind(rowText(row, "kind")); }},
        {QStringLiteral("name"), tr("Group")},
        {QStringLiteral("className"), tr("Class")},
        {QStringLiteral("subjectName"), tr("Subject")},
        {QStringLiteral("memberCount"), tr("Members"), {}, kNumber},
    }, this);
    m_classes = new RecordsTable(m_classModel, this);
    m_classes->setObjectName(QStringLiteral("classes"));
    m_students = new RecordsTable(m_studentModel, this);
    m_students->setObjectName(QStringLiteral("classStudents"));
    m_groups = new RecordsTable(m_groupModel, this);
    m_groups->setObjectName(QStringLiteral("groups"));
    for (RecordsTable *table : {m_classes, m_students, m_groups})
        fitColumns(table);

    m_year->setObjectName(QStringLiteral("year"));
    m_year->setMinimumWidth(200);
    m_allGroups->setObjectName(QStringLiteral("allGroups"));
    m_allGroups->setToolTip(tr("Show streams, electives and individual plans of every class"));
    m_newClass = button(tr("&New class"), "newClass", tr("Add a class to the year (Insert)"), this);
    m_editClass = button(tr("&Edit class"), "editClass", tr("Change the selected class (F2)"), this);
    auto *refreshButton = button(tr("&Refresh"), "refresh", tr("Reload the lists (F5)"), this);
    m_newGroup = button(tr("New &group"), "newGroup", tr("Add a study group (Insert)"), this);
    m_editGroup = button(tr("Edit gr&oup"), "editGroup", tr("Rename the group or change its subject (F2)"), this);
    m_members = button(tr("&Members…"), "groupMembers", tr("Choose who is in the group from a date on"), this);
    m_split = button(tr("&Split class into groups…"), "splitClass",
                     tr("Divide the class's students into subgroups for a subject"), this);

    const QList<Role> roles = connection->session().roles;
    m_manageClasses = rolesGrant(roles, Capability::StructureManage);
    m_manageGroups = rolesGrant(roles, Capability::GroupsManage);
    m_readStudents = rolesGrant(roles, Capability::PeopleRead);
    m_newClass->setVisible(m_manageClasses);
    m_editClass->setVisible(m_manageClasses);
    for (QPushButton *b : {m_newGroup, m_editGroup, m_members, m_split})
        b->setVisible(m_manageGroups);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Academic year:"), this));
    top->addWidget(m_year);
    top->addSpacing(12);
    top->addWidget(m_newClass);
    top->addWidget(m_editClass);
    top->addWidget(refreshButton);
    top->addStretch(1);
    top->addWidget(m_count);

    auto *groupsPage = new QWidget(this);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(m_newGroup);
    groupButtons->addWidget(m_editGroup);
    groupButtons->addWidget(m_members);
    groupButtons->addWidget(m_split);
    groupButtons->addStretch(1);
    groupButtons->addWidget(m_allGroups);
    auto *groupsLayout = new QVBoxLayout(groupsPage);
    groupsLayout->setContentsMargins(8, 8, 8, 8);
    groupsLayout->addLayout(groupButtons);
    groupsLayout->addWidget(m_groups, 1);
    auto *studentsPage = new QWidget(this);
    auto *studentsLayout = new QVBoxLayout(studentsPage);
    studentsLayout->setContentsMargins(8, 8, 8, 8);
    studentsLayout->addWidget(m_students);
    m_details->setObjectName(QStringLiteral("classDetails"));
    // A subject teacher does not read personal data: the groups only.
    if (m_readStudents)
        m_details->addTab(studentsPage, tr("Students today"));
    else
        studentsPage->hide();
    m_details->addTab(groupsPage, tr("Study groups"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_classes);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("Classes and groups"),
                                 tr("Classes of the academic year with their class teachers; "
                                    "select a class to see its students and study groups."),
                                 this));
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_year, &QComboBox::currentIndexChanged, this, &ClassesPage::loadYear);
    connect(refreshButton, &QPushButton::clicked, this, &ClassesPage::refresh);
    connect(m_newClass, &QPushButton::clicked, this, &ClassesPage::newClass);
    connect(m_editClass, &QPushButton::clicked, this, &ClassesPage::editClass);
    connect(m_newGroup, &QPushButton::clicked, this, &ClassesPage::newGroup);
    connect(m_editGroup, &QPushButton::clicked, this, &ClassesPage::editGroup);
    connect(m_members, &QPushButton::clicked, this, &ClassesPage::editMembers);
    connect(m_split, &QPushButton::clicked, this, &ClassesPage::splitClass);
    connect(m_allGroups, &QCheckBox::toggled, this, &ClassesPage::loadClassDetails);
    connect(m_classes, &RecordsTable::currentChanged, this, &ClassesPage::loadClassDetails);
    connect(m_groups, &RecordsTable::currentChanged, this, &ClassesPage::updateButtons);
    connect(m_classes, &RecordsTable::activated, this, [this] {
        if (m_manageClasses)
            editClass();
    });
    connect(m_groups, &RecordsTable::activated, this, [this] {
        if (m_manageGroups)
            editMembers();
    });
    for (RecordsModel *model : {m_classModel, m_studentModel, m_groupModel})
        connect(model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_classModel, &RecordsModel::loaded, this, [this] {
        m_count->setText(tr("%n class(es)", nullptr, m_classModel->rowCount()));
        if (m_classes->currentRecord().isEmpty() && m_classModel->rowCount() > 0)
            m_classes->view()->selectRow(0);
        updateButtons();
    });
    connect(m_groupModel, &RecordsModel::loaded, this, &ClassesPage::updateButtons);

    addKey(this, QKeySequence::Refresh, [this] { refresh(); });
    if (m_manageClasses) {
        addKey(m_classes, QKeySequence(Qt::Key_Insert), [this] { newClass(); });
        addKey(m_classes, QKeySequence(Qt::Key_F2), [this] { editClass(); });
    }
    if (m_manageGroups) {
        addKey(m_groups, QKeySequence(Qt::Key_Insert), [this] { newGroup(); });
        addKey(m_groups, QKeySequence(Qt::Key_F2), [this] { editGroup(); });
    }
    updateButtons();
}

void ClassesPage::activate()
{
    if (m_yearsLoaded) {
        refresh();
        return;
    }
    m_yearsLoaded = true;
    loadChoices(m_connection, m_year, QStringLiteral("years.list"), {}, yearText, {}, 0,
                [this](const QCborArray &rows) {
                    for (const QCborValue &row : rows)
                        if (rowText(row.toMap(), "state") == QLatin1String("active"))
                            selectChoice(m_year, rowId(row.toMap()));
                    if (rows.isEmpty())
                        m_message->showInfo(tr("There are no academic years yet. The deputy "
                                               "creates them in «School structure»."));
                    loadYear();
                });
}

QWidget *ClassesPage::openForm() const
{
    return m_form;
}

void ClassesPage::refresh()
{
    loadYear();
}

void ClassesPage::loadYear()
{
    const qint64 yearId = choiceId(m_year);
    if (yearId == 0)
        return;
    m_message->clearMessage();
    // Scheme and room names first, so the classes show them at once.
    m_connection->request(
        QStringLiteral("periodSchemes.list"), {{QStringLiteral("academicYearId"), yearId}}, this,
        [this, yearId](const Reply &schemes) {
            m_schemeNames.clear();
            for (const QCborValue &row : schemes.result.toArray())
                m_schemeNames.insert(rowId(row.toMap()), rowText(row.toMap(), "name"));
            m_connection->request(
                QStringLiteral("rooms.list"), {{QStringLiteral("includeArchived"), true}}, this,
                [this, yearId](const Reply &rooms) {
                    m_roomNames.clear();
                    for (const QCborValue &row : rooms.result.toArray())
                        m_roomNames.insert(rowId(row.toMap()), rowText(row.toMap(), "name"));
                    const qint64 keep = rowId(m_classes->currentRecord());
                    m_classModel->load(QStringLiteral("classes.list"),
                                       {{QStringLiteral("academicYearId"), yearId}});
                    connect(m_classModel, &RecordsModel::loaded, this,
                            [this, keep] { m_classes->selectId(keep); }, Qt::SingleShotConnection);
                });
        });
}

void ClassesPage::loadClassDetails()
{
    const QCborMap current = m_classes->currentRecord();
    const qint64 classId = rowId(current);
    if (m_readStudents)
        m_details->setTabText(0, current.isEmpty() ? tr("Students today")
                                                   : tr("Students of %1 today").arg(rowText(current, "name")));
    if (classId == 0) {
        m_studentModel->setRows({});
        m_groupModel->setRows({});
        updateButtons();
        return;
    }
    if (m_readStudents)
        m_studentModel->load(QStringLiteral("students.list"), {{QStringLiteral("classId"), classId}});
    QCborMap groupParams{{QStringLiteral("academicYearId"), choiceId(m_year)}};
    if (!m_allGroups->isChecked())
        groupParams.insert(QStringLiteral("classId"), classId);
    const qint64 keep = rowId(m_groups->currentRecord());
    m_groupModel->load(QStringLiteral("groups.list"), groupParams);
    connect(m_groupModel, &RecordsModel::loaded, this, [this, keep] { m_groups->selectId(keep); },
            Qt::SingleShotConnection);
    updateButtons();
}

void ClassesPage::updateButtons()
{
    const bool hasYear = choiceId(m_year) != 0;
    const bool hasClass = !m_classes->currentRecord().isEmpty();
    const bool hasGroup = !m_groups->currentRecord().isEmpty();
    m_newClass->setEnabled(hasYear);
    m_editClass->setEnabled(hasClass);
    m_newGroup->setEnabled(hasYear);
    m_split->setEnabled(hasClass);
    m_editGroup->setEnabled(hasGroup);
    m_members->setEnabled(hasGroup);
}

void ClassesPage::openDialog(QDialog *dialog, RecordsModel *model, RecordsTable *table, qint64 id,
                             const QString &done)
{
    m_form = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *form = static_cast<FormDialog *>(dialog);
    connect(form, &FormDialog::saved, this, [=, this](const QCborValue &result) {
        const qint64 keep = id ? id : savedId(result);
        connect(model, &RecordsModel::loaded, this, [table, keep] { table->selectId(keep); },
                Qt::SingleShotConnection);
        if (model == m_classModel)
            model->reload();
        else
            loadClassDetails();
        // A group change alters the class's counts too.
        if (model != m_classModel)
            m_classModel->reload();
        m_message->showInfo(done);
    });
    dialog->open();
}

void ClassesPage::newClass()
{
    if (choiceId(m_year) == 0)
        return;
    openDialog(new ClassDialog(m_connection, choiceId(m_year), {}, this), m_classModel, m_classes, 0,
               tr("The class has been added."));
}

void ClassesPage::editClass()
{
    const QCborMap record = m_classes->currentRecord();
    if (record.isEmpty())
        return;
    openDialog(new ClassDialog(m_connection, choiceId(m_year), record, this), m_classModel,
               m_classes, rowId(record), tr("The class %1 has been saved.").arg(rowText(record, "name")));
}

namespace {
QString groupRefusal()
{
    return ClassesPage::tr("The server did not allow this: a class teacher may change only the "
                           "groups of own class, and a teacher only the groups of own lessons. "
                           "Ask the deputy director.");
}
} // namespace

void ClassesPage::newGroup()
{
    if (choiceId(m_year) == 0)
        return;
    auto *dialog = new GroupDialog(m_connection, choiceId(m_year), rowId(m_classes->currentRecord()),
                                   {}, this);
    dialog->setForbiddenText(groupRefusal());
    openDialog(dialog, m_groupModel, m_groups, 0, tr("The group has been added."));
}

void ClassesPage::editGroup()
{
    const QCborMap record = m_groups->currentRecord();
    if (record.isEmpty())
        return;
    auto *dialog = new GroupDialog(m_connection, choiceId(m_year), 0, record, this);
    dialog->setForbiddenText(groupRefusal());
    openDialog(dialog, m_groupModel, m_groups, rowId(record), tr("The group has been saved."));
}

void ClassesPage::splitClass()
{
    const QCborMap record = m_classes->currentRecord();
    if (record.isEmpty())
        return;
    auto *dialog = new SplitDialog(m_connection, record, this);
    dialog->setForbiddenText(groupRefusal());
    m_details->setCurrentIndex(m_details->count() - 1);
    openDialog(dialog, m_groupModel, m_groups, 0,
               tr("The class %1 has been split into groups.").arg(rowText(record, "name")));
}

void ClassesPage::editMembers()
{
    const QCborMap record = m_groups->currentRecord();
    if (record.isEmpty())
        return;
    auto *dialog = new MembersDialog(m_connection, record, this);
    dialog->setForbiddenText(groupRefusal());
    openDialog(dialog, m_groupModel, m_groups, rowId(record),
               tr("The members of %1 have been saved.").arg(rowText(record, "name")));
}

} // namespace ejournal::client
