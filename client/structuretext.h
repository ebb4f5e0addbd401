// How the «Учебный год» page shows the server's structure values: dates "YYYY-MM-DD" as
// dd.MM.yyyy, year states, period scheme kinds, subject components and holiday grades.
#pragma once

#include <QCborArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ejournal::client {

class StructureText
{
    Q_DECLARE_TR_FUNCTIONS(StructureText)
public:
    static QDate parseDate(const QString &iso);
    static QString isoDate(const QDate &date);
    // "2026-09-01" → "01.09.2026" (any text that is not a date is returned as is).
    static QString date(const QString &iso);
    // "01.09.2026 – 31.05.2027".
    static QString span(const QString &fromIso, const QString &toIso);
    // Every "YYYY-MM-DD" inside a text written as dd.MM.yyyy.
    static QString withLocalDates(QString text);

    static QString yearState(const QString &state);
    static QString schemeKind(const QString &kind);
    static QString component(const QString &component);
    // "все классы", "1 классы", "1–4 классы", "1, 5, 9 классы".
    static QString grades(const QCborArray &grades);
};

} // namespace ejournal::client
