// The report as an Excel workbook (libxlsxwriter): the title and parameters above a table
// with a bold, bordered, frozen header; integers, decimals, percentages and dates as real
// numbers in their formats; the total row in bold; widths fitted to the texts; printed on A4
// to the page width with the header repeated.
#include "reportexport.h"

#include "reportexport_p.h"

#include <QDate>
#include <QFile>

#include <xlsxwriter.h>

#include <array>

namespace ejournal::client {

using reports::Result;
using reports::ResultColumn;
using reports::ValueType;

namespace {

constexpr int kMaxSheetName = 31;
constexpr int kMaxCellText = 32767;
constexpr double kMinWidth = 6;
constexpr double kMaxWidth = 60;
constexpr double kLineHeight = 15;  // points, Calibri 11
constexpr uint8_t kPaperA4 = 9;
constexpr lxw_color_t kBorderColor = 0xA6A6A6;
constexpr lxw_color_t kHeaderFill = 0xE7ECF3;
constexpr lxw_color_t kMutedText = 0x595959;

// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at the
// ends; "Report" when nothing is left.
QString sheetName(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (!QStringLiteral("[]:*?/\\").contains(c))
            name.append(c);
    }
    name = name.simplified();
    qsizetype end = 0;
    for (int letters = 0; end < name.size() && letters < kMaxSheetName; ++letters)
        end += name.at(end).isHighSurrogate() ? 2 : 1;
    name.truncate(end);
    while (name.startsWith(QLatin1Char('\'')) || name.endsWith(QLatin1Char('\'')))
        name = name.startsWith(QLatin1Char('\'')) ? name.mid(1) : name.chopped(1);
    name = name.trimmed();
    return name.isEmpty() ? ReportExport::tr("Report") : name;
}

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *note = nullptr;
    // By value type (Text, Integer, Number, Percent, Date), plain and bold (the total row).
    std::array<std::array<lxw_format *, 2>, 5> cell{};

    lxw_format *of(ValueType type, bool bold) const { return cell.at(int(type)).at(bold ? 1 : 0); }
};

lxw_format *tableFormat(lxw_workbook *workbook)
{
    lxw_format *format = workbook_add_format(workbook);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_border_color(format, kBorderColor);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
}

const char *numberFormat(ValueType type)
{
    switch (type) {
    case ValueType::Integer: return "0";
    case ValueType::Number: return "0.00";
    case ValueType::Percent: return "0.0%";
    case ValueType::Date: return "dd.mm.yyyy";
    case ValueType::Text: break;
    }
    return nullptr;
}

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.subtitle = workbook_add_format(workbook);
    format_set_font_color(f.subtitle, kMutedText);
    f.note = workbook_add_format(workbook);
    format_set_italic(f.note);
    format_set_font_color(f.note, kMutedText);
    f.header = tableFormat(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_pattern(f.header, LXW_PATTERN_SOLID);
    format_set_bg_color(f.header, kHeaderFill);
    for (const ValueType type : {ValueType::Text, ValueType::Integer, ValueType::Number,
                                 ValueType::Percent, ValueType::Date}) {
        for (const bool bold : {false, true}) {
            lxw_format *format = tableFormat(workbook);
            if (const char *number = numberFormat(type))
                format_set_num_format(format, number);
            if (bold)
                format_set_bold(format);
            f.cell.at(int(type)).at(bold ? 1 : 0) = format;
        }
    }
    return f;
}

// Writes one sheet and remembers the first error of a write.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *sheet, const Formats &formats) : m_sheet(sheet), m_formats(formats) {}

    lxw_error error() const { return m_error; }

    void text(int row, int column, const QString &text, lxw_format *format)
    {
        if (text.isEmpty()) {
            if (format)
                check(worksheet_write_blank(m_sheet, row, column, format));
            return;
        }
        check(worksheet_write_string(m_sheet, row, column, text.left(kMaxCellText).toUtf8().constData(),
                                     format));
    }

    // A cell of the table: a real number or date where the column has one.
    void cell(int row, int column, const ResultColumn &type, const QVariant &value, bool bold)
    {
        lxw_format *format = m_formats.of(type.type, bold);
        if (!value.isValid() || value.isNull()) {
            check(worksheet_write_blank(m_sheet, row, column, format));
            return;
        }
        switch (type.type) {
        case ValueType::Integer:
        case ValueType::Number:
            check(worksheet_write_number(m_sheet, row, column, value.toDouble(), format));
            return;
        case ValueType::Percent:
            check(worksheet_write_number(m_sheet, row, column, value.toDouble() / 100, format));
            return;
        case ValueType::Date:
            if (const QDate date = QDate::fromString(value.toString(), Qt::ISODate); date.isValid()) {
                lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0};
                check(worksheet_write_datetime(m_sheet, row, column, &when, format));
                return;
            }
            break;
        case ValueType::Text:
            break;
        }
        text(row, column, reports::cellText(type, value), format);
    }

    // A row of the table; the total row is bold and says "Total" in its first cell.
    void row(int row, const Result &result, const QVariantList &cells, bool total)
    {
        for (int i = 0; i < result.columns.size(); ++i)
            cell(row, i, result.columns.at(i), i < cells.size() ? cells.at(i) : QVariant(), total);
        if (total && result.dimensions > 0)
            text(row, 0, ReportExport::tr("Total"), m_formats.of(result.columns.first().type, true));
    }

    void check(lxw_error error)
    {
        if (m_error == LXW_NO_ERROR)
            m_error = error;
    }

