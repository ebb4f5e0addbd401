// The open sessions page.
#include "sessionspage.h"

#include "inlinemessage.h"
#include "sessionsmodel.h"
#include "tableviews.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

SessionsPage::SessionsPage(ServerConnection *connection, QWidget *parent)
    : AreaPage(parent),
      m_model(new SessionsModel(connection, this)),
      m_view(new QTableView(this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_end(new QPushButton(tr("&End session"), this)),
      m_count(new QLabel(this)),
      m_message(new InlineMessage(this))
{
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_view->setModel(m_model);
    setUpListTable(m_view);
    m_view->horizontalHeader()->resizeSection(SessionsModel::NameColumn, 260);
    m_view->horizontalHeader()->resizeSection(SessionsModel::LoginColumn, 140);
    m_view->horizontalHeader()->resizeSection(SessionsModel::CreatedColumn, 150);
    m_view->horizontalHeader()->resizeSection(SessionsModel::LastSeenColumn, 170);

    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    m_refresh->setToolTip(tr("Reload the list (F5)"));
    m_end->setObjectName(QStringLiteral("endSession"));
    m_end->setToolTip(tr("Sign the selected user out on their computer (Delete)"));
    m_end->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    buttons->addWidget(m_count);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(makeHeader(tr("Sessions"),
                                 tr("Users signed in to the journal right now. Ending a session "
                                    "signs the user out at once; they can sign in again."),
                                 this));
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QPushButton::clicked, m_model, &SessionsModel::refresh);
    connect(m_end, &QPushButton::clicked, this, &SessionsPage::confirmEnd);
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    connect(refreshKey, &QShortcut::activated, m_model, &SessionsModel::refresh);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &SessionsPage::confirmEnd);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateButtons);
    connect(m_model, &SessionsModel::modelReset, this, &SessionsPage::updateButtons);
    connect(m_model, &SessionsModel::refreshed, this, &SessionsPage::updateCount);
    connect(m_model, &SessionsModel::loadingChanged, this, [this](bool loading) {
        m_refresh->setEnabled(!loading);
        if (loading)
            m_message->clearMessage();
    });
    connect(m_model, &SessionsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &SessionsModel::revoked, this, [this] {
        m_message->showInfo(tr("The session has been ended."));
    });
}

void SessionsPage::activate()
{
    m_model->refresh();
}

void SessionsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool own = !rows.isEmpty() && m_model->session(rows.first().row()).current;
    m_end->setEnabled(!rows.isEmpty() && !own);
    m_end->setToolTip(own ? tr("This is your own session: use File → Sign out instead.")
                          : tr("Sign the selected user out on their computer (Delete)"));
}

void SessionsPage::updateCount()
{
    m_count->setText(tr("%n open session(s)", nullptr, m_model->rowCount()));
}

void SessionsPage::confirmEnd()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_end->isEnabled())
        return;
    const SessionInfo session = m_model->session(rows.first().row());
    m_confirmation = new QMessageBox(QMessageBox::NoIcon, tr("End session"),
                                     tr("End the session of %1 (%2)? The user will be signed out "
                                        "at once.").arg(session.name, session.login),
                                     QMessageBox::NoButton, this);
    m_confirmation->setObjectName(QStringLiteral("confirmEndSession"));
    QPushButton *yes = m_confirmation->addButton(tr("End session"), QMessageBox::AcceptRole);
    m_confirmation->addButton(QMessageBox::Cancel);
    m_confirmation->setDefaultButton(yes);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, id = session.id] { m_model->revoke(id); });
    m_confirmation->open();
}

} // namespace ejournal::client
