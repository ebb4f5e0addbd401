// A report's result written to files staff open elsewhere: XLSX (libxlsxwriter — a real
// formatted sheet: title, parameters, bold frozen header, number formats, the total row in
// bold, widths to fit) and CSV (";"-separated, UTF-8 with a byte-order mark, or Windows-1251
// for old Excel). Column headers and cells are as the preview shows them (reportresult.h).
#pragma once

#include "reportresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ejournal::client {

enum class CsvEncoding { Utf8, Windows1251 };

class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    // `title` heads the sheet, `subtitle` (parameters, school, date) goes under it.
    static bool writeXlsx(const reports::Result &result, const QString &title,
                          const QString &subtitle, const QString &fileName, QString *error);
    static QByteArray csv(const reports::Result &result, CsvEncoding encoding);
    static bool writeCsv(const reports::Result &result, CsvEncoding encoding,
                         const QString &fileName, QString *error);
};

} // namespace ejournal::client
