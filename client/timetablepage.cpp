// The timetable page: versions, the view chooser, the grid and its side panels.
#include "timetablepage.h"

#include "errortext.h"
#include "fetimportwizard.h"
#include "inlinemessage.h"
#include "printoutput.h"
#include "recordstable.h"
#include "serverconnection.h"
#include "timetabledocument.h"
#include "timetablegridmodel.h"
#include "timetablegridview.h"
#include "timetableloadmodel.h"
#include "timetableprint.h"
#include "timetableroomdialog.h"
#include "timetabletext.h"
#include "timetableversiondialog.h"
#include "timetablewarningsdialog.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
enum Output { Preview, Print, Pdf, AllClassesPdf };

qint64 idOf(const QCborMap &map, const char *key = "id")
{
    return map.value(QLatin1String(key)).toInteger();
}

QString versionLabel(const QCborMap &v)
{
    const QDate from = QDate::fromString(v.value(QLatin1String("validFrom")).toString(), Qt::ISODate);
    QString text = TimetablePage::tr("%1 — from %2").arg(v.value(QLatin1String("name")).toString(),
                                                        from.toString(QStringLiteral("dd.MM.yyyy")));
    if (v.value(QLatin1String("source")).toString() == QLatin1String("fet"))
        text += TimetablePage::tr(" (FET)");
    return text;
}
} // namespace

TimetablePage::TimetablePage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent), m_connection(connection),
      m_canManage(rolesGrant(connection->session().roles, Capability::TimetableManage)),
      m_staff(rolesGrant(connection->session().roles, Capability::StructureRead)),
      m_document(new TimetableDocument(connection, m_canManage, this)),
      m_grid(new TimetableGridModel(m_document, this)), m_view(new TimetableGridView(this)),
      m_loadModel(new TimetableLoadModel(connection, this)),
      m_loadTable(new RecordsTable(m_loadModel, this)),
      m_conflictsModel(new RecordsModel(
          connection,
          {{QStringLiteral("severity"), tr("Kind"),
            [](const QCborMap &row) {
                return TimetableText::severity(row.value(QLatin1String("severity")).toString());
            }},
           {QStringLiteral("where"), tr("When")},
           {QStringLiteral("reason"), tr("Problem")}},
          this)),
      m_conflictsTable(new RecordsTable(m_conflictsModel, this)), m_message(new InlineMessage(this)),
      m_yearCombo(new QComboBox(this)), m_versionCombo(new QComboBox(this)),
      m_viewCombo(new QComboBox(this)), m_targetCombo(new QComboBox(this)),
      m_versionTools(new QWidget(this)), m_print(new QToolButton(this)),
      m_save(new QPushButton(tr("&Save"), this)), m_undo(new QPushButton(tr("&Undo"), this)),
      m_forbiddenMode(new QPushButton(tr("&Forbidden slots"), this)), m_state(new QLabel(this)),
      m_loadPanel(new QWidget(this)), m_forbidden(connection, this)
{
    setObjectName(QStringLiteral("timetablePage"));
    m_view->setGridModel(m_grid);
    m_view->setEditable(m_canManage);
    buildToolbars();

    auto *loadLayout = new QVBoxLayout(m_loadPanel);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    auto *loadTitle = new QLabel(tr("<b>Load to place</b> — drag onto the grid, or choose and "
                                    "press Enter on a cell"), m_loadPanel);
    loadTitle->setWordWrap(true);
    loadLayout->addWidget(loadTitle);
    loadLayout->addWidget(m_loadTable, 1);
    m_loadTable->setObjectName(QStringLiteral("loadTable"));
    m_loadTable->view()->setDragEnabled(true);
    m_loadTable->view()->setDragDropMode(QAbstractItemView::DragOnly);
    m_loadTable->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_loadPanel->setVisible(m_canManage);

    auto *conflictsPanel = new QWidget(this);
    auto *conflictsLayout = new QVBoxLayout(conflictsPanel);
    conflictsLayout->setContentsMargins(0, 0, 0, 0);
    conflictsLayout->addWidget(new QLabel(tr("<b>Conflicts</b> — click to go to the lesson"), conflictsPanel));
    conflictsLayout->addWidget(m_conflictsTable, 1);
    m_conflictsTable->setObjectName(QStringLiteral("conflictsTable"));
    conflictsPanel->setVisible(m_staff);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_loadPanel);
    side->addWidget(conflictsPanel);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({860, 420});

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    connect(m_document, &TimetableDocument::entriesChanged, this, [this] {
        refreshLoad();
        refreshState();
    });
    connect(m_document, &TimetableDocument::conflictsChanged, this, &TimetablePage::refreshConflicts);
    connect(m_document, &TimetableDocument::failed, m_message, &InlineMessage::showError);
    connect(m_document, &TimetableDocument::loaded, this, [this] {
        refreshLoad();
        refreshState();
    });
    connect(m_document, &TimetableDocument::saved, this, [this](int changes) {
        m_message->showInfo(tr("The timetable is saved (%n change(s)).", "", changes));
    });
    connect(m_document, &TimetableDocument::saveRefused, this, &TimetablePage::saveRefused);
    connect(m_view, &TimetableGridView::placeRequested, this, &TimetablePage::placeCurrentLoad);
    connect(m_view, &TimetableGridView::menuRequested, this, &TimetablePage::cellMenu);
    connect(m_loadTable, &RecordsTable::activated, this, [this] { m_view->setFocus(); });
    connect(m_conflictsTable->view(), &QTableView::clicked, this, [this] {
        goToConflict(int(m_conflictsTable->currentRecord().value(QLatin1String("index")).toInteger()));
    });
    connect(m_conflictsTable, &RecordsTable::activated, this, [this](const QCborMap &record) {
        goToConflict(int(record.value(QLatin1String("index")).toInteger()));
    });
    connect(m_grid, &TimetableGridModel::forbiddenToggled, this, &TimetablePage::saveForbidden);
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &name, const QCborMap &data) {
                if (name != QLatin1String("timetable.changed") || !m_document->versionId()
                    || idOf(data, "versionId") != m_document->versionId() || m_document->isLoading())
                    return;
                if (m_document->isModified())
                    m_message->showInfo(tr("Someone else changed this timetable; saving will check "
                                           "your changes against theirs."));
                else
                    m_document->reload();
            });
}

