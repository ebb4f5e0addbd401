// The students tab of the people page.
#include "peoplestudents.h"

#include "inlinemessage.h"
#include "peoplecard.h"
#include "peopledialogs.h"
#include "peopletext.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QPushButton *button(const QString &text, const char *name, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}
bool seesAllStudents(const QList<Role> &roles)
{
    return roles.contains(Role::Admin) || roles.contains(Role::Director) || roles.contains(Role::Deputy);
}
} // namespace

StudentsTab::StudentsTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_class(new QComboBox(this)),
      m_count(new QLabel(this)), m_message(new InlineMessage(this))
{
    m_model = new RecordsModel(connection, {
        {QStringLiteral("fullName"), tr("Full name")},
        {QStringLiteral("birthDate"), tr("Date of birth"),
         [](const QCborMap &row) { return PeopleText::date(rowText(row, "birthDate")); }},
        {QStringLiteral("className"), tr("Class")},
        {QStringLiteral("personalFileNo"), tr("Personal file No.")},
        {QStringLiteral("hasAccount"), tr("Account"),
         [](const QCborMap &row) { return PeopleText::yesNo(row.value(QLatin1String("hasAccount")).toBool()); }},
    }, this);
    m_table = new RecordsTable(m_model, this);
    m_table->setObjectName(QStringLiteral("students"));
    fitColumns(m_table);
    m_table->searchField()->setPlaceholderText(tr("Search by name or personal file No. (Ctrl+F)"));
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_class->setMinimumWidth(160);
    m_new = button(tr("&New student"), "newStudent", tr("Add a student (Insert)"), this);
    m_card = button(tr("&Card…"), "studentCard", tr("Personal data, parents, classes (Return)"), this);
    m_admit = button(tr("&Admit…"), "admit", tr("Admit the student to a class (movement book)"), this);
    m_transfer = button(tr("&Transfer…"), "transfer", tr("Transfer the student to another class"), this);
    m_withdraw = button(tr("&Withdraw…"), "withdraw", tr("The student leaves the school"), this);
    auto *refresh = button(tr("&Refresh"), "refresh", tr("Reload the list (F5)"), this);
    const bool manage = rolesGrant(connection->session().roles, Capability::PeopleManage);
    for (QPushButton *b : {m_new, m_admit, m_transfer, m_withdraw})
        b->setVisible(manage);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Class:"), this));
    top->addWidget(m_class);
    top->addSpacing(12);
    for (QPushButton *b : {m_new, m_card, m_admit, m_transfer, m_withdraw, refresh})
        top->addWidget(b);
    top->addStretch(1);
    top->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_class, &QComboBox::activated, this, &StudentsTab::reload);
    connect(refresh, &QPushButton::clicked, this, &StudentsTab::reload);
    connect(m_new, &QPushButton::clicked, this, &StudentsTab::newStudent);
    connect(m_card, &QPushButton::clicked, this, &StudentsTab::openCard);
    connect(m_admit, &QPushButton::clicked, this, &StudentsTab::admit);
    connect(m_transfer, &QPushButton::clicked, this, &StudentsTab::transfer);
    connect(m_withdraw, &QPushButton::clicked, this, &StudentsTab::withdraw);
    connect(m_table, &RecordsTable::activated, this, &StudentsTab::openCard);
    connect(m_table, &RecordsTable::currentChanged, this, &StudentsTab::updateButtons);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_count->setText(tr("%n student(s)", nullptr, m_model->rowCount()));
        updateButtons();
    });
    addKey(this, QKeySequence(Qt::Key_Insert), [this] {
        if (m_new->isVisible())
            newStudent();
    });
    addKey(this, QKeySequence(Qt::Key_F2), [this] { openCard(); });
    updateButtons();
}

void StudentsTab::activate()
{
    if (m_started) {
        reload();
        return;
    }
    m_started = true;
    loadClassChoices(m_connection, m_class, false, tr("All classes"), 0,
                     [this](const QCborArray &classes) {
                         m_classes = classes;
                         classesLoaded();
                     });
}

