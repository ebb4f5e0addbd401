// A report's chart (Qt Charts): bars, lines or a pie over a grouped result — categories are
// the rows (their dimension cells joined), series are the value columns (one per value and
// pivot column; a pie takes the first). The same chart is shown in the designer's preview and
// painted into the printed report.
#pragma once

#include "reportdefinition.h"
#include "reportresult.h"

#include <QChartView>

namespace ejournal::client {

// A new chart of the result (the caller owns it); nullptr when the result cannot be charted
// (a listing, no rows, no numeric value column, or ChartType::None).
QChart *buildReportChart(const reports::Result &result, reports::ChartType type,
                         const QString &title = {});

class ReportChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ReportChartView(QWidget *parent = nullptr);
    // Shows the chart of the result (or a short note why there is none).
    void setResult(const reports::Result &result, reports::ChartType type);
    bool hasChart() const { return m_hasChart; }

private:
    bool m_hasChart = false;
};

} // namespace ejournal::client
