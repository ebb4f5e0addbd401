// The lessons of the day and the deputy's changes to them.
#include "changeslessonstab.h"

#include "changesdatebar.h"
#include "changesdialogs.h"
#include "changestext.h"
#include "errortext.h"
#include "peopleundo.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
const QString kLessonId = QStringLiteral("lessonId");

QString text(const QCborMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

qint64 idOf(const QCborMap &row, const char *key = "id")
{
    return row.value(QLatin1String(key)).toInteger();
}

QList<RecordsModel::Column> columns()
{
    const auto field = [](const char *key) {
        return [key](const QCborMap &row) { return text(row, key); };
    };
    return {
        {QStringLiteral("lessonNo"), ChangesLessonsTab::tr("No."), {}, Qt::AlignCenter},
        {QStringLiteral("startsAt"), ChangesLessonsTab::tr("Time"), ChangesText::lessonTime},
        {QStringLiteral("targetName"), ChangesLessonsTab::tr("Class or group"), field("targetName")},
        {QStringLiteral("subjectName"), ChangesLessonsTab::tr("Subject"), field("subjectName")},
        {QStringLiteral("teacherName"), ChangesLessonsTab::tr("Teacher"), field("teacherName")},
        {QStringLiteral("roomName"), ChangesLessonsTab::tr("Room"), field("roomName")},
        {QStringLiteral("note"), ChangesLessonsTab::tr("Changes"), ChangesText::lessonNote},
    };
}

// The lesson row(s) a change answered: one row, or the target first for a merge.
QCborMap firstRow(const QCborValue &result)
{
    return result.isArray() ? result.toArray().first().toMap() : result.toMap();
}
} // namespace

ChangesLessonsTab::ChangesLessonsTab(ServerConnection *connection, bool canManage, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_canManage(canManage),
      m_dateBar(new ChangesDateBar(1, this)), m_filter(new QComboBox(this)),
      m_model(new RecordsModel(connection, columns(), this)),
      m_table(new RecordsTable(m_model, this)), m_message(new UndoMessage(this))
{
    setObjectName(QStringLiteral("changesLessonsTab"));
    m_table->view()->setObjectName(QStringLiteral("dayLessons"));
    m_filter->setObjectName(QStringLiteral("lessonsFilter"));
    m_filter->setMinimumWidth(220);
    m_filter->addItem(tr("Whole school"));
    auto *filterLabel = new QLabel(tr("&Show:"), this);
    filterLabel->setBuddy(m_filter);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateBar);
    bar->addSpacing(16);
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    if (m_canManage) {
        auto *actions = new QHBoxLayout;
        m_substitute = actionButton(tr("&Substitute…"), QStringLiteral("substitute"),
                                    tr("Give the lesson to another teacher (Return)"));
        m_move = actionButton(tr("M&ove…"), QStringLiteral("move"),
                              tr("Move the lesson to another date, lesson number or room"));
        m_cancel = actionButton(tr("&Cancel lesson…"), QStringLiteral("cancel"),
                                tr("The lesson will not take place (Delete)"));
        m_restore = actionButton(tr("Res&tore…"), QStringLiteral("restore"),
                                 tr("Undo a cancellation or take the lesson out of a merge"));
        m_merge = actionButton(tr("Mer&ge groups…"), QStringLiteral("merge"),
                               tr("Teach other groups' lessons of the same subject and time "
                                  "together with this one"));
        for (QPushButton *button : {m_substitute, m_move, m_cancel, m_restore, m_merge})
            actions->addWidget(button);
        actions->addStretch(1);
        layout->addLayout(actions);
        connect(m_substitute, &QPushButton::clicked, this, &ChangesLessonsTab::substitute);
        connect(m_move, &QPushButton::clicked, this, &ChangesLessonsTab::move);
        connect(m_cancel, &QPushButton::clicked, this, &ChangesLessonsTab::cancel);
        connect(m_restore, &QPushButton::clicked, this, &ChangesLessonsTab::restore);
        connect(m_merge, &QPushButton::clicked, this, &ChangesLessonsTab::merge);
        connect(m_table, &RecordsTable::activated, this, &ChangesLessonsTab::substitute);
        auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table->view());
        deleteKey->setContext(Qt::WidgetShortcut);
        connect(deleteKey, &QShortcut::activated, this, &ChangesLessonsTab::cancel);
        connect(m_table, &RecordsTable::currentChanged, this, &ChangesLessonsTab::updateButtons);
        connect(m_model, &RecordsModel::modelReset, this, &ChangesLessonsTab::updateButtons);
        updateButtons();
    }
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_dateBar, &ChangesDateBar::dateChanged, this, &ChangesLessonsTab::reload);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ChangesLessonsTab::reload);
    connect(m_model, &RecordsModel::failed, m_message, &UndoMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_table->view()->resizeColumnsToContents();
        if (m_keepId > 0)
            m_table->selectId(m_keepId);
    });
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &name, const QCborMap &) {
                if (name == QLatin1String("lesson.changed")
                    || name == QLatin1String("lessons.generated"))
                    reload();
            });
}

