// A report's result on screen: the table (total row in bold, numbers right-aligned) beside its
// chart, the number of rows and a note when the rows were cut off, and the exports — Excel,
// CSV (UTF-8 and Windows-1251), PDF, print and print preview.
#pragma once

#include "reportdefinition.h"
#include "reportresult.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ejournal::client {

class InlineMessage;
class InlineMessage;
struct Reply;
class ReportChartView;
class ReportsResultModel;

class ReportsResultPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Xlsx, CsvUtf8, CsvWindows1251, Pdf };

    // withExports: show the export and print buttons (the designer's preview has none).
    ReportsResultPanel(bool withExports, QWidget *parent = nullptr);

    // title and subtitle head the exports; schoolName heads the printed report.
    void setResult(const reports::Result &result, reports::ChartType chart, const QString &title,
                   const QString &subtitle, const QString &schoolName);
    void clear();
    bool hasResult() const { return m_hasResult; }
    // Shows the result of a successful reports.run answer; false (with the protocol error shown
    // in `message`) when the answer is malformed.
    bool showAnswer(const Reply &reply, reports::ChartType chart, const QString &title,
                    const QString &subtitle, const QString &schoolName, InlineMessage *message);

    // Writes the result to the file without asking; false with a readable reason.
    bool exportTo(Format format, const QString &fileName, QString *error) const;
    // The report's name and today's date, without characters a file name may not hold.
    QString suggestedFileName() const;

    ReportsResultModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    ReportChartView *chart() const { return m_chart; }
    QLabel *rowsLabel() const { return m_rows; }
    QPushButton *exportButton(Format format) const;

private:
    void addExportButtons(QHBoxLayout *layout);
    void exportAs(Format format);
    void print(bool preview);
    void showChartTab(bool shown);

    ReportsResultModel *m_model;
    QTableView *m_table;
    ReportChartView *m_chart;
    QTabWidget *m_views;
    QLabel *m_rows;
    QLabel *m_truncated;
    InlineMessage *m_message;
    QList<QPushButton *> m_exports;
    reports::ChartType m_chartType = reports::ChartType::None;
    QString m_title;
    QString m_subtitle;
    QString m_school;
    bool m_hasResult = false;
};

} // namespace ejournal::client
