// The reports page: the list, running with parameters, the result, and the designer.
#include "reportspage.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "reportsdesigner.h"
#include "reportsparamsdialog.h"
#include "reportsresultpanel.h"
#include "reportsversionsdialog.h"
#include "reporttemplates.h"
#include "serverconnection.h"
#include "uistyle.h"

#include <QCborArray>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ejournal::client {

using reports::Definition;

ReportsPage::ReportsPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent),
      m_connection(connection),
      m_list(new ReportsList(this)),
      m_stack(new QStackedWidget(this)),
      m_designer(new ReportsDesigner(connection, this))
{
    auto *browse = new QWidget(this);
    auto *splitter = new QSplitter(Qt::Horizontal, browse);
    m_list->setMinimumWidth(220);
    splitter->addWidget(m_list);
    splitter->addWidget(buildRunView());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 800});
    splitter->setChildrenCollapsible(false);
    auto *browseLayout = new QVBoxLayout(browse);
    browseLayout->setContentsMargins(0, 0, 0, 0);
    browseLayout->addWidget(buildToolbar());
    browseLayout->addWidget(splitter, 1);
    m_stack->addWidget(browse);
    m_stack->addWidget(m_designer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("Reports"),
                                 tr("Standard reports on marks, attendance and the keeping of "
                                    "journals, and reports of your own made in the designer. "
                                    "Run a report, choose its parameters, export it to Excel or PDF."),
                                 this));
    layout->addWidget(m_stack, 1);

    const auto key = [browse](const QKeySequence &keys, auto slot, QObject *receiver) {
        auto *shortcut = new QShortcut(keys, browse);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(shortcut, &QShortcut::activated, receiver, slot);
    };
    key(QKeySequence(Qt::Key_F5), [this] { runSelected(); }, this);
    key(QKeySequence(Qt::Key_Insert), [this] { newReport(); }, this);
    key(QKeySequence::New, [this] { newReport(); }, this);
    key(QKeySequence(Qt::Key_F2), [this] { editSelected(); }, this);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list->tree());
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ReportsPage::deleteSelected);

    connect(m_list, &ReportsList::activated, this, &ReportsPage::runSelected);
    connect(m_list, &ReportsList::currentChanged, this, &ReportsPage::updateButtons);
    connect(m_designer, &ReportsDesigner::saved, this,
            [this](qint64 id) { loadList(QStringLiteral("r:%1").arg(id)); });
    connect(m_designer, &ReportsDesigner::closeRequested, this, &ReportsPage::closeDesigner);
    connect(m_undo, &QPushButton::clicked, this, &ReportsPage::undoDelete);
    updateButtons();
}

QWidget *ReportsPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    m_run = new QPushButton(tr("&Run"), bar);
    m_run->setObjectName(QStringLiteral("runReport"));
    m_run->setToolTip(tr("Run the selected report (Return, F5)"));
    m_new = new QPushButton(tr("&New report"), bar);
    m_new->setObjectName(QStringLiteral("newReport"));
    m_new->setToolTip(tr("Make a report of your own in the designer (Insert, Ctrl+N)"));
    m_edit = new QPushButton(tr("&Edit"), bar);
    m_edit->setObjectName(QStringLiteral("editReport"));
    m_delete = new QPushButton(tr("&Delete"), bar);
    m_delete->setObjectName(QStringLiteral("deleteReport"));
    m_delete->setToolTip(tr("Delete the selected report (Delete)"));
    m_share = new QPushButton(tr("&Share with the school"), bar);
    m_share->setObjectName(QStringLiteral("shareReport"));
    m_versions = new QPushButton(tr("&Versions…"), bar);
    m_versions->setObjectName(QStringLiteral("reportVersions"));
    m_versions->setToolTip(tr("Earlier versions of the report; open one to restore it"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *button : {m_run, m_new, m_edit, m_delete, m_share, m_versions})
        layout->addWidget(button);
    layout->addStretch(1);
    connect(m_run, &QPushButton::clicked, this, &ReportsPage::runSelected);
    connect(m_new, &QPushButton::clicked, this, &ReportsPage::newReport);
    connect(m_edit, &QPushButton::clicked, this, &ReportsPage::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &ReportsPage::deleteSelected);
    connect(m_share, &QPushButton::clicked, this, &ReportsPage::toggleShare);
    connect(m_versions, &QPushButton::clicked, this, &ReportsPage::showVersions);
    return bar;
}

