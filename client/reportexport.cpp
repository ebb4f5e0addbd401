// The report as CSV (";"-separated, UTF-8 with a byte-order mark or Windows-1251), and the
// texts every output shares (reportexport_p.h).
#include "reportexport.h"

#include "reportexport_p.h"

#include <QDir>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <algorithm>

namespace ejournal::client {

using reports::Result;
using reports::ValueType;

namespace reportoutput {

bool isNumeric(ValueType type)
{
    return type == ValueType::Integer || type == ValueType::Number || type == ValueType::Percent;
}

QStringList captions(const Result &result)
{
    QStringList texts;
    for (const reports::ResultColumn &column : result.columns)
        texts.append(reports::columnCaption(result, column));
    return texts;
}

QStringList rowTexts(const Result &result, const QVariantList &row, bool total)
{
    QStringList texts;
    for (int i = 0; i < result.columns.size(); ++i)
        texts.append(reports::cellText(result.columns.at(i), i < row.size() ? row.at(i) : QVariant()));
    if (total && result.dimensions > 0 && !texts.isEmpty())
        texts.first() = ReportExport::tr("Total");
    return texts;
}

QString truncatedNote(int rows)
{
    return ReportExport::tr("Only the first %n rows are here: the report's row limit was reached.",
                            "", rows);
}

QString cannotWrite(const QString &fileName)
{
    return ReportExport::tr("Could not write the file %1. Check that the folder exists and "
                            "that you may write to it.").arg(QDir::toNativeSeparators(fileName));
}

} // namespace reportoutput

namespace {

const char kWindows1251[] = "windows-1251";

QString csvField(const QString &text)
{
    static const QList<QChar> special = {u';', u'"', u'\n', u'\r'};
    const bool quote = std::any_of(special.cbegin(), special.cend(),
                                   [&](QChar c) { return text.contains(c); })
        || text != text.trimmed();
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields)
        quoted.append(csvField(field));
    return quoted.join(QLatin1Char(';')) + QLatin1String("\r\n");
}

// The characters Windows-1251 has above ASCII (Cyrillic, «», №, dashes, …); all in the BMP.
const QSet<QChar> &windows1251Letters()
{
    static const QSet<QChar> letters = [] {
        QByteArray high;
        for (int byte = 0x80; byte <= 0xFF; ++byte)
            high.append(char(byte));
        const QString decoded = QStringDecoder(kWindows1251).decode(high);
        QSet<QChar> set(decoded.cbegin(), decoded.cend());
        set.remove(QChar::ReplacementCharacter);
        return set;
    }();
    return letters;
}

// Windows-1251 bytes of the text; a character the code page lacks becomes "?".
QByteArray toWindows1251(const QString &text)
{
    QString known;
    known.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        const bool encodable = c < 0x80 || (c <= 0xFFFF && windows1251Letters().contains(QChar(char16_t(c))));
        known.append(encodable ? QChar(char16_t(c)) : QChar(u'?'));
    }
    QStringEncoder encoder(kWindows1251);
    return encoder.encode(known);
}

} // namespace

QByteArray ReportExport::csv(const Result &result, CsvEncoding encoding)
{
    QString text = csvLine(reportoutput::captions(result));
    for (const QVariantList &row : result.rows)
        text += csvLine(reportoutput::rowTexts(result, row));
    if (result.total)
        text += csvLine(reportoutput::rowTexts(result, *result.total, true));
    if (encoding == CsvEncoding::Windows1251)
        return toWindows1251(text);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool ReportExport::writeCsv(const Result &result, CsvEncoding encoding, const QString &fileName,
                            QString *error)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && file.write(csv(result, encoding)) >= 0 && file.commit())
        return true;
    if (error)
        *error = reportoutput::cannotWrite(fileName);
    return false;
}

} // namespace ejournal::client