void TimetablePage::buildToolbars()
{
    m_yearCombo->setObjectName(QStringLiteral("yearCombo"));
    m_yearCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_yearCombo->setMinimumContentsLength(9);
    m_versionCombo->setObjectName(QStringLiteral("versionCombo"));
    m_versionCombo->setMinimumWidth(260);
    m_viewCombo->setObjectName(QStringLiteral("viewCombo"));
    m_viewCombo->addItems({tr("Class"), tr("Teacher"), tr("Room")});
    m_targetCombo->setObjectName(QStringLiteral("targetCombo"));
    m_targetCombo->setEditable(true);
    m_targetCombo->setInsertPolicy(QComboBox::NoInsert);
    m_targetCombo->setMinimumWidth(240);
    m_targetCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_targetCombo->completer()->setFilterMode(Qt::MatchContains);
    m_targetCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    auto *create = new QPushButton(tr("&New version…"), m_versionTools);
    create->setObjectName(QStringLiteral("newVersion"));
    auto *edit = new QPushButton(tr("Re&name…"), m_versionTools);
    edit->setToolTip(tr("Rename the version or move its start"));
    auto *remove = new QPushButton(tr("&Delete version"), m_versionTools);
    remove->setObjectName(QStringLiteral("deleteVersion"));
    auto *fet = new QPushButton(tr("Import from FET…"), m_versionTools);
    fet->setObjectName(QStringLiteral("importFet"));
    auto *tools = new QHBoxLayout(m_versionTools);
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(create);
    tools->addWidget(edit);
    tools->addWidget(remove);
    tools->addWidget(fet);
    m_versionTools->setVisible(m_canManage);
    connect(create, &QPushButton::clicked, this, &TimetablePage::createVersion);
    connect(edit, &QPushButton::clicked, this, &TimetablePage::editVersion);
    connect(remove, &QPushButton::clicked, this, &TimetablePage::deleteVersion);
    connect(fet, &QPushButton::clicked, this, &TimetablePage::importFet);

    m_print->setText(tr("&Print"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setPopupMode(QToolButton::InstantPopup);
    m_print->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_print);
    menu->addAction(tr("Preview and print…"), this, [this] { printTo(Preview); });
    menu->addAction(tr("Print…"), QKeySequence::Print, this, [this] { printTo(Print); });
    menu->addAction(tr("Save as PDF…"), this, [this] { printTo(Pdf); });
    menu->addSeparator();
    menu->addAction(tr("All classes to one PDF…"), this, [this] { printTo(AllClassesPdf); });
    m_print->setMenu(menu);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setToolTip(tr("Reload the timetable (F5)"));

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save the changes (Ctrl+S); the server checks them again"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Undo the last change (Ctrl+Z)"));
    m_forbiddenMode->setObjectName(QStringLiteral("forbiddenButton"));
    m_forbiddenMode->setCheckable(true);
    m_forbiddenMode->setToolTip(tr("Mark the hours the teacher cannot teach: click cells or press Space"));
    m_state->setObjectName(QStringLiteral("stateLabel"));
    for (QWidget *w : {static_cast<QWidget *>(m_save), static_cast<QWidget *>(m_undo),
                       static_cast<QWidget *>(m_forbiddenMode)})
        w->setVisible(m_canManage);

    auto *first = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_yearCombo);
    auto *versionLabel = new QLabel(tr("V&ersion:"), this);
    versionLabel->setBuddy(m_versionCombo);
    first->addWidget(yearLabel);
    first->addWidget(m_yearCombo);
    first->addSpacing(8);
    first->addWidget(versionLabel);
    first->addWidget(m_versionCombo);
    first->addStretch(1);
    first->addWidget(m_print);
    first->addWidget(refresh);
    // The version's buttons get a row of their own so that the page fits a 1366-pixel screen.
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_versionTools);
    versionRow->addStretch(1);

    auto *second = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_viewCombo);
    second->addWidget(showLabel);
    second->addWidget(m_viewCombo);
    second->addWidget(m_targetCombo);
    second->addWidget(m_forbiddenMode);
    second->addStretch(1);
    second->addWidget(m_state);
    second->addWidget(m_undo);
    second->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addWidget(makeHeader(
        tr("Timetable"),
        m_canManage ? tr("Place the load into the week, move lessons, choose rooms. Conflicts "
                         "show on the cells in red; nothing is stored until you save.")
                    : tr("The weekly timetable of classes, teachers and rooms."),
        this));
    layout->addLayout(first);
    layout->addLayout(versionRow);
    layout->addLayout(second);

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_yearCombo->currentData().toLongLong() == m_yearId)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_yearCombo);
            m_yearCombo->setCurrentIndex(m_yearCombo->findData(m_yearId));
            return;
        }
        loadYear();
    });
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_versionCombo->currentData().toLongLong() == m_document->versionId())
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_versionCombo);
            m_versionCombo->setCurrentIndex(m_versionCombo->findData(m_document->versionId()));
            return;
        }
        showVersion();
    });
    connect(m_viewCombo, &QComboBox::currentIndexChanged, this, &TimetablePage::fillTargets);
    connect(m_targetCombo, &QComboBox::activated, this, &TimetablePage::targetChosen);
    connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &TimetablePage::targetChosen);
    connect(refresh, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            loadYear();
    });
    connect(m_save, &QPushButton::clicked, this, [this] { saveChanges(); });
    connect(m_undo, &QPushButton::clicked, m_document, &TimetableDocument::undo);
    connect(m_forbiddenMode, &QPushButton::toggled, m_grid, &TimetableGridModel::setForbiddenMode);
    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Refresh, [refresh] { refresh->click(); });
    if (m_canManage) {
        shortcut(QKeySequence::Undo, [this] { m_document->undo(); });
        shortcut(QKeySequence::Save, [this] { saveChanges(); });
    }
}

