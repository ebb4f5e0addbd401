// Russian names of the codes the people and classes methods return (group kinds, movement
// kinds, guardian relations), dates "dd.MM.yyyy", and the server's validation problems
// (`details` of an `invalid` error) as readable sentences.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace ejournal::client {

class PeopleText
{
    Q_DECLARE_TR_FUNCTIONS(PeopleText)
public:
    static QStringList groupKinds() { return {"subgroup", "stream", "elective", "individual"}; }
    static QString groupKind(const QString &kind);
    static QString movementKind(const QString &kind);
    static QStringList relations() { return {"mother", "father", "guardian", "other"}; }
    static QString relation(const QString &relation);
    static QString gender(const QString &gender);
    static QString yesNo(bool value);
    // "2026-09-01" → "01.09.2026"; empty for no date.
    static QString date(const QString &iso);
    // One problem of `details` in Russian (the server's own words when not known).
    static QString problem(const QString &reason);
};

// The date as the server expects it.
inline QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace ejournal::client
