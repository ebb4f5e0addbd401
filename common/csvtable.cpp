// A CSV reader for bulk imports: encoding and delimiter detection, RFC 4180 records.
#include "csvtable.h"

#include <QStringDecoder>

#include <algorithm>

namespace ejournal {

namespace {
// Windows-1251 bytes 0x80..0xBF; 0xC0..0xFF are А..я in order, below 0x80 is ASCII.
constexpr char16_t kCp1251High[64] = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
};

const QByteArray kUtf8Bom("\xEF\xBB\xBF");

// Decodes the bytes and fills in encoding and bom.
QString decode(const QByteArray &data, CsvTable &table)
{
    table.bom = data.startsWith(kUtf8Bom);
    const QByteArray body = table.bom ? data.mid(kUtf8Bom.size()) : data;
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(body);
    if (table.bom || !utf8.hasError()) {
        table.encoding = QStringLiteral("UTF-8");
        return text;
    }
    table.encoding = QStringLiteral("Windows-1251");
    return decodeWindows1251(body);
}

// ';' or ',', whichever occurs more often outside quotes on the first non-blank line
// (';' when neither does: a file of one column).
QChar detectDelimiter(const QString &text)
{
    int semicolons = 0;
    int commas = 0;
    bool quoted = false;
    bool seenText = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (seenText)
                break;
        } else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u',')
            ++commas;
        seenText = seenText || !c.isSpace();
    }
    return commas > semicolons ? QChar(u',') : QChar(u';');
}

bool isBlank(const CsvRecord &record)
{
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// Splits decoded text into records (RFC 4180; CR, LF and CRLF all end a line).
class Splitter
{
public:
    Splitter(const QString &text, QChar delimiter) : m_text(text), m_delimiter(delimiter) {}

    QList<CsvRecord> run(int *unterminatedQuoteLine)
    {
        m_record.line = 1;
        for (m_pos = 0; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (m_quoted)
                quotedChar(c);
            else if (c == u'"' && m_field.isEmpty())
                openQuote();
            else if (c == m_delimiter)
                endField();
            else if (c == u'\r' || c == u'\n')
                endLine(c);
            else
                m_field.append(c);
        }
        if (m_quoted)
            *unterminatedQuoteLine = m_quoteLine;
        if (!m_field.isEmpty() || !m_record.fields.isEmpty())
            endRecord();
        return m_records;
    }

private:
    bool crlfAt(qsizetype pos) const
    {
        return m_text.at(pos) == u'\r' && pos + 1 < m_text.size() && m_text.at(pos + 1) == u'\n';
    }

    void quotedChar(QChar c)
    {
        if (c == u'"') {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'"') {
                m_field.append(u'"');
                ++m_pos;
            } else {
                m_quoted = false;
            }
            return;
        }
        if (c == u'\r' || c == u'\n') {
            if (crlfAt(m_pos))
                ++m_pos;
            ++m_line;
            m_field.append(u'\n');
            return;
        }
        m_field.append(c);
    }

    void openQuote()
    {
        m_quoted = true;
        m_quoteLine = m_line;
    }

    void endField()
    {
        m_record.fields.append(m_field);
        m_field.clear();
    }

    void endRecord()
    {
        endField();
        if (!isBlank(m_record))
            m_records.append(m_record);
        m_record = {};
    }

    void endLine(QChar c)
    {
        if (c == u'\r' && crlfAt(m_pos))
            ++m_pos;
        endRecord();
        m_record.line = ++m_line;
    }

    const QString &m_text;
    const QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_quoted = false;
    int m_quoteLine = 0;
    QString m_field;
    CsvRecord m_record;
    QList<CsvRecord> m_records;
};
} // namespace

QString decodeWindows1251(const QByteArray &bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 0x80)
            out.append(QChar(b));
        else if (b < 0xC0)
            out.append(QChar(kCp1251High[b - 0x80]));
        else
            out.append(QChar(char16_t(0x0410 + (b - 0xC0))));
    }
    return out;
}

QList<int> CsvTable::raggedLines() const
{
    QList<int> out;
    for (const CsvRecord &record : records)
        if (record.fields.size() != header.size())
            out.append(record.line);
    return out;
}

CsvTable CsvTable::parse(const QByteArray &data)
{
    CsvTable table;
    const QString text = decode(data, table);
    table.delimiter = detectDelimiter(text);
    QList<CsvRecord> records = Splitter(text, table.delimiter).run(&table.unterminatedQuoteLine);
    if (records.isEmpty())
        return table;
    const CsvRecord header = records.takeFirst();
    table.headerLine = header.line;
    table.header = header.fields;
    table.records = std::move(records);
    return table;
}

} // namespace ejournal
