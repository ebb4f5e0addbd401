// The result of a report with its chart and exports.
#include "reportsresultpanel.h"

#include "errortext.h"
#include "inlinemessage.h"
#include "printoutput.h"
#include "reply.h"
#include "reportchart.h"
#include "reportdocument.h"
#include "reportexport.h"
#include "reportsresultmodel.h"
#include "tableviews.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ejournal::client {

namespace {
struct FormatSpec
{
    ReportsResultPanel::Format format;
    const char *name;
    const char *suffix;
    const char *filter;
};

const FormatSpec kFormats[] = {
    {ReportsResultPanel::Format::Xlsx, QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "Excel (XLSX)"),
     ".xlsx", QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "Excel workbook (*.xlsx)")},
    {ReportsResultPanel::Format::CsvUtf8, QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "CSV (UTF-8)"),
     ".csv", QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "CSV table (*.csv)")},
    {ReportsResultPanel::Format::CsvWindows1251,
     QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "CSV (Windows-1251)"), ".csv",
     QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "CSV table (*.csv)")},
    {ReportsResultPanel::Format::Pdf, QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "PDF"),
     ".pdf", QT_TRANSLATE_NOOP("ejournal::client::ReportsResultPanel", "PDF document (*.pdf)")},
};
} // namespace

ReportsResultPanel::ReportsResultPanel(bool withExports, QWidget *parent)
    : QWidget(parent),
      m_model(new ReportsResultModel(this)),
      m_table(new QTableView(this)),
      m_chart(new ReportChartView(this)),
      m_views(new QTabWidget(this)),
      m_rows(new QLabel(this)),
      m_truncated(new QLabel(this)),
      m_message(new InlineMessage(this))
{
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->verticalHeader()->show();
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    // The table and the chart each get the whole panel: a chart squeezed beside a wide table
    // is unreadable. Without a chart the tab bar goes away.
    m_views->setDocumentMode(true);
    m_views->addTab(m_table, tr("Table"));
    m_views->addTab(m_chart, tr("Chart"));
    m_rows->setObjectName(QStringLiteral("reportRows"));
    m_truncated->setObjectName(QStringLiteral("reportTruncated"));
    m_truncated->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_truncated->setText(tr("Only the first rows are shown: narrow the filters to see all."));
    m_truncated->hide();

    auto *status = new QHBoxLayout;
    status->addWidget(m_rows);
    status->addWidget(m_truncated, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (withExports) {
        auto *exports = new QHBoxLayout;
        addExportButtons(exports);
        layout->addLayout(exports);
        layout->addWidget(m_message);
    }
    layout->addWidget(m_views, 1);
    layout->addLayout(status);
    clear();
}

void ReportsResultPanel::addExportButtons(QHBoxLayout *layout)
{
    for (const FormatSpec &spec : kFormats) {
        auto *button = new QPushButton(tr(spec.name), this);
        button->setObjectName(QStringLiteral("export%1").arg(int(spec.format)));
        connect(button, &QPushButton::clicked, this, [this, f = spec.format] { exportAs(f); });
        layout->addWidget(button);
        m_exports.append(button);
    }
    auto *print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("printReport"));
    connect(print, &QPushButton::clicked, this, [this] { this->print(false); });
    auto *preview = new QPushButton(tr("Print preview"), this);
    preview->setObjectName(QStringLiteral("previewReport"));
    connect(preview, &QPushButton::clicked, this, [this] { this->print(true); });
    layout->addWidget(print);
    layout->addWidget(preview);
    m_exports << print << preview;
    layout->addStretch(1);
}

QPushButton *ReportsResultPanel::exportButton(Format format) const
{
    return m_exports.value(int(format));
}

void ReportsResultPanel::setResult(const reports::Result &result, reports::ChartType chart,
                                   const QString &title, const QString &subtitle,
                                   const QString &schoolName)
{
    m_hasResult = true;
    m_chartType = chart;
    m_title = title;
    m_subtitle = subtitle;
    m_school = schoolName;
    m_model->setResult(result);
    m_table->resizeColumnsToContents();
    m_chart->setResult(result, chart);
    showChartTab(chart != reports::ChartType::None);
    m_rows->setText(tr("%n row(s)", nullptr, int(result.rows.size())));
    m_truncated->setVisible(result.truncated);
    m_message->clearMessage();
    for (QPushButton *button : std::as_const(m_exports))
        button->setEnabled(true);
}

bool ReportsResultPanel::showAnswer(const Reply &reply, reports::ChartType chart,
                                    const QString &title, const QString &subtitle,
                                    const QString &schoolName, InlineMessage *message)
{
    QString error;
    const std::optional<reports::Result> result = reports::Result::fromCbor(reply.result.toMap(), &error);
    if (!result) {
        message->showError(ErrorText::protocolError());
        return false;
    }
    message->clearMessage();
    setResult(*result, chart, title, subtitle, schoolName);
    return true;
}

void ReportsResultPanel::showChartTab(bool shown)
{
    m_views->setTabVisible(1, shown);
    m_views->tabBar()->setVisible(shown);
    if (!shown)
        m_views->setCurrentIndex(0);
}

void ReportsResultPanel::clear()
{
    m_hasResult = false;
    m_model->clear();
    m_chart->setResult({}, reports::ChartType::None);
    showChartTab(false);
    m_rows->clear();
    m_truncated->hide();
    for (QPushButton *button : std::as_const(m_exports))
        button->setEnabled(false);
}

QString ReportsResultPanel::suggestedFileName() const
{
    QString name = m_title + QLatin1Char(' ') + QDate::currentDate().toString(QStringLiteral("dd.MM.yyyy"));
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return name;
}

bool ReportsResultPanel::exportTo(Format format, const QString &fileName, QString *error) const
{
    const reports::Result &result = m_model->result();
    switch (format) {
    case Format::Xlsx:
        return ReportExport::writeXlsx(result, m_title, m_subtitle, fileName, error);
    case Format::CsvUtf8:
        return ReportExport::writeCsv(result, CsvEncoding::Utf8, fileName, error);
    case Format::CsvWindows1251:
        return ReportExport::writeCsv(result, CsvEncoding::Windows1251, fileName, error);
    case Format::Pdf:
        return PrintOutput::writePdf(ReportDocument(result, m_title, m_subtitle, m_chartType, m_school),
                                     fileName, error);
    }
    return false;
}

void ReportsResultPanel::exportAs(Format format)
{
    const FormatSpec &spec = kFormats[int(format)];
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        QDir(folder).filePath(suggestedFileName() + QLatin1String(spec.suffix)), tr(spec.filter));
    if (fileName.isEmpty())
        return;
    QString error;
    if (exportTo(format, fileName, &error))
        m_message->showInfo(tr("Saved to %1.").arg(QDir::toNativeSeparators(fileName)));
    else
        m_message->showError(error);
}

void ReportsResultPanel::print(bool preview)
{
    const ReportDocument document(m_model->result(), m_title, m_subtitle, m_chartType, m_school);
    if (preview)
        PrintOutput::preview(document, this);
    else
        PrintOutput::print(document, this);
}

} // namespace ejournal::client
