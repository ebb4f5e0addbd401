// English phrases of the server (validation problems, FET import problems) put into the
// user's language: each known phrase is a pattern whose captures fill %1, %2 … of a
// translated template; ISO dates inside captures are shown as dd.MM.yyyy.
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace ejournal::client {

struct Phrase
{
    QRegularExpression pattern;  // anchored; each capture is one argument
    QString text;                // translated, with %1 … %n
};

// "^pattern$" from UTF-8 source text.
QRegularExpression anchored(const char *pattern);
// The first phrase that matches, filled in; `fallback` when none does.
QString translatePhrase(const QString &english, const QList<Phrase> &phrases,
                        const QString &fallback);
// "2026-09-21" → "21.09.2026" everywhere in the text.
QString localDates(QString text);

} // namespace ejournal::client