void TimetablePage::activate()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_staff) {
        showStudentWeek();
        return;
    }
    if (!m_canManage && rolesGrant(m_connection->session().roles, Capability::JournalWrite))
        m_connection->request(QStringLiteral("timetable.forTeacher"), {}, this, [this](const Reply &reply) {
            if (!reply.ok())
                return;
            m_ownStaffId = idOf(reply.result.toMap(), "staffId");
            if (m_viewCombo->currentIndex() != 1 && !m_teachers.isEmpty())
                showView(1, m_ownStaffId);
        });
    loadYears();
}

void TimetablePage::showStudentWeek()
{
    for (QWidget *w : {static_cast<QWidget *>(m_yearCombo), static_cast<QWidget *>(m_versionCombo),
                       static_cast<QWidget *>(m_viewCombo), static_cast<QWidget *>(m_targetCombo)})
        w->setEnabled(false);
    m_connection->request(QStringLiteral("timetable.forStudent"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        const QCborMap week = reply.result.toMap();
        const QCborMap version = week.value(QLatin1String("version")).toMap();
        if (version.isEmpty()) {
            m_message->showInfo(tr("No timetable is in force yet."));
            return;
        }
        m_versionCombo->addItem(versionLabel(version), idOf(version));
        m_targetCombo->addItem(week.value(QLatin1String("className")).toString());
        m_document->showWeek(version, week.value(QLatin1String("entries")).toArray());
        m_grid->setView(TimetableGridModel::View::Class, idOf(week, "classId"));
    });
}

