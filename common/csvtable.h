// A CSV reader for bulk imports (RFC 4180): finds the encoding (UTF-8 with or without a BOM,
// otherwise Windows-1251, as Russian Excel saves "CSV (разделители — точки с запятой)") and the
// delimiter (';' or ','), and splits records, quoted fields with "" escapes and line breaks
// included. It reports what it found; judging the contents is the importer's job.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ejournal {

struct CsvRecord
{
    int line = 0;  // the file line the record starts on, 1-based
    QStringList fields;
};

struct CsvTable
{
    QString encoding;  // "UTF-8" or "Windows-1251"
    bool bom = false;  // the file began with a UTF-8 byte order mark
    QChar delimiter;   // ';' or ','
    int headerLine = 0;  // 0 when the file holds no record at all
    QStringList header;
    QList<CsvRecord> records;  // the data records after the header; blank lines are skipped
    int unterminatedQuoteLine = 0;  // where a quoted field opens that never closes, 0 if none

    // Lines of the records whose number of fields differs from the header's.
    QList<int> raggedLines() const;

    static CsvTable parse(const QByteArray &data);
};

// Windows-1251 bytes as text (the one byte the code page leaves undefined becomes U+FFFD).
QString decodeWindows1251(const QByteArray &bytes);

} // namespace ejournal
