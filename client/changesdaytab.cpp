// The day's changes tab.
#include "changesdaytab.h"

#include "changesdatebar.h"
#include "changessheet.h"
#include "changestext.h"
#include "inlinemessage.h"
#include "printoutput.h"
#include "recordstable.h"
#include "serverconnection.h"

#include <QCborArray>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
QList<RecordsModel::Column> columns()
{
    const auto text = [](const char *key) {
        return [key](const QCborMap &row) { return row.value(QLatin1String(key)).toString(); };
    };
    return {
        {QStringLiteral("lessonNo"), ChangesDayTab::tr("Lesson"), {}, Qt::AlignCenter},
        {QStringLiteral("class"), ChangesDayTab::tr("Class")},
        {QStringLiteral("subject"), ChangesDayTab::tr("Subject")},
        {QStringLiteral("kind"), ChangesDayTab::tr("Change"),
         [](const QCborMap &row) { return ChangesText::kindName(row.value(QLatin1String("kind")).toString()); }},
        {QStringLiteral("details"), ChangesDayTab::tr("What changes"), ChangesText::changeDetails},
        {QStringLiteral("teacher"), ChangesDayTab::tr("Teacher"), ChangesText::changeTeacher},
        {QStringLiteral("roomName"), ChangesDayTab::tr("Room"), text("roomName")},
        {QStringLiteral("reason"), ChangesDayTab::tr("Reason"), text("reason")},
    };
}
} // namespace

ChangesDayTab::ChangesDayTab(ServerConnection *connection, QWidget *parent)
    : QWidget(parent), m_connection(connection), m_dateBar(new ChangesDateBar(1, this)),
      m_model(new RecordsModel(connection, columns(), this)),
      m_table(new RecordsTable(m_model, this)), m_message(new InlineMessage(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("changesDayTab"));
    m_table->view()->setObjectName(QStringLiteral("dayChanges"));
    auto *preview = new QPushButton(tr("Pre&view…"), this);
    preview->setObjectName(QStringLiteral("previewSheet"));
    preview->setToolTip(tr("The sheet for the staff-room board as it will be printed"));
    auto *print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printSheet"));
    print->setShortcut(QKeySequence::Print);
    print->setToolTip(tr("Print the changes sheet (Ctrl+P)"));
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(QStringLiteral("pdfSheet"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_dateBar);
    bar->addStretch(1);
    bar->addWidget(m_count);
    bar->addSpacing(12);
    bar->addWidget(preview);
    bar->addWidget(print);
    bar->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_dateBar, &ChangesDateBar::dateChanged, this, &ChangesDayTab::reload);
    connect(preview, &QPushButton::clicked, this, [this] { PrintOutput::preview(sheet(), this); });
    connect(print, &QPushButton::clicked, this, [this] { PrintOutput::print(sheet(), this); });
    connect(pdf, &QPushButton::clicked, this, &ChangesDayTab::savePdf);
    connect(m_model, &RecordsModel::failed, m_message, &InlineMessage::showError);
    connect(m_model, &RecordsModel::loaded, this, [this] {
        m_message->clearMessage();
        const int n = m_model->rowCount();
        m_count->setText(n == 0 ? tr("No changes on this day") : tr("%n change(s)", nullptr, n));
        m_table->view()->resizeColumnsToContents();
    });
    connect(connection, &ServerConnection::eventReceived, this,
            [this](const QString &name, const QCborMap &) {
                if (name == QLatin1String("lesson.changed")
                    || name == QLatin1String("lessons.generated"))
                    reload();
            });
}

void ChangesDayTab::reload()
{
    m_model->load(QStringLiteral("changes.day"),
                  {{QStringLiteral("date"), ChangesText::isoDate(m_dateBar->date())}},
                  QStringLiteral("changes"));
}

PrintDocument ChangesDayTab::sheet() const
{
    QCborArray rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows.append(m_model->record(row));
    return ChangesSheet::document(m_dateBar->date(), rows, m_connection->session().school);
}

void ChangesDayTab::savePdf()
{
    const QString written =
        PrintOutput::savePdfAs(sheet(), ChangesSheet::fileName(m_dateBar->date()), this);
    if (!written.isEmpty())
        m_message->showInfo(tr("Saved: %1").arg(written));
}

} // namespace ejournal::client