void TimetablePage::loadYears()
{
    m_connection->request(QStringLiteral("years.list"), {}, this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_years = reply.result.toArray();
        qint64 chosen = 0;
        const QSignalBlocker blocker(m_yearCombo);
        m_yearCombo->clear();
        for (const QCborValue &value : std::as_const(m_years)) {
            const QCborMap year = value.toMap();
            m_yearCombo->addItem(year.value(QLatin1String("name")).toString(), idOf(year));
            if (chosen == 0 || year.value(QLatin1String("state")).toString() == QLatin1String("active"))
                chosen = idOf(year);
        }
        m_yearCombo->setCurrentIndex(qMax(0, m_yearCombo->findData(chosen)));
        if (m_years.isEmpty()) {
            m_message->showInfo(tr("There is no school year yet."));
            return;
        }
        loadYear();
    });
}

void TimetablePage::loadYear()
{
    m_yearId = m_yearCombo->currentData().toLongLong();
    m_yearClosed = false;
    for (const QCborValue &value : std::as_const(m_years))
        if (idOf(value.toMap()) == m_yearId)
            m_yearClosed = value.toMap().value(QLatin1String("state")).toString() == QLatin1String("closed");
    m_document->setCanEdit(m_canManage && !m_yearClosed);
    m_view->setEditable(m_canManage && !m_yearClosed);
    const QCborMap year{{QStringLiteral("academicYearId"), m_yearId}};
    m_connection->request(QStringLiteral("rooms.list"), {}, this, [this](const Reply &reply) {
        QList<TimetableRoom> rooms;
        for (const QCborValue &value : reply.result.toArray()) {
            const QCborMap r = value.toMap();
            rooms.append(TimetableRoom{idOf(r), r.value(QLatin1String("name")).toString(),
                                       int(r.value(QLatin1String("capacity")).toInteger())});
        }
        m_document->setRooms(rooms);
        if (m_viewCombo->currentIndex() == 2)
            fillTargets();
    });
    m_connection->request(QStringLiteral("bells.list"), year, this, [this](const Reply &reply) {
        QMap<int, QMap<int, QString>> bells;
        for (const QCborValue &value : reply.result.toArray()) {
            const QCborMap b = value.toMap();
            bells[int(b.value(QLatin1String("shift")).toInteger())]
                 [int(b.value(QLatin1String("lessonNo")).toInteger())] =
                QStringLiteral("%1–%2").arg(b.value(QLatin1String("startsAt")).toString(),
                                            b.value(QLatin1String("endsAt")).toString());
        }
        m_grid->setBells(bells);
    });
    m_connection->request(QStringLiteral("classes.list"), year, this, [this](const Reply &reply) {
        m_classes = reply.result.toArray();
        QHash<qint64, int> shifts;
        QHash<qint64, qint64> rooms;
        for (const QCborValue &value : std::as_const(m_classes)) {
            const QCborMap c = value.toMap();
            shifts.insert(idOf(c), int(c.value(QLatin1String("shift")).toInteger()));
            rooms.insert(idOf(c), idOf(c, "roomId"));
            m_classStudents.insert(idOf(c), int(c.value(QLatin1String("studentCount")).toInteger()));
        }
        m_grid->setClasses(shifts, rooms);
        if (m_viewCombo->currentIndex() == 0)
            fillTargets();
    });
    m_connection->request(QStringLiteral("load.list"), year, this, [this](const Reply &reply) {
        m_teachers.clear();
        for (const QCborValue &value : reply.result.toMap().value(QLatin1String("totals")).toArray()) {
            const QCborMap t = value.toMap();
            m_teachers.append({idOf(t, "staffId"), t.value(QLatin1String("teacherName")).toString()});
        }
        if (m_ownStaffId != 0 && m_viewCombo->currentIndex() != 1)
            showView(1, m_ownStaffId);
        else if (m_viewCombo->currentIndex() == 1)
            fillTargets();
    });
    loadVersions(0);
}

