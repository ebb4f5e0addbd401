// How audit records read to a person: actions and objects by name, and the before/after
// values as a list of changed fields with readable values.
#pragma once

#include <QCborValue>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ejournal::client {

struct FieldChange
{
    QString field;   // readable field name
    QString before;  // empty when the field did not exist before
    QString after;   // empty when the field no longer exists
};

class AuditText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
public:
    // The actions the audit log knows, in the order a filter lists them.
    static QStringList knownActions();
    // "Password change" for "user.password_change"; unknown actions are shown as they are.
    static QString action(const QString &action);
    // "Session No. 12" for ("session", "12").
    static QString object(const QString &entity, const QString &entityId);
    // The name of a field of an entity ("name" is a person's full name, a school's title).
    static QString field(const QString &entity, const QString &key);
    static QString value(const QString &key, const QCborValue &value);
    static QList<FieldChange> changes(const QString &entity, const QCborValue &before,
                                      const QCborValue &after);
    // One line: "Field: old → new; Field: new".
    static QString summary(const QList<FieldChange> &changes);
};

} // namespace ejournal::client