void StudentsTab::classesLoaded()
{
    const UserSession &session = m_connection->session();
    if (seesAllStudents(session.roles)) {
        m_ready = true;
        reload();
        return;
    }
    // A class teacher: the classes whose class teacher is the staff member of this account.
    m_connection->request(QStringLiteral("staff.list"), {}, this, [this](const Reply &reply) {
        qint64 staffId = -1;
        for (const QCborValue &row : reply.result.toArray())
            if (rowId(row.toMap(), "userId") == m_connection->session().userId)
                staffId = rowId(row.toMap());
        QList<qint64> own;
        for (const QCborValue &row : std::as_const(m_classes))
            if (rowId(row.toMap(), "classTeacherId") == staffId)
                own.append(rowId(row.toMap()));
        keepOwnClasses(own);
        m_ready = true;
        reload();
    });
}

void StudentsTab::keepOwnClasses(const QList<qint64> &own)
{
    for (int i = m_class->count() - 1; i > 0; --i)
        if (!own.contains(m_class->itemData(i).toLongLong()))
            m_class->removeItem(i);
    m_class->setItemText(0, tr("All my classes"));
    if (!own.isEmpty())
        selectChoice(m_class, own.first());
}

void StudentsTab::reload()
{
    if (!m_ready)
        return;
    QCborMap params;
    if (choiceId(m_class) != 0)
        params.insert(QStringLiteral("classId"), choiceId(m_class));
    const qint64 keep = rowId(m_table->currentRecord());
    m_model->load(QStringLiteral("students.list"), params);
    connect(m_model, &RecordsModel::loaded, this, [this, keep] { m_table->selectId(keep); },
            Qt::SingleShotConnection);
}

void StudentsTab::updateButtons()
{
    const QCborMap student = m_table->currentRecord();
    const bool enrolled = rowId(student, "classId") != 0;
    m_card->setEnabled(!student.isEmpty());
    m_admit->setEnabled(!student.isEmpty() && !enrolled);
    m_transfer->setEnabled(enrolled);
    m_withdraw->setEnabled(enrolled);
}

void StudentsTab::openForm(QDialog *dialog, qint64 keepId, const QString &done)
{
    m_form = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(static_cast<FormDialog *>(dialog), &FormDialog::saved, this,
            [this, keepId, done](const QCborValue &result) {
                const qint64 id = keepId ? keepId : rowId(result.toMap());
                m_message->showInfo(done);
                // A new student has no class yet: show everyone so the row can be selected.
                if (keepId == 0 && m_class->itemData(0).toLongLong() == 0)
                    m_class->setCurrentIndex(0);
                reload();
                connect(m_model, &RecordsModel::loaded, this, [this, id] { m_table->selectId(id); },
                        Qt::SingleShotConnection);
            });
    dialog->open();
}

void StudentsTab::newStudent()
{
    openForm(new StudentDialog(m_connection, {}, this), 0,
             tr("The student has been added. Admit the student to a class with «Admit»."));
}

void StudentsTab::openCard()
{
    const QCborMap student = m_table->currentRecord();
    if (student.isEmpty())
        return;
    auto *card = new StudentCard(m_connection, rowId(student), this);
    m_form = card;
    card->setAttribute(Qt::WA_DeleteOnClose);
    connect(card, &StudentCard::changed, this, &StudentsTab::reload);
    card->open();
}

void StudentsTab::move(MovementDialog::Kind movement)
{
    const QCborMap student = m_table->currentRecord();
    if (student.isEmpty())
        return;
    const QString name = rowText(student, "fullName");
    const QString done = movement == MovementDialog::Kind::Admit ? tr("%1 has been admitted.").arg(name)
        : movement == MovementDialog::Kind::Transfer ? tr("%1 has been transferred.").arg(name)
                                                     : tr("%1 has been withdrawn.").arg(name);
    openForm(new MovementDialog(m_connection, movement, student, this), rowId(student), done);
}

void StudentsTab::admit()
{
    move(MovementDialog::Kind::Admit);
}

void StudentsTab::transfer()
{
    move(MovementDialog::Kind::Transfer);
}

void StudentsTab::withdraw()
{
    move(MovementDialog::Kind::Withdraw);
}

} // namespace ejournal::client