QPushButton *ChangesLessonsTab::actionButton(const QString &label, const QString &name,
                                             const QString &tip)
{
    auto *button = new QPushButton(label, this);
    button->setObjectName(name);
    button->setToolTip(tip);
    return button;
}

void ChangesLessonsTab::reload()
{
    const QString date = ChangesText::isoDate(m_dateBar->date());
    QCborMap params{{QStringLiteral("from"), date}, {QStringLiteral("to"), date}};
    const QVariantList filter = m_filter->currentData().toList();
    if (filter.size() == 2)
        params.insert(filter.at(0).toString(), filter.at(1).toLongLong());
    if (!m_table->currentRecord().isEmpty())
        m_keepId = idOf(m_table->currentRecord());
    m_model->load(QStringLiteral("lessons.list"), params);
}

void ChangesLessonsTab::loadFilters()
{
    m_connection->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        if (!reply.ok())
            return;
        qint64 year = 0;
        for (const QCborValue &value : reply.result.toArray())
            if (year == 0 || text(value.toMap(), "state") == QLatin1String("active"))
                year = idOf(value.toMap());
        const auto add = [this](const Reply &list, const QString &key, const char *nameKey,
                                const QString &format) {
            if (!list.ok())
                return;
            for (const QCborValue &value : list.result.toArray()) {
                const QCborMap row = value.toMap();
                if (row.value(QLatin1String("archived")).toBool())
                    continue;
                m_filter->addItem(format.arg(text(row, nameKey)), QVariantList{key, idOf(row)});
            }
        };
        m_connection->request(QStringLiteral("classes.list"), {{QStringLiteral("academicYearId"), year}},
                              this, [=](const Reply &list) {
                                  add(list, QStringLiteral("classId"), "name", tr("Class %1"));
                              });
        if (rolesGrant(m_connection->session().roles, Capability::PeopleRead))
            m_connection->request(QStringLiteral("staff.list"), {}, this, [=](const Reply &list) {
                add(list, QStringLiteral("staffId"), "fullName", tr("Teacher %1"));
            });
    });
}

void ChangesLessonsTab::updateButtons()
{
    const QCborMap lesson = m_table->currentRecord();
    const QString status = text(lesson, "status");
    const bool planned = status == QLatin1String("planned");
    m_substitute->setEnabled(planned);
    m_move->setEnabled(planned);
    m_cancel->setEnabled(planned);
    m_merge->setEnabled(planned);
    m_restore->setEnabled(status == QLatin1String("cancelled") || status == QLatin1String("merged"));
}

void ChangesLessonsTab::open(ChangesForm *dialog, const std::function<void(const QCborValue &)> &done)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangesForm::done, this, done);
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_dialog == dialog)
            m_dialog = nullptr;
    });
    dialog->open();
}

void ChangesLessonsTab::showDone(const QCborMap &lesson, const QString &message,
                                 const std::function<void()> &undo)
{
    m_keepId = idOf(lesson);
    const QString line = ChangesText::lessonTitle(lesson) + QStringLiteral(": ") + message;
    if (undo)
        m_message->showUndoable(line, undo);
    else
        m_message->showInfo(line);
    reload();
}