void TimetablePage::loadVersions(qint64 select)
{
    m_connection->request(QStringLiteral("timetable.versions"),
                          {{QStringLiteral("academicYearId"), m_yearId}}, this,
                          [this, select](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            return;
        }
        m_versions = reply.result.toArray();
        // The version to show: the one asked for, else the one in force today, else the first.
        qint64 chosen = select;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        for (const QCborValue &value : std::as_const(m_versions)) {
            const QCborMap v = value.toMap();
            if (select == 0 && (chosen == 0 || v.value(QLatin1String("validFrom")).toString() <= today))
                chosen = idOf(v);
        }
        {
            const QSignalBlocker blocker(m_versionCombo);
            m_versionCombo->clear();
            for (const QCborValue &value : std::as_const(m_versions))
                m_versionCombo->addItem(versionLabel(value.toMap()), idOf(value.toMap()));
            m_versionCombo->setCurrentIndex(m_versionCombo->findData(chosen));
        }
        if (m_versions.isEmpty())
            m_message->showInfo(m_canManage ? tr("The year has no timetable yet: create a version "
                                                 "to start.")
                                            : tr("The year has no timetable yet."));
        showVersion();
    });
}

void TimetablePage::showVersion()
{
    m_grid->setCut({});
    m_document->load(m_versionCombo->currentData().toLongLong());
}

void TimetablePage::fillTargets()
{
    const int kind = m_viewCombo->currentIndex();
    const qint64 keep = m_grid->view() == TimetableGridModel::View(kind) ? m_grid->viewId() : 0;
    {
        const QSignalBlocker blocker(m_targetCombo);
        m_targetCombo->clear();
        if (kind == 0)
            for (const QCborValue &value : std::as_const(m_classes))
                m_targetCombo->addItem(value.toMap().value(QLatin1String("name")).toString(),
                                       idOf(value.toMap()));
        else if (kind == 1)
            for (const auto &teacher : std::as_const(m_teachers))
                m_targetCombo->addItem(teacher.second, teacher.first);
        else
            for (const TimetableRoom &room : m_document->rooms())
                m_targetCombo->addItem(room.name, room.id);
        const qint64 want = keep != 0 ? keep : (kind == 1 ? m_ownStaffId : 0);
        m_targetCombo->setCurrentIndex(qMax(0, m_targetCombo->findData(want)));
    }
    targetChosen();
}

void TimetablePage::targetChosen()
{
    const int kind = m_viewCombo->currentIndex();
    const qint64 id = m_targetCombo->currentData().toLongLong();
    if (id == 0 || (m_grid->view() == TimetableGridModel::View(kind) && m_grid->viewId() == id))
        return;
    m_forbiddenMode->setChecked(false);
    m_grid->setView(TimetableGridModel::View(kind), id);
    m_forbiddenMode->setVisible(m_canManage && kind == 1);
    loadForbidden();
    refreshLoad();
}

void TimetablePage::showView(int kind, qint64 id)
{
    {
        const QSignalBlocker blocker(m_viewCombo);
        m_viewCombo->setCurrentIndex(kind);
    }
    m_grid->setView(TimetableGridModel::View(kind == 0 ? 1 : 0), 0);  // forces the switch
    {
        const QSignalBlocker blocker(m_targetCombo);
        m_targetCombo->clear();
    }
    fillTargets();
    const int index = m_targetCombo->findData(id);
    if (index >= 0)
        m_targetCombo->setCurrentIndex(index);
}

void TimetablePage::loadForbidden()
{
    if (m_grid->view() != TimetableGridModel::View::Teacher)
        return;
    m_forbidden.send(QStringLiteral("timetable.unavailability"), {{QStringLiteral("staffId"), m_grid->viewId()}},
                     [this](const Reply &reply) {
        if (!reply.ok())
            return;
        QSet<QPair<int, int>> cells;
        for (const QCborValue &value : reply.result.toMap().value(QLatin1String("slots")).toArray())
            cells.insert({int(value.toMap().value(QLatin1String("weekday")).toInteger()),
                          int(value.toMap().value(QLatin1String("lessonNo")).toInteger())});
        m_grid->setForbidden(cells);
    });
}

void TimetablePage::saveForbidden()
{
    QCborArray cells;
    for (const auto &slot : m_grid->forbidden())
        cells.append(QCborMap{{QStringLiteral("weekday"), slot.first}, {QStringLiteral("lessonNo"), slot.second}});
    m_connection->request(QStringLiteral("timetable.setUnavailability"),
                          {{QStringLiteral("staffId"), m_grid->viewId()}, {QStringLiteral("slots"), cells}},
                          this, [this](const Reply &reply) {
        if (!reply.ok()) {
            m_message->showError(ErrorText::forReply(reply));
            loadForbidden();
            return;
        }
        m_message->showInfo(tr("The teacher's forbidden slots are saved."));
        m_document->check();
    });
}

