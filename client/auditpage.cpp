// The audit log page.
#include "auditpage.h"

#include "auditmodel.h"
#include "audittext.h"
#include "displaytime.h"
#include "inlinemessage.h"
#include "tableviews.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ejournal::client {

AuditPage::AuditPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent),
      m_model(new AuditModel(connection, this)),
      m_filter(new QComboBox(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_count(new QLabel(this)),
      m_message(new InlineMessage(this)),
      m_view(new QTableView(this)),
      m_details(new QTextBrowser(this)),
      m_more(new QPushButton(tr("Load &older records"), this))
{
    m_filter->setObjectName(QStringLiteral("auditActionFilter"));
    m_filter->addItem(tr("All actions"), QString());
    for (const QString &action : AuditText::knownActions())
        m_filter->addItem(AuditText::action(action), action);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filterLabel = new QLabel(tr("&Action:"), this);
    filterLabel->setBuddy(m_filter);

    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(AuditModel::TimeColumn, 130);
    header->resizeSection(AuditModel::UserColumn, 130);
    header->resizeSection(AuditModel::ActionColumn, 250);
    header->resizeSection(AuditModel::ObjectColumn, 150);

    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a record to see what changed."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_more->setObjectName(QStringLiteral("loadMoreAudit"));
    m_more->setEnabled(false);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(filterLabel);
    toolbar->addWidget(m_filter);
    toolbar->addWidget(m_refresh);
    toolbar->addStretch(1);
    toolbar->addWidget(m_count);

    auto *footer = new QHBoxLayout;
    footer->addStretch(1);
    footer->addWidget(m_more);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("Audit log"),
                                 tr("Every change to the school's data: who made it, when and "
                                    "from which computer. Records cannot be edited or deleted."),
                                 this));
    layout->addLayout(toolbar);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setActionFilter(m_filter->currentData().toString()); });
    connect(m_refresh, &QPushButton::clicked, m_model, &AuditModel::refresh);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, m_model, &AuditModel::refresh);
    connect(m_more, &QPushButton::clicked, m_model, &AuditModel::loadMore);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetails);
    connect(m_model, &AuditModel::modelReset, this, &AuditPage::showDetails);
    connect(m_model, &AuditModel::loaded, this, &AuditPage::updateFooter);
    connect(m_model, &AuditModel::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading);
        if (loading)
            m_message->clearMessage();
        updateFooter();
    });
    connect(m_model, &AuditModel::failed, m_message, &InlineMessage::showError);
}

void AuditPage::activate()
{
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        m_model->refresh();
    }
}

void AuditPage::updateFooter()
{
    m_count->setText(tr("%n record(s) shown", nullptr, m_model->rowCount()));
    m_more->setEnabled(m_model->canLoadMore() && !m_model->isLoading());
    m_more->setText(m_model->canLoadMore() || m_model->isLoading() ? tr("Load &older records")
                                                                   : tr("All records are shown"));
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditEvent &e = m_model->event(current.row());
    QString html = QStringLiteral("<p><b>%1</b> — %2<br>%3</p>")
                       .arg(AuditText::action(e.action).toHtmlEscaped(),
                            AuditText::object(e.entity, e.entityId).toHtmlEscaped(),
                            tr("%1, user: %2, computer: %3")
                                .arg(displayDateTime(e.at),
                                     e.login.isEmpty() ? tr("system") : e.login,
                                     e.address.isEmpty() ? tr("unknown") : e.address)
                                .toHtmlEscaped());
    if (!e.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Reason: %1").arg(e.reason).toHtmlEscaped());
    const QList<FieldChange> changes = AuditText::changes(e.entity, e.before, e.after);
    if (changes.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No data was recorded for this action.")
                                                          .toHtmlEscaped());
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='4' border='1' "
                               "style='border-collapse: collapse; border-color: #c8c8c8'>"
                               "<tr><th align='left'>%1</th><th align='left'>%2</th>"
                               "<th align='left'>%3</th></tr>")
                    .arg(tr("Field").toHtmlEscaped(), tr("Before").toHtmlEscaped(),
                         tr("After").toHtmlEscaped());
        for (const FieldChange &c : changes)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(c.field.toHtmlEscaped(),
                             (c.before.isEmpty() ? QStringLiteral("—") : c.before).toHtmlEscaped(),
                             (c.after.isEmpty() ? QStringLiteral("—") : c.after).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

} // namespace ejournal::client