private:
    lxw_worksheet *m_sheet;
    const Formats &m_formats;
    lxw_error m_error = LXW_NO_ERROR;
};

// How many lines a wrapped header text takes in a column `width` characters wide.
int wrappedLines(const QString &text, double width)
{
    int lines = 1;
    int used = 0;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const int length = int(word.size());
        if (used > 0 && used + 1 + length > width) {
            ++lines;
            used = length;
        } else {
            used += (used > 0 ? 1 : 0) + length;
        }
    }
    return lines;
}

// Widths in characters: the longest cell text, but at least the longest word of the header.
QList<double> columnWidths(const Result &result)
{
    const QStringList captions = reportoutput::captions(result);
    QList<double> widths;
    for (const QString &caption : captions) {
        qsizetype longestWord = 0;
        for (const QString &word : caption.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = qMax(longestWord, word.size());
        widths.append(double(qMax(longestWord, qMin<qsizetype>(caption.size(), 14))));
    }
    auto fit = [&](const QStringList &texts) {
        for (int i = 0; i < texts.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths.at(i), double(texts.at(i).size()));
    };
    for (const QVariantList &row : result.rows)
        fit(reportoutput::rowTexts(result, row));
    if (result.total)
        fit(reportoutput::rowTexts(result, *result.total, true));
    for (double &width : widths)
        width = qBound(kMinWidth, width + 2, kMaxWidth);
    return widths;
}

void writeHeader(lxw_worksheet *sheet, SheetWriter &writer, const Formats &formats,
                 const Result &result, int row)
{
    const QStringList captions = reportoutput::captions(result);
    const QList<double> widths = columnWidths(result);
    int lines = 1;
    for (int i = 0; i < captions.size(); ++i) {
        writer.check(worksheet_set_column(sheet, i, i, widths.at(i), nullptr));
        writer.text(row, i, captions.at(i), formats.header);
        lines = qMax(lines, wrappedLines(captions.at(i), widths.at(i) - 1));
    }
    writer.check(worksheet_set_row(sheet, row, kLineHeight * lines, nullptr));
}

// Printing: A4, landscape for wide tables, one page wide, the header on every page.
void pageSetup(lxw_worksheet *sheet, SheetWriter &writer, const Result &result, int headerRow)
{
    worksheet_set_paper(sheet, kPaperA4);
    if (result.columns.size() > 7)
        worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    writer.check(worksheet_repeat_rows(sheet, headerRow, headerRow));
}

} // namespace

bool ReportExport::writeXlsx(const Result &result, const QString &title, const QString &subtitle,
                             const QString &fileName, QString *error)
{
    lxw_workbook *workbook = workbook_new(QFile::encodeName(fileName).constData());
    if (!workbook) {
        if (error)
            *error = reportoutput::cannotWrite(fileName);
        return false;
    }
    const Formats formats = makeFormats(workbook);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(title).toUtf8().constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook, nullptr);
    SheetWriter writer(sheet, formats);
    int row = 0;
    writer.check(worksheet_set_row(sheet, row, 20, nullptr));
    writer.text(row++, 0, title, formats.title);
    for (const QString &line : subtitle.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        writer.text(row++, 0, line, formats.subtitle);
    const int headerRow = row + 1;
    writeHeader(sheet, writer, formats, result, headerRow);
    row = headerRow + 1;
    for (const QVariantList &cells : result.rows)
        writer.row(row++, result, cells, false);
    if (!result.columns.isEmpty() && !result.rows.isEmpty())
        writer.check(worksheet_autofilter(sheet, headerRow, 0, row - 1, result.columns.size() - 1));
    if (result.total)
        writer.row(row++, result, *result.total, true);
    if (result.truncated)
        writer.text(row + 1, 0, reportoutput::truncatedNote(int(result.rows.size())), formats.note);
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    pageSetup(sheet, writer, result, headerRow);

    const lxw_error closed = workbook_close(workbook);
    const lxw_error failed = writer.error() != LXW_NO_ERROR ? writer.error() : closed;
    if (failed == LXW_NO_ERROR)
        return true;
    if (error)
        *error = failed == LXW_ERROR_CREATING_XLSX_FILE
            ? reportoutput::cannotWrite(fileName)
            : tr("Could not write the file %1: %2.").arg(fileName, QString::fromUtf8(lxw_strerror(failed)));
    return false;
}

} // namespace ejournal::client
