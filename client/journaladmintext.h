// Texts of the journal settings page: the names of mark scales and of what a late correction
// changed, and a correction's before / after as the journal shows it (marks with their kind
// of work, attendance as н, б, у, оп; final marks; the lesson card's fields).
#pragma once

#include <QCoreApplication>
#include <QCborValue>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ejournal::client {

class JournalAdminText
{
    Q_DECLARE_TR_FUNCTIONS(JournalAdminText)
public:
    // "five" → "5-point (2–5)", …
    static QString scaleName(const QString &scale);
    static QStringList scales();  // five, ten, pass
    // "cell" → "Mark or attendance", …
    static QString whatName(const QString &what);
    // before / after of corrections.list; `kinds` maps work type ids to short names.
    static QString contents(const QString &what, const QCborValue &value,
                            const QHash<qint64, QString> &kinds);
};

} // namespace ejournal::client
