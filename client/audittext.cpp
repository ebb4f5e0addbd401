// Readable wording of audit records.
#include "audittext.h"

#include "access.h"
#include "roletext.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::client {

QStringList AuditText::knownActions()
{
    return {QStringLiteral("auth.login"),          QStringLiteral("auth.login_failed"),
            QStringLiteral("auth.logout"),         QStringLiteral("user.create"),
            QStringLiteral("user.password_change"), QStringLiteral("session.revoke"),
            QStringLiteral("school.create")};
}

QString AuditText::action(const QString &action)
{
    if (action == QLatin1String("auth.login"))
        return tr("Sign-in");
    if (action == QLatin1String("auth.login_failed"))
        return tr("Failed sign-in attempt");
    if (action == QLatin1String("auth.logout"))
        return tr("Sign-out");
    if (action == QLatin1String("user.create"))
        return tr("User created");
    if (action == QLatin1String("user.password_change"))
        return tr("Password changed");
    if (action == QLatin1String("session.revoke"))
        return tr("Session ended by the administrator");
    if (action == QLatin1String("school.create"))
        return tr("School created");
    return action;
}

QString AuditText::object(const QString &entity, const QString &entityId)
{
    QString name;
    if (entity == QLatin1String("user"))
        name = tr("User");
    else if (entity == QLatin1String("session"))
        name = tr("Session");
    else if (entity == QLatin1String("school"))
        name = tr("School");
    else
        name = entity;
    return entityId.isEmpty() ? name : tr("%1 No. %2").arg(name, entityId);
}

QString AuditText::field(const QString &entity, const QString &key)
{
    if (key == QLatin1String("login"))
        return tr("Login");
    if (key == QLatin1String("name"))
        return entity == QLatin1String("user") ? tr("Full name") : tr("Name");
    if (key == QLatin1String("roles"))
        return tr("Roles");
    if (key == QLatin1String("mustChangePassword"))
        return tr("Password change required");
    if (key == QLatin1String("endedSessions"))
        return tr("Other sessions ended");
    if (key == QLatin1String("blocked"))
        return tr("Blocked");
    return key;
}

QString AuditText::value(const QString &key, const QCborValue &value)
{
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isNull() || value.isUndefined())
        return tr("(none)");
    if (value.isArray()) {
        QStringList items;
        for (const QCborValue &item : value.toArray()) {
            Role role;
            if (key == QLatin1String("roles") && roleFromName(item.toString(), &role))
                items.append(RoleText::name(role));
            else
                items.append(AuditText::value(key, item));
        }
        return items.isEmpty() ? tr("(none)") : items.join(QStringLiteral(", "));
    }
    if (value.isMap()) {
        QStringList parts;
        const QCborMap map = value.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QString sub = it.key().toString();
            parts.append(QStringLiteral("%1: %2").arg(field({}, sub), AuditText::value(sub, it.value())));
        }
        return parts.join(QStringLiteral("; "));
    }
    if (value.isInteger())
        return QString::number(value.toInteger());
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

QList<FieldChange> AuditText::changes(const QString &entity, const QCborValue &before,
                                      const QCborValue &after)
{
    QList<FieldChange> out;
    if (!before.isMap() && !after.isMap()) {
        const bool had = !before.isNull() && !before.isUndefined();
        const bool has = !after.isNull() && !after.isUndefined();
        if (had || has)
            out.append({tr("Value"), had ? value({}, before) : QString(),
                        has ? value({}, after) : QString()});
        return out;
    }
    const QCborMap was = before.toMap();
    const QCborMap now = after.toMap();
    auto describe = [&](const QString &key) {
        FieldChange change{field(entity, key), {}, {}};
        if (was.contains(key))
            change.before = value(key, was.value(key));
        if (now.contains(key))
            change.after = value(key, now.value(key));
        out.append(change);
    };
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        describe(it.key().toString());
    for (auto it = was.cbegin(); it != was.cend(); ++it)
        if (!now.contains(it.key()))
            describe(it.key().toString());
    return out;
}

QString AuditText::summary(const QList<FieldChange> &changes)
{
    QStringList parts;
    for (const FieldChange &c : changes) {
        if (c.before.isEmpty())
            parts.append(QStringLiteral("%1: %2").arg(c.field, c.after));
        else if (c.after.isEmpty())
            parts.append(tr("%1: %2 → removed").arg(c.field, c.before));
        else if (c.before == c.after)
            parts.append(QStringLiteral("%1: %2").arg(c.field, c.after));
        else
            parts.append(QStringLiteral("%1: %2 → %3").arg(c.field, c.before, c.after));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace ejournal::client