void TimetablePage::refreshLoad()
{
    if (!m_canManage)
        return;
    const qint64 keep = m_loadTable->currentRecord().value(QLatin1String("assignmentId")).toInteger();
    const int row = m_loadTable->view()->currentIndex().row();
    const auto view = m_grid->view();
    const qint64 id = m_grid->viewId();
    m_loadModel->fill(*m_document, [view, id](qint64 staffId, qint64 classId) {
        if (view == TimetableGridModel::View::Class)
            return classId == id;
        if (view == TimetableGridModel::View::Teacher)
            return staffId == id;
        return true;
    });
    if (keep != 0 && m_loadModel->rowOf(keep, QStringLiteral("assignmentId")) >= 0)
        m_loadTable->selectId(keep, QStringLiteral("assignmentId"));
    else if (m_loadTable->view()->model()->rowCount() > 0)
        m_loadTable->view()->setCurrentIndex(
            m_loadTable->view()->model()->index(qBound(0, row, m_loadTable->view()->model()->rowCount() - 1), 0));
}

void TimetablePage::refreshConflicts()
{
    QCborArray rows;
    const QList<TimetableConflict> &conflicts = m_document->conflicts();
    for (int i = 0; i < conflicts.size(); ++i) {
        const TimetableConflict &c = conflicts.at(i);
        rows.append(QCborMap{{QStringLiteral("index"), i},
                             {QStringLiteral("severity"), c.severity},
                             {QStringLiteral("where"), TimetableText::slot(c.weekday, c.lessonNo)},
                             {QStringLiteral("reason"), TimetableText::reason(c)}});
    }
    m_conflictsModel->setRows(rows);
    refreshState();
}

void TimetablePage::refreshState()
{
    int errors = 0;
    for (const TimetableConflict &c : m_document->conflicts())
        errors += c.severity == QLatin1String("error") ? 1 : 0;
    QStringList parts;
    if (m_document->isModified())
        parts << tr("<b>Not saved:</b> %n change(s)", "", m_document->changeCount());
    if (errors > 0)
        parts << tr("<span style=\"color:#c62828\">%n conflict(s)</span>", "", errors);
    m_state->setText(parts.join(QStringLiteral(" · ")));
    m_save->setEnabled(m_document->isModified());
    m_undo->setEnabled(m_document->canUndo());
    m_versionCombo->setToolTip(m_document->isModified() ? tr("The version has unsaved changes") : QString());
}

void TimetablePage::placeCurrentLoad(const QModelIndex &cell)
{
    const qint64 load = m_loadTable->currentRecord().value(QLatin1String("assignmentId")).toInteger();
    if (load == 0) {
        m_message->showInfo(tr("Choose a lesson in the list «Load to place» first."));
        return;
    }
    m_grid->placeLoad(load, cell);
}

void TimetablePage::goToConflict(int row)
{
    if (row < 0 || row >= m_document->conflicts().size())
        return;
    const TimetableConflict &c = m_document->conflicts().at(row);
    const TimetableEntry *entry = nullptr;
    for (qint64 id : c.entryIds)
        if (!entry)
            entry = m_document->entry(id);
    if (entry && !m_grid->shows(*entry)) {
        const TimetableLoad load = m_document->loadOf(entry->assignmentId);
        if (c.code == QLatin1String("teacher_busy") || c.code == QLatin1String("teacher_unavailable")
            || load.classId == 0)
            showView(1, load.staffId);
        else if (c.code == QLatin1String("room_busy"))
            showView(2, entry->roomId);
        else
            showView(0, load.classId);
    }
    const QModelIndex cell = entry ? m_grid->cellAt(entry->weekday, entry->lessonNo)
                                   : m_grid->cellAt(c.weekday, c.lessonNo);
    if (cell.isValid()) {
        m_view->setCurrentIndex(cell);
        m_view->scrollTo(cell);
        m_view->setFocus();
    }
}

