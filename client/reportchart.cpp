// Building a report's chart (bars, lines or a pie) from a grouped result, and the view that
// shows it or says why there is none.
#include "reportchart.h"

#include "reportexport_p.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <cmath>

namespace ejournal::client {

using reports::ChartType;
using reports::Result;
using reports::ResultColumn;
using reports::ValueType;

namespace {

constexpr int kMaxCategories = 40;
constexpr int kMaxSeries = 12;
constexpr int kMaxUprightCategories = 10;
constexpr qreal kManyCategoriesPoints = 7;
constexpr int kMaxBarLabels = 24;       // value labels on bars up to this many bars
constexpr int kMaxPieLabels = 12;       // labels beside the slices up to this many slices

// The value columns to chart: numeric aggregates, one per value and pivot column; a pivot's
// total columns are left to the table (their sums would dwarf the other bars). When some are
// percentages (success, quality) only those are charted: counts and averages on the same
// 0–100 axis would be noise.
QList<int> seriesColumns(const Result &result)
{
    QList<int> columns;
    QList<int> percents;
    for (int i = result.dimensions; i < result.columns.size(); ++i) {
        const ResultColumn &column = result.columns.at(i);
        if (!column.aggregated || !reportoutput::isNumeric(column.type) || column.pivotTotal)
            continue;
        columns.append(i);
        if (column.type == ValueType::Percent)
            percents.append(i);
    }
    return percents.isEmpty() ? columns : percents;
}

QString categoryOf(const Result &result, const QVariantList &row)
{
    QStringList parts;
    for (int i = 0; i < result.dimensions && i < row.size(); ++i)
        parts.append(reports::cellText(result.columns.at(i), row.at(i)));
    const QString text = parts.join(QStringLiteral(" · "));
    return text.isEmpty() ? QCoreApplication::translate("ReportChart", "All rows") : text;
}

double numberOf(const QVariantList &row, int column)
{
    return column < row.size() ? row.at(column).toDouble() : 0;
}

// The value as the table shows it (two decimals, one for a percentage), so a bar's label
// matches its cell.
double shownNumber(const Result &result, const QVariantList &row, int column)
{
    const int decimals = result.columns.at(column).type == ValueType::Number ? 2
        : result.columns.at(column).type == ValueType::Percent                ? 1
                                                                               : 0;
    const double scale = std::pow(10.0, decimals);
    return std::round(numberOf(row, column) * scale) / scale;
}

// Twelve distinct colours, so that no two series look alike (the theme repeats after five).
QColor seriesColor(int index)
{
    static const QList<QColor> palette = {
        QColor(0x1f77b4), QColor(0xff7f0e), QColor(0x2ca02c), QColor(0xd62728),
        QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f),
        QColor(0xbcbd22), QColor(0x17becf), QColor(0x393b79), QColor(0xad494a)};
    return palette.at(index % palette.size());
}

struct ChartData
{
    QStringList categories;
    QList<int> columns;
    int rows = 0;     // rows of the result
};

ChartData chartData(const Result &result)
{
    ChartData data;
    data.rows = int(result.rows.size());
    data.columns = seriesColumns(result).mid(0, kMaxSeries);
    for (int i = 0; i < qMin(data.rows, kMaxCategories); ++i)
        data.categories.append(categoryOf(result, result.rows.at(i)));
    return data;
}

QString fullTitle(const QString &title, const ChartData &data)
{
    if (data.rows <= data.categories.size())
        return title;
    const QString note = QCoreApplication::translate("ReportChart", "the first %1 of %n rows", "",
                                                     data.rows)
                             .arg(data.categories.size());
    return title.isEmpty() ? note : QStringLiteral("%1 (%2)").arg(title, note);
}

// The value axis from 0 (or below, for negative values) with round steps; percentages end
// at 100.
QValueAxis *valueAxis(const Result &result, const ChartData &data)
{
    double low = 0;
    double high = 0;
    bool percents = true;
    for (const int column : data.columns) {
        percents = percents && result.columns.at(column).type == ValueType::Percent;
        for (int i = 0; i < data.categories.size(); ++i) {
            low = qMin(low, numberOf(result.rows.at(i), column));
            high = qMax(high, numberOf(result.rows.at(i), column));
        }
    }
    auto *axis = new QValueAxis;
    if (percents && low >= 0) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
    } else {
        axis->setRange(low, high > low ? high : low + 1);
        axis->applyNiceNumbers();
    }
    const qreal step = (axis->max() - axis->min()) / qMax(1, axis->tickCount() - 1);
    axis->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    return axis;
}