void ChangesLessonsTab::undoWith(const QString &method, const QCborMap &params, qint64 lessonId)
{
    m_connection->request(method, params, this, [this, lessonId](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ChangesText::summary(reply));
            return;
        }
        m_keepId = lessonId;
        m_message->showInfo(tr("The change has been undone."));
        reload();
    });
}

void ChangesLessonsTab::substitute()
{
    const QCborMap before = m_table->currentRecord();
    if (!m_canManage || text(before, "status") != QLatin1String("planned"))
        return;
    open(new SubstituteDialog(m_connection, before, this), [this, before](const QCborValue &result) {
        const QCborMap after = result.toMap();
        const QCborMap back{{kLessonId, idOf(before)}, {QStringLiteral("teacherId"), idOf(before, "teacherId")},
                            {QStringLiteral("reason"), tr("undo")}};
        showDone(after, tr("now given by %1").arg(text(after, "teacherName")),
                 [this, back, id = idOf(before)] { undoWith(QStringLiteral("lessons.substitute"), back, id); });
    });
}

void ChangesLessonsTab::move()
{
    const QCborMap before = m_table->currentRecord();
    if (!m_canManage || text(before, "status") != QLatin1String("planned"))
        return;
    open(new MoveDialog(m_connection, before, this), [this, before](const QCborValue &result) {
        const QCborMap after = result.toMap();
        QCborMap back{{kLessonId, idOf(before)}};
        if (text(after, "date") != text(before, "date"))
            back.insert(QStringLiteral("date"), text(before, "date"));
        if (idOf(after, "lessonNo") != idOf(before, "lessonNo"))
            back.insert(QStringLiteral("lessonNo"), idOf(before, "lessonNo"));
        if (idOf(after, "roomId") != idOf(before, "roomId"))
            back.insert(QStringLiteral("roomId"), idOf(before, "roomId"));
        const QString room = text(after, "roomName");
        showDone(after,
                 tr("moved to %1, lesson %2, room %3")
                     .arg(ChangesText::dayText(ChangesText::dateOf(after.value(QLatin1String("date")))))
                     .arg(idOf(after, "lessonNo"))
                     .arg(room.isEmpty() ? tr("none") : room),
                 [this, back, id = idOf(before)] { undoWith(QStringLiteral("lessons.move"), back, id); });
    });
}

void ChangesLessonsTab::cancel()
{
    const QCborMap before = m_table->currentRecord();
    if (!m_canManage || text(before, "status") != QLatin1String("planned"))
        return;
    open(new ReasonDialog(m_connection, before, ReasonDialog::Action::Cancel, this),
         [this](const QCborValue &result) {
             const QCborMap after = result.toMap();
             const QCborMap back{{kLessonId, idOf(after)}};
             showDone(after, tr("cancelled"), [this, back, id = idOf(after)] {
                 undoWith(QStringLiteral("lessons.restore"), back, id);
             });
         });
}

void ChangesLessonsTab::restore()
{
    const QCborMap before = m_table->currentRecord();
    const QString status = text(before, "status");
    if (!m_canManage || (status != QLatin1String("cancelled") && status != QLatin1String("merged")))
        return;
    open(new ReasonDialog(m_connection, before, ReasonDialog::Action::Restore, this),
         [this](const QCborValue &result) {
             showDone(result.toMap(), tr("takes place again"), {});
         });
}

void ChangesLessonsTab::merge()
{
    const QCborMap before = m_table->currentRecord();
    if (!m_canManage || text(before, "status") != QLatin1String("planned"))
        return;
    open(new MergeDialog(m_connection, before, this), [this](const QCborValue &result) {
        const QCborArray rows = result.toArray();
        QStringList joined;
        for (qsizetype i = 1; i < rows.size(); ++i)
            joined.append(text(rows.at(i).toMap(), "targetName"));
        const QCborMap into = firstRow(result);
        showDone(into, tr("taught together with %1").arg(joined.join(QStringLiteral(", "))), {});
    });
}

} // namespace ejournal::client