void TimetablePage::cellMenu(const QModelIndex &cell, const QPoint &globalPos)
{
    if (!m_document->canEdit() || m_grid->forbiddenMode())
        return;
    QMenu menu(this);
    const QList<qint64> ids = m_grid->entriesOf(cell);
    for (qint64 id : ids) {
        const TimetableEntry *e = m_document->entry(id);
        const TimetableLoad load = m_document->loadOf(e->assignmentId);
        QMenu *target = &menu;
        if (ids.size() > 1)
            target = menu.addMenu(QStringLiteral("%1, %2").arg(load.subjectName, load.targetName));
        target->addAction(tr("Room…"), this, [this, id] { chooseRoom(id); });
        QMenu *weeks = target->addMenu(tr("Weeks"));
        for (int parity = 0; parity <= 2; ++parity) {
            QAction *action = weeks->addAction(parity == 0 ? tr("Every week") : TimetableText::parity(parity),
                                               this, [this, id, parity] { m_document->setParity(id, parity); });
            action->setCheckable(true);
            action->setChecked(e->weekParity == parity);
        }
    }
    if (!ids.isEmpty()) {
        menu.addSeparator();
        menu.addAction(tr("Cut (to move)"), QKeySequence::Cut, this, [this, ids] { m_grid->setCut(ids); });
    }
    if (!m_grid->cut().isEmpty())
        menu.addAction(tr("Move here"), QKeySequence::Paste, this, [this, cell] {
            const QList<qint64> cut = m_grid->cut();
            m_grid->setCut({});
            m_grid->moveEntries(cut, cell);
        });
    const qint64 load = m_loadTable->currentRecord().value(QLatin1String("assignmentId")).toInteger();
    if (load != 0) {
        const TimetableLoad l = m_document->loadOf(load);
        menu.addAction(tr("Place %1, %2 here").arg(l.subjectName, l.targetName), this,
                       [this, load, cell] { m_grid->placeLoad(load, cell); });
    }
    if (!ids.isEmpty())
        menu.addAction(tr("Delete"), QKeySequence::Delete, this, [this, cell] { m_grid->removeCell(cell); });
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

void TimetablePage::chooseRoom(qint64 entryId)
{
    const TimetableEntry *e = m_document->entry(entryId);
    if (!e)
        return;
    const TimetableLoad load = m_document->loadOf(e->assignmentId);
    TimetableRoomDialog dialog(*m_document, entryId, load.groupId == 0 ? m_classStudents.value(load.classId) : 0,
                               this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenRoom() < 0)
        return;
    if (dialog.chosenRoom() != e->roomId)
        m_document->setRoom(entryId, dialog.chosenRoom());
}

void TimetablePage::saveChanges(const QStringList &accept)
{
    if (!m_document->isModified())
        return;
    m_message->clearMessage();
    m_document->save(accept);
}

void TimetablePage::saveRefused(const QList<TimetableConflict> &blocking, const QStringList &acceptable,
                                bool onlyWarnings)
{
    if (onlyWarnings) {
        auto *dialog = new TimetableWarningsDialog(blocking, acceptable, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] { saveChanges(dialog->accepted()); });
        dialog->open();
        return;
    }
    QStringList reasons;
    for (const TimetableConflict &c : blocking)
        if (c.severity == QLatin1String("error") && reasons.size() < 3)
            reasons << QStringLiteral("%1: %2").arg(TimetableText::slot(c.weekday, c.lessonNo),
                                                    TimetableText::reason(c));
    m_message->showError(tr("The timetable was not saved: the changes cause conflicts. Resolve them "
                            "(the list on the right) and save again.\n%1").arg(reasons.join(QLatin1Char('\n'))));
}

void TimetablePage::createVersion()
{
    if (m_yearId == 0 || !confirmDiscard())
        return;
    QDate start = QDate::currentDate();
    for (const QCborValue &value : std::as_const(m_years))
        if (idOf(value.toMap()) == m_yearId && m_versions.isEmpty())
            start = QDate::fromString(value.toMap().value(QLatin1String("startsOn")).toString(), Qt::ISODate);
    TimetableVersionDialog dialog(m_connection, m_yearId, m_versions, start, this);
    connect(&dialog, &TimetableVersionDialog::saved, this, [this](const QCborMap &v) {
        m_message->showInfo(tr("The version «%1» is created.").arg(v.value(QLatin1String("name")).toString()));
        loadVersions(idOf(v));
    });
    dialog.exec();
}

