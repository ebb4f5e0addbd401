// The list of a report's versions.
#include "reportsversionsdialog.h"

#include "displaytime.h"
#include "inlinemessage.h"
#include "recordstable.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

ReportsVersionsDialog::ReportsVersionsDialog(ServerConnection *connection, qint64 reportId,
                                             const QString &name, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportVersions"));
    setWindowTitle(tr("Versions of «%1»").arg(name));
    m_model = new RecordsModel(connection, {
        {QStringLiteral("version"), tr("Version"), {}, Qt::AlignRight | Qt::AlignVCenter},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("savedAt"), tr("Saved"),
         [](const QCborMap &row) {
             return displayDateTime(parseServerTime(row.value(QStringLiteral("savedAt")).toString()));
         }},
        {QStringLiteral("savedBy"), tr("Saved by"),
         [](const QCborMap &row) {
             return row.value(QStringLiteral("savedBy")).toMap().value(QStringLiteral("name")).toString();
         }},
    }, this);
    m_table = new RecordsTable(m_model, this);
    auto *message = new InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *open = buttons->addButton(tr("&Open in the designer"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openVersion"));
    auto *hint = new QLabel(tr("Open an earlier version and save it to make it the current one "
                               "again; the later versions stay in the list."), this);
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(620, 380);

    const auto choose = [this] {
        const QCborMap row = m_table->currentRecord();
        if (row.isEmpty())
            return;
        emit versionChosen(int(row.value(QStringLiteral("version")).toInteger()));
        accept();
    };
    connect(m_table, &RecordsTable::activated, this, choose);
    connect(open, &QPushButton::clicked, this, choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &RecordsModel::failed, message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->view()->selectRow(0);
        m_table->view()->setFocus();
    });
    m_model->load(QStringLiteral("reports.versions"), {{QStringLiteral("id"), reportId}});
}

} // namespace ejournal::client