// Significant digits for bar labels ('g' format, trailing zeros dropped): the whole part of
// the largest value and two decimals, so 1234 stays 1234 and 4,33 keeps its decimals.
int labelPrecision(const Result &result, const ChartData &data)
{
    double largest = 1;
    for (const int column : data.columns)
        for (int i = 0; i < data.categories.size(); ++i)
            largest = qMax(largest, std::abs(numberOf(result.rows.at(i), column)));
    return int(std::floor(std::log10(largest))) + 3;
}

QBarCategoryAxis *categoryAxis(const ChartData &data)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(data.categories);
    if (data.categories.size() > kMaxUprightCategories) {
        // Many names are turned and smaller; Qt Charts would elide a turned label to "…"
        // when it is longer than its category is wide.
        axis->setLabelsAngle(-90);
        axis->setTruncateLabels(false);
        QFont small = axis->labelsFont();
        small.setPointSizeF(kManyCategoriesPoints);
        axis->setLabelsFont(small);
    }
    return axis;
}

void attachAxes(QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    series->attachAxis(x);
    series->attachAxis(y);
}

void addBars(QChart *chart, const Result &result, const ChartData &data)
{
    auto *series = new QBarSeries;
    for (const int column : data.columns) {
        auto *set = new QBarSet(reports::columnCaption(result, result.columns.at(column)));
        for (int i = 0; i < data.categories.size(); ++i)
            set->append(shownNumber(result, result.rows.at(i), column));
        set->setColor(seriesColor(int(series->count())));
        set->setLabelColor(Qt::black);
        series->append(set);
    }
    if (data.categories.size() * data.columns.size() <= kMaxBarLabels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(labelPrecision(result, data));
    }
    chart->addSeries(series);
    QAbstractAxis *x = categoryAxis(data);
    QValueAxis *y = valueAxis(result, data);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attachAxes(series, x, y);
}

void addLines(QChart *chart, const Result &result, const ChartData &data)
{
    QAbstractAxis *x = categoryAxis(data);
    QValueAxis *y = valueAxis(result, data);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const int column : data.columns) {
        auto *series = new QLineSeries;
        series->setName(reports::columnCaption(result, result.columns.at(column)));
        series->setPointsVisible(true);
        series->setPen(QPen(seriesColor(int(chart->series().size())), 2));
        for (int i = 0; i < data.categories.size(); ++i) {
            const QVariantList &row = result.rows.at(i);
            if (column < row.size() && row.at(column).isValid())
                series->append(i, row.at(column).toDouble());
        }
        chart->addSeries(series);
        attachAxes(series, x, y);
    }
}

// A pie of the first value column; rows without a positive value have no slice.
void addPie(QChart *chart, const Result &result, const ChartData &data)
{
    const int column = data.columns.first();
    const ResultColumn &value = result.columns.at(column);
    auto *series = new QPieSeries;
    series->setName(reports::columnCaption(result, value));
    for (int i = 0; i < data.categories.size(); ++i) {
        const QVariantList &row = result.rows.at(i);
        const double number = numberOf(row, column);
        if (number > 0)
            series->append(QStringLiteral("%1: %2").arg(data.categories.at(i),
                                                         reports::cellText(value, row.at(column))),
                           number);
    }
    // Few slices carry their labels; many are named in the legend instead.
    const bool labelled = series->count() <= kMaxPieLabels;
    series->setLabelsVisible(labelled);
    series->setPieSize(0.7);
    chart->addSeries(series);
    chart->legend()->setVisible(!labelled);
    chart->legend()->setAlignment(Qt::AlignRight);
    if (chart->title().isEmpty())
        chart->setTitle(series->name());  // what the slices measure
}

} // namespace

QChart *buildReportChart(const Result &result, ChartType type, const QString &title)
{
    if (type == ChartType::None || result.rows.isEmpty() || seriesColumns(result).isEmpty())
        return nullptr;
    const ChartData data = chartData(result);
    auto *chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale(QLocale::Russian, QLocale::Russia));
    chart->setTitle(fullTitle(title, data));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setVisible(true);
    // Several long series names fit better one under another than elided in one line.
    chart->legend()->setAlignment(data.columns.size() > 3 ? Qt::AlignRight : Qt::AlignBottom);
    switch (type) {
    case ChartType::Bar: addBars(chart, result, data); break;
    case ChartType::Line: addLines(chart, result, data); break;
    case ChartType::Pie: addPie(chart, result, data); break;
    case ChartType::None: break;
    }
    return chart;
}

ReportChartView::ReportChartView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void ReportChartView::setResult(const Result &result, ChartType type)
{
    QChart *chart = buildReportChart(result, type);
    m_hasChart = chart != nullptr;
    if (!chart) {
        chart = new QChart;
        chart->legend()->hide();
        chart->setTitle(type == ChartType::None
                            ? tr("No chart is chosen for this report.")
                            : tr("Nothing to chart: the report needs grouped rows and a numeric value."));
    }
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace ejournal::client
