// Reading a CSV import file (common/csvtable) against the columns an import knows: every
// row's values by column and every problem found. Problems are worded in Russian, as the
// people who fix the file read them: "строка 7: Дата рождения «31.02.2015» — нет такой даты".
#pragma once

#include "csvtable.h"
#include "requestcontext.h"

#include <QDate>
#include <QHash>
#include <QStringList>

namespace ejournal::server::handlers::import {

// The text, or an empty (not null) string: the SQL layer binds a null QString as NULL.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

struct ImportRow
{
    int line = 0;                    // the file line the row starts on
    QHash<QString, QString> values;  // column title (as the import names it) → trimmed value
    QStringList problems;

    // The value; empty (never null: it may go into a NOT NULL column) when there is none.
    QString value(const QString &column) const { return nonNull(values.value(column)); }
    // Adds "строка N: <column> «<value>» — <what>".
    void problem(const QString &column, const QString &value, const QString &what);
    // Adds "строка N: <text>".
    void problem(const QString &text);
    // The value; an empty one adds "строка N: <column> — не заполнено".
    QString required(const QString &column);
    // A date written ДД.ММ.ГГГГ; an invalid QDate (with a problem unless the cell is empty)
    // otherwise.
    QDate date(const QString &column);
};

class Sheet
{
public:
    // Decodes and splits the file and matches its header to the import's columns (case, spaces
    // and ё/е do not matter). A missing required column, an unknown or repeated column, an
    // unclosed quote or an empty file is a problem of the whole file.
    Sheet(const QByteArray &data, const QStringList &columns, const QStringList &requiredColumns);

    QList<ImportRow> &rows() { return m_rows; }
    bool hasColumn(const QString &column) const { return m_columns.contains(column); }
    void addFileProblem(const QString &text) { m_fileProblems.append(text); }
    bool clean() const;

    // {columns, rows: [{line, values, problems}], okCount, problemCount, fileProblems,
    //  encoding, delimiter}
    QCborMap preview() const;
    // Throws `invalid` listing every problem unless the sheet is clean.
    void requireClean() const;

private:
    void matchHeader(const CsvTable &csv, const QStringList &columns,
                     const QStringList &requiredColumns);
    ImportRow readRow(const CsvRecord &record, int headerSize) const;

    QString m_encoding;
    QChar m_delimiter;
    QStringList m_columns;        // the import's titles in the file's order
    QList<int> m_fieldOfColumn;   // the field index of each of m_columns
    QList<int> m_untitledFields;  // fields under an empty title: they must stay empty
    QList<ImportRow> m_rows;
    QStringList m_fileProblems;
};

// Text folded for comparing names and titles: lower case, ё as е, single spaces.
QString fold(const QString &text);
// A date as ДД.ММ.ГГГГ.
QString russianDate(const QDate &date);
// The digits of a phone number in one form (+7 912 345-67-89, 8 (912) 3456789 → 79123456789).
QString phoneDigits(const QString &phone);
// Checks a phone number cell; adds a problem to the row when it does not look like one.
void checkPhone(ImportRow &row, const QString &column);

} // namespace ejournal::server::handlers::import
