// Russian wording of the year-closing checks and of one row of each.
#pragma once

#include <QCborMap>
#include <QCoreApplication>
#include <QString>

namespace ejournal::client {

class YearCloseText
{
    Q_DECLARE_TR_FUNCTIONS(YearCloseText)
public:
    // "Lessons without a topic" for "lessons_without_topic".
    static QString checkTitle(const QString &code);
    // What to do about it, for the tooltip.
    static QString checkHint(const QString &code);
    // One listed row: "05.10.2026, 1st lesson — 5А, Математика (Иванова М.)".
    static QString item(const QString &code, const QCborMap &row);
};

} // namespace ejournal::client