QWidget *ReportsPage::buildRunView()
{
    auto *view = new QWidget(this);
    m_reportTitle = new QLabel(tr("Choose a report on the left and press Return to run it."), view);
    m_reportTitle->setObjectName(QStringLiteral("reportTitle"));
    m_reportTitle->setWordWrap(true);
    makeTitle(m_reportTitle, 1.2);
    m_reportDescription = new QLabel(view);
    m_reportDescription->setWordWrap(true);
    makeSecondary(m_reportDescription);
    m_paramsLine = new QLabel(view);
    m_paramsLine->setObjectName(QStringLiteral("reportParamsLine"));
    m_paramsLine->setWordWrap(true);
    m_rerun = new QPushButton(tr("Change &parameters…"), view);
    m_rerun->setObjectName(QStringLiteral("changeParams"));
    m_rerun->hide();
    m_message = new InlineMessage(view);
    m_message->setObjectName(QStringLiteral("reportsMessage"));
    m_undo = new QPushButton(tr("&Undo"), view);
    m_undo->setObjectName(QStringLiteral("undoDelete"));
    m_undo->hide();
    m_result = new ReportsResultPanel(true, view);
    m_result->setObjectName(QStringLiteral("reportResult"));
    auto *paramsRow = new QHBoxLayout;
    paramsRow->addWidget(m_paramsLine, 1);
    paramsRow->addWidget(m_rerun);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_reportTitle);
    layout->addWidget(m_reportDescription);
    layout->addLayout(paramsRow);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_undo, 0, Qt::AlignTop);
    layout->addLayout(messageRow);
    layout->addWidget(m_result, 1);
    connect(m_rerun, &QPushButton::clicked, this, [this] {
        if (m_shown)
            askParams(*m_shown, m_shownDefinition);
    });
    return view;
}

void ReportsPage::activate()
{
    m_pendingLoads = 3;
    loadList();
    loadSettings();
    loadOptions();
}

void ReportsPage::loadDone()
{
    m_pendingLoads = qMax(0, m_pendingLoads - 1);
}

void ReportsPage::loadList(const QString &selectKey)
{
    m_connection->request(QStringLiteral("reports.list"), {}, this, [this, selectKey](const Reply &reply) {
        loadDone();
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        m_list->setSaved(ReportsList::fromList(reply.result.toArray()));
        if (!selectKey.isEmpty())
            m_list->select(selectKey);
        updateButtons();
    });
}

void ReportsPage::loadSettings()
{
    m_connection->request(QStringLiteral("reports.settings"), {}, this, [this](const Reply &reply) {
        loadDone();
        const QCborMap settings = reply.result.toMap();
        m_mayShare = settings.value(QStringLiteral("mayShare")).toBool();
        m_mayManage = settings.value(QStringLiteral("mayManage")).toBool()
            || rolesGrant(m_connection->session().roles, Capability::ReportsManage);
        m_designer->setMayShare(m_mayShare);
        updateButtons();
    });
}

void ReportsPage::loadOptions()
{
    m_connection->request(QStringLiteral("reports.options"), {}, this, [this](const Reply &reply) {
        loadDone();
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        m_options = ReportOptions::fromCbor(reply.result.toMap());
        m_designer->setOptions(m_options);
    });
}

bool ReportsPage::isDesigning() const
{
    return m_stack->currentWidget() == m_designer;
}

bool ReportsPage::confirmLeave()
{
    return !isDesigning() || m_designer->confirmLeave();
}