void TimetablePage::editVersion()
{
    const qint64 id = m_document->versionId();
    for (const QCborValue &value : std::as_const(m_versions)) {
        if (idOf(value.toMap()) != id)
            continue;
        TimetableVersionDialog dialog(m_connection, value.toMap(), this);
        connect(&dialog, &TimetableVersionDialog::saved, this, [this, id] {
            const QSignalBlocker blocker(m_versionCombo);
            m_connection->request(QStringLiteral("timetable.versions"),
                                  {{QStringLiteral("academicYearId"), m_yearId}}, this,
                                  [this, id](const Reply &reply) {
                if (!reply.ok())
                    return;
                m_versions = reply.result.toArray();
                const QSignalBlocker blocker(m_versionCombo);
                m_versionCombo->clear();
                for (const QCborValue &v : std::as_const(m_versions))
                    m_versionCombo->addItem(versionLabel(v.toMap()), idOf(v.toMap()));
                m_versionCombo->setCurrentIndex(m_versionCombo->findData(id));
            });
        });
        dialog.exec();
        return;
    }
}

void TimetablePage::deleteVersion()
{
    const qint64 id = m_document->versionId();
    if (id == 0)
        return;
    const QString name = m_versionCombo->currentText();
    if (QMessageBox::question(this, tr("Delete version"),
                              tr("Delete the timetable version «%1» with all its lessons in the "
                                 "week grid? This cannot be undone.").arg(name))
        != QMessageBox::Yes)
        return;
    m_connection->request(QStringLiteral("timetable.deleteVersion"), {{QStringLiteral("id"), id}}, this,
                          [this, name](const Reply &reply) {
        if (!reply.ok()) {
            const QString reason = reply.error.details.value(QLatin1String("id")).toString();
            m_message->showError(reason.contains(QLatin1String("dated lessons"))
                                     ? tr("The version cannot be deleted: dated lessons of the journal "
                                          "were generated from it (%1).").arg(reason.section(QLatin1Char(' '), 0, 0))
                                     : ErrorText::forReply(reply));
            return;
        }
        m_message->showInfo(tr("The version «%1» is deleted.").arg(name));
        loadVersions(0);
    });
}

void TimetablePage::importFet()
{
    if (m_yearId == 0 || !confirmDiscard())
        return;
    auto *wizard = new FetImportWizard(m_connection, m_yearId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FetImportWizard::imported, this, [this](qint64 versionId) {
        m_message->showInfo(tr("The timetable from FET is imported as a new version."));
        loadVersions(versionId);
    });
    wizard->open();
}

QString TimetablePage::viewTitle() const
{
    const QString name = m_targetCombo->currentText();
    switch (m_grid->view()) {
    case TimetableGridModel::View::Class:
        return tr("class %1").arg(name);
    case TimetableGridModel::View::Teacher:
        return tr("teacher %1").arg(name);
    case TimetableGridModel::View::Room:
        return tr("room %1").arg(name);
    }
    return name;
}

PrintDocument TimetablePage::currentPrint() const
{
    PrintDocument doc = TimetablePrint::document(tr("Timetable: %1").arg(viewTitle()),
                                                 m_connection->session().school);
    TimetablePrint::addPage(doc, *m_grid, viewTitle(), m_document->version());
    return doc;
}

PrintDocument TimetablePage::allClassesPrint() const
{
    PrintDocument doc = TimetablePrint::document(tr("Timetable of all classes"),
                                                 m_connection->session().school);
    TimetableGridModel model(m_document);
    model.setBells(m_grid->bells());
    model.setClasses(m_grid->classShifts(), {});
    for (const QCborValue &value : std::as_const(m_classes)) {
        const QCborMap c = value.toMap();
        model.setView(TimetableGridModel::View::Class, idOf(c));
        TimetablePrint::addPage(doc, model, tr("class %1").arg(c.value(QLatin1String("name")).toString()),
                                m_document->version());
    }
    return doc;
}

void TimetablePage::printTo(int output)
{
    if (m_document->versionId() == 0)
        return;
    if (output == AllClassesPdf) {
        const QString file = PrintOutput::savePdfAs(allClassesPrint(), tr("Timetable of all classes.pdf"), this);
        if (!file.isEmpty())
            m_message->showInfo(tr("Saved to %1.").arg(file));
        return;
    }
    const PrintDocument doc = currentPrint();
    if (output == Preview)
        PrintOutput::preview(doc, this);
    else if (output == Print)
        PrintOutput::print(doc, this);
    else if (const QString file = PrintOutput::savePdfAs(doc, tr("Timetable %1.pdf").arg(m_targetCombo->currentText()), this);
             !file.isEmpty())
        m_message->showInfo(tr("Saved to %1.").arg(file));
}

bool TimetablePage::confirmDiscard()
{
    if (!m_document->isModified())
        return true;
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("The timetable has %n unsaved change(s). Discard them?", "",
                                    m_document->changeCount()))
        == QMessageBox::Yes;
}

} // namespace ejournal::client
