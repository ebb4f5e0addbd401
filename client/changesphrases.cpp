// Translating the server's English phrases by patterns.
#include "changesphrases.h"

#include <QDate>

namespace ejournal::client {

QString localDates(QString text)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    return text.replace(iso, QStringLiteral("\\3.\\2.\\1"));
}

QRegularExpression anchored(const char *pattern)
{
    return QRegularExpression(QLatin1Char('^') + QString::fromUtf8(pattern) + QLatin1Char('$'));
}

QString translatePhrase(const QString &english, const QList<Phrase> &phrases,
                        const QString &fallback)
{
    for (const Phrase &phrase : phrases) {
        const QRegularExpressionMatch match = phrase.pattern.match(english);
        if (!match.hasMatch())
            continue;
        QString out = phrase.text;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            out = out.arg(localDates(match.captured(i)));
        return out;
    }
    return fallback;
}

} // namespace ejournal::client