void ReportsPage::updateButtons()
{
    const std::optional<ReportEntry> entry = m_list->current();
    const bool saved = entry && entry->kind == ReportEntry::Kind::Saved;
    const bool mine = saved && entry->mine;
    m_run->setEnabled(entry.has_value());
    m_edit->setEnabled(entry.has_value());
    m_edit->setText(!entry || mine ? tr("&Edit") : tr("&Edit a copy"));
    m_edit->setToolTip(mine ? tr("Change the report in the designer (F2)")
                            : tr("Make a report of your own from this one in the designer (F2)"));
    m_delete->setEnabled(saved && (mine || m_mayManage));
    m_share->setVisible(m_mayShare || m_mayManage);
    m_share->setEnabled(saved && ((mine && m_mayShare) || (entry->shared && m_mayManage)));
    m_share->setText(saved && entry->shared ? tr("Stop &sharing") : tr("&Share with the school"));
    m_versions->setEnabled(saved);
}

void ReportsPage::showFailure(const Reply &reply)
{
    m_message->showError(reply.isError(ErrorCode::Invalid)
                             ? tr("The report could not be run: %1").arg(reply.error.message)
                             : ErrorText::forReply(reply));
}

void ReportsPage::withDefinition(const ReportEntry &entry, std::optional<int> version,
                                 const DefinitionHandler &handler)
{
    if (entry.kind == ReportEntry::Kind::Template) {
        if (const reports::Template *report = reports::findTemplate(entry.templateKey))
            handler(report->definition, 0);
        return;
    }
    QCborMap params{{QStringLiteral("id"), entry.id}};
    if (version)
        params.insert(QStringLiteral("version"), *version);
    m_connection->request(QStringLiteral("reports.get"), params, this, [this, handler](const Reply &reply) {
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        const QCborMap report = reply.result.toMap();
        QString error;
        const std::optional<Definition> definition =
            Definition::fromCbor(report.value(QStringLiteral("definition")).toMap(), &error);
        if (!definition) {
            m_message->showError(tr("The report cannot be read: %1").arg(error));
            return;
        }
        handler(*definition, int(report.value(QStringLiteral("currentVersion")).toInteger()));
    });
}

void ReportsPage::runSelected()
{
    const std::optional<ReportEntry> entry = m_list->current();
    if (!entry || isDesigning())
        return;
    withDefinition(*entry, std::nullopt, [this, report = *entry](const Definition &definition, int) {
        askParams(report, definition);
    });
}

void ReportsPage::askParams(const ReportEntry &entry, const Definition &definition)
{
    if (definition.params().isEmpty()) {
        run(entry, definition, {}, {});
        return;
    }
    auto *dialog = new ReportsParamsDialog(definition, m_options, m_lastParams.value(entry.key()),
                                           entry.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, entry, definition] {
        run(entry, definition, dialog->values(), dialog->summary());
    });
    dialog->open();
}

void ReportsPage::run(const ReportEntry &entry, const Definition &definition, const QCborMap &params,
                      const QString &summary)
{
    m_shown = entry;
    m_shownDefinition = definition;
    m_lastParams.insert(entry.key(), params);
    m_reportTitle->setText(entry.name);
    m_reportDescription->setText(entry.description);
    m_reportDescription->setVisible(!entry.description.isEmpty());
    m_paramsLine->setText(summary);
    m_rerun->setVisible(!definition.params().isEmpty());
    m_result->clear();
    m_undo->hide();
    m_message->showInfo(tr("The report is being built…"));
    QCborMap request;
    if (entry.kind == ReportEntry::Kind::Template)
        request.insert(QStringLiteral("template"), entry.templateKey);
    else
        request.insert(QStringLiteral("id"), entry.id);
    if (!params.isEmpty())
        request.insert(QStringLiteral("params"), params);
    m_connection->request(QStringLiteral("reports.run"), request, this,
                          [this, entry, chart = definition.chart, summary](const Reply &reply) {
        if (!m_shown || m_shown->key() != entry.key())
            return;
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        m_result->showAnswer(reply, chart, entry.name, summary, m_connection->session().school,
                             m_message);
    });
}

void ReportsPage::newReport()
{
    if (isDesigning())
        return;
    m_designer->setOptions(m_options);
    m_designer->open(Definition(), {});
    m_stack->setCurrentWidget(m_designer);
}

