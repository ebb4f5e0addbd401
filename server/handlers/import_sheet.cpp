// Reading a CSV import file against the columns an import knows, with problems in Russian.
#include "import_sheet.h"

#include <QCborArray>
#include <QRegularExpression>

namespace ejournal::server::handlers::import {

namespace {
QString headerKey(const QString &title)
{
    return fold(title).remove(u' ');
}

QString quoted(const QString &text)
{
    return QStringLiteral("«%1»").arg(text);
}
} // namespace

void ImportRow::problem(const QString &column, const QString &value, const QString &what)
{
    problem(QStringLiteral("%1 %2 — %3").arg(column, quoted(value), what));
}

void ImportRow::problem(const QString &text)
{
    problems.append(QStringLiteral("строка %1: %2").arg(line).arg(text));
}

QString ImportRow::required(const QString &column)
{
    const QString v = value(column);
    if (v.isEmpty())
        problem(QStringLiteral("%1 — не заполнено").arg(column));
    return v;
}

QDate ImportRow::date(const QString &column)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"));
    const QString v = value(column);
    if (v.isEmpty())
        return {};
    const QRegularExpressionMatch m = pattern.match(v);
    if (!m.hasMatch()) {
        problem(column, v, QStringLiteral("ожидается дата в виде ДД.ММ.ГГГГ"));
        return {};
    }
    const QDate date(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (!date.isValid())
        problem(column, v, QStringLiteral("нет такой даты"));
    return date;
}

Sheet::Sheet(const QByteArray &data, const QStringList &columns,
             const QStringList &requiredColumns)
{
    const CsvTable csv = CsvTable::parse(data);
    m_encoding = csv.encoding;
    m_delimiter = csv.delimiter;
    if (csv.headerLine == 0) {
        m_fileProblems.append(QStringLiteral("файл пуст: нет даже строки с названиями столбцов"));
        return;
    }
    if (csv.unterminatedQuoteLine)
        m_fileProblems.append(QStringLiteral("строка %1: кавычка открыта и не закрыта до конца"
                                             " файла").arg(csv.unterminatedQuoteLine));
    matchHeader(csv, columns, requiredColumns);
    if (csv.records.isEmpty())
        m_fileProblems.append(QStringLiteral("в файле нет строк с данными"));
    for (const CsvRecord &record : csv.records)
        m_rows.append(readRow(record, int(csv.header.size())));
}

void Sheet::matchHeader(const CsvTable &csv, const QStringList &columns,
                        const QStringList &requiredColumns)
{
    for (int i = 0; i < csv.header.size(); ++i) {
        const QString title = csv.header[i].trimmed();
        if (title.isEmpty()) {
            m_untitledFields.append(i);
            continue;
        }
        const auto known = std::find_if(columns.cbegin(), columns.cend(), [&](const QString &c) {
            return headerKey(c) == headerKey(title);
        });
        if (known == columns.cend())
            m_fileProblems.append(QStringLiteral("строка %1: столбец %2 не известен; столбцы этого"
                                                 " списка: %3")
                                      .arg(csv.headerLine).arg(quoted(title), columns.join(u", ")));
        else if (m_columns.contains(*known))
            m_fileProblems.append(QStringLiteral("строка %1: столбец %2 указан дважды")
                                      .arg(csv.headerLine).arg(quoted(*known)));
        else {
            m_columns.append(*known);
            m_fieldOfColumn.append(i);
        }
    }
    for (const QString &column : requiredColumns)
        if (!m_columns.contains(column))
            m_fileProblems.append(QStringLiteral("нет обязательного столбца %1").arg(quoted(column)));
}

ImportRow Sheet::readRow(const CsvRecord &record, int headerSize) const
{
    ImportRow row;
    row.line = record.line;
    for (int i = 0; i < m_columns.size(); ++i)
        row.values.insert(m_columns[i], record.fields.value(m_fieldOfColumn[i]).simplified());
    if (record.fields.size() != headerSize)
        row.problem(QStringLiteral("%1 значений вместо %2 — проверьте разделители и кавычки")
                        .arg(record.fields.size()).arg(headerSize));
    for (const int field : m_untitledFields)
        if (!record.fields.value(field).trimmed().isEmpty())
            row.problem(QStringLiteral("значение %1 в столбце без названия")
                            .arg(quoted(record.fields.value(field).trimmed())));
    return row;
}

bool Sheet::clean() const
{
    return m_fileProblems.isEmpty()
        && std::all_of(m_rows.cbegin(), m_rows.cend(),
                       [](const ImportRow &r) { return r.problems.isEmpty(); });
}

QCborMap Sheet::preview() const
{
    QCborArray rows;
    int ok = 0;
    for (const ImportRow &row : m_rows) {
        QCborMap values;
        for (const QString &column : m_columns)
            values.insert(column, row.value(column));
        rows.append(QCborMap{{QStringLiteral("line"), row.line},
                             {QStringLiteral("values"), values},
                             {QStringLiteral("problems"), QCborArray::fromStringList(row.problems)}});
        ok += row.problems.isEmpty() ? 1 : 0;
    }
    return QCborMap{{QStringLiteral("columns"), QCborArray::fromStringList(m_columns)},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("okCount"), ok},
                    {QStringLiteral("problemCount"), m_rows.size() - ok},
                    {QStringLiteral("fileProblems"), QCborArray::fromStringList(m_fileProblems)},
                    {QStringLiteral("encoding"), m_encoding},
                    {QStringLiteral("delimiter"), QString(m_delimiter)}};
}

void Sheet::requireClean() const
{
    if (clean())
        return;
    QCborArray rows;
    for (const ImportRow &row : m_rows)
        if (!row.problems.isEmpty())
            rows.append(QCborMap{{QStringLiteral("line"), row.line},
                                 {QStringLiteral("problems"),
                                  QCborArray::fromStringList(row.problems)}});
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the file has problems in %1 rows and %2 of the whole file;"
                              " nothing was imported").arg(rows.size()).arg(m_fileProblems.size()),
               {{QStringLiteral("data"), QStringLiteral("the file has problems")},
                {QStringLiteral("fileProblems"), QCborArray::fromStringList(m_fileProblems)},
                {QStringLiteral("rows"), rows}});
}

QString fold(const QString &text)
{
    return text.simplified().toLower().replace(u'ё', u'е');
}

QString russianDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd.MM.yyyy"));
}

QString phoneDigits(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(c);
    if (digits.size() == 11 && digits.startsWith(u'8'))
        digits[0] = u'7';
    else if (digits.size() == 10)
        digits.prepend(u'7');
    return digits;
}

void checkPhone(ImportRow &row, const QString &column)
{
    static const QRegularExpression allowed(QStringLiteral("^[+0-9() -]*$"));
    const QString phone = row.value(column);
    const qsizetype digits = phoneDigits(phone).size();
    if (!phone.isEmpty() && (!allowed.match(phone).hasMatch() || digits < 5 || digits > 15))
        row.problem(column, phone, QStringLiteral("не похоже на номер телефона"));
}

} // namespace ejournal::server::handlers::import