void ReportsPage::editSelected()
{
    const std::optional<ReportEntry> entry = m_list->current();
    if (!entry || isDesigning())
        return;
    withDefinition(*entry, std::nullopt, [this, report = *entry](const Definition &definition, int version) {
        openDesigner(definition, report, !report.mine, version);
    });
}

void ReportsPage::openDesigner(const Definition &definition, const ReportEntry &entry, bool asCopy,
                               int version)
{
    ReportsDesigner::Saved saved;
    saved.description = entry.description;
    if (asCopy) {
        saved.name = tr("%1 (copy)").arg(entry.name);
    } else {
        saved.id = entry.id;
        saved.version = version;
        saved.name = entry.name;
        saved.shared = entry.shared;
    }
    m_designer->setOptions(m_options);
    m_designer->open(definition, saved);
    m_stack->setCurrentWidget(m_designer);
}

void ReportsPage::closeDesigner()
{
    m_stack->setCurrentIndex(0);
    m_list->setFocus();
}

void ReportsPage::deleteSelected()
{
    const std::optional<ReportEntry> entry = m_list->current();
    if (!entry || !m_delete->isEnabled() || isDesigning())
        return;
    auto *confirm = new QMessageBox(QMessageBox::NoIcon, tr("Delete the report"),
                                    tr("Delete the report «%1»? Colleagues it is shared with will "
                                       "no longer see it.").arg(entry->name),
                                    QMessageBox::NoButton, this);
    confirm->setObjectName(QStringLiteral("confirmDeleteReport"));
    QPushButton *yes = confirm->addButton(tr("Delete"), QMessageBox::AcceptRole);
    confirm->addButton(QMessageBox::Cancel);
    confirm->setDefaultButton(yes);
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, report = *entry] {
        withDefinition(report, std::nullopt, [this, report](const Definition &definition, int) {
            m_connection->request(QStringLiteral("reports.delete"), {{QStringLiteral("id"), report.id}},
                                  this, [this, report, definition](const Reply &reply) {
                if (!reply.ok()) {
                    showFailure(reply);
                    return;
                }
                m_deleted = Deleted{report.name, report.description, definition};
                m_message->showInfo(tr("The report «%1» is deleted.").arg(report.name));
                m_undo->show();
                loadList();
            });
        });
    });
    confirm->open();
}

void ReportsPage::undoDelete()
{
    if (!m_deleted)
        return;
    const Deleted deleted = *m_deleted;
    m_deleted.reset();
    m_undo->hide();
    m_connection->request(QStringLiteral("reports.save"),
                          {{QStringLiteral("name"), deleted.name},
                           {QStringLiteral("description"), deleted.description},
                           {QStringLiteral("definition"), deleted.definition.toCbor()}},
                          this, [this, name = deleted.name](const Reply &reply) {
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        m_message->showInfo(tr("The report «%1» is back.").arg(name));
        loadList(QStringLiteral("r:%1").arg(reply.result.toMap().value(QStringLiteral("id")).toInteger()));
    });
}

void ReportsPage::toggleShare()
{
    const std::optional<ReportEntry> entry = m_list->current();
    if (!entry || !m_share->isEnabled())
        return;
    const bool shared = !entry->shared;
    m_connection->request(QStringLiteral("reports.share"),
                          {{QStringLiteral("id"), entry->id}, {QStringLiteral("shared"), shared}}, this,
                          [this, report = *entry, shared](const Reply &reply) {
        if (!reply.ok()) {
            showFailure(reply);
            return;
        }
        m_message->showInfo(shared ? tr("«%1» is shared: colleagues see it under «Shared».").arg(report.name)
                                   : tr("«%1» is no longer shared.").arg(report.name));
        loadList(report.key());
    });
}

void ReportsPage::showVersions()
{
    const std::optional<ReportEntry> entry = m_list->current();
    if (!entry || entry->kind != ReportEntry::Kind::Saved)
        return;
    auto *dialog = new ReportsVersionsDialog(m_connection, entry->id, entry->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportsVersionsDialog::versionChosen, this, [this, report = *entry](int version) {
        withDefinition(report, version, [this, report](const Definition &definition, int current) {
            openDesigner(definition, report, !report.mine, current);
        });
    });
    dialog->open();
}

} // namespace ejournal::client
