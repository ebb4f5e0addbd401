// Readable wording of audit records.
#include "audittext.h"

#include "access.h"
#include "roletext.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::client {

namespace {
struct Name
{
    const char *key;
    const char *text;  // English source, translated in the AuditText context
};
// Every action the server writes to the audit log, in the order the filter offers them.
constexpr Name kActions[] = {
    {"auth.login", QT_TRANSLATE_NOOP("AuditText", "Sign-in")},
    {"auth.login_failed", QT_TRANSLATE_NOOP("AuditText", "Failed sign-in attempt")},
    {"auth.logout", QT_TRANSLATE_NOOP("AuditText", "Sign-out")},
    {"user.create", QT_TRANSLATE_NOOP("AuditText", "User created")},
    {"user.password_change", QT_TRANSLATE_NOOP("AuditText", "Password changed")},
    {"session.revoke", QT_TRANSLATE_NOOP("AuditText", "Session ended by the administrator")},
    {"school.create", QT_TRANSLATE_NOOP("AuditText", "School created")},
    {"school.demo", QT_TRANSLATE_NOOP("AuditText", "Demo data filled in")},
    {"account.issue", QT_TRANSLATE_NOOP("AuditText", "Access issued")},
    {"account.resetPassword", QT_TRANSLATE_NOOP("AuditText", "Password reset")},
    {"account.block", QT_TRANSLATE_NOOP("AuditText", "Account blocked or unblocked")},
    {"account.roles", QT_TRANSLATE_NOOP("AuditText", "Roles changed")},
    {"import.students", QT_TRANSLATE_NOOP("AuditText", "Students imported")},
    {"import.staff", QT_TRANSLATE_NOOP("AuditText", "Staff imported")},
    {"year.create", QT_TRANSLATE_NOOP("AuditText", "Academic year created")},
    {"year.update", QT_TRANSLATE_NOOP("AuditText", "Academic year changed")},
    {"year.state", QT_TRANSLATE_NOOP("AuditText", "Academic year state changed")},
    {"periodScheme.create", QT_TRANSLATE_NOOP("AuditText", "Period scheme created")},
    {"periodScheme.update", QT_TRANSLATE_NOOP("AuditText", "Period scheme changed")},
    {"periodScheme.delete", QT_TRANSLATE_NOOP("AuditText", "Period scheme deleted")},
    {"holiday.create", QT_TRANSLATE_NOOP("AuditText", "Holiday added")},
    {"holiday.update", QT_TRANSLATE_NOOP("AuditText", "Holiday changed")},
    {"holiday.delete", QT_TRANSLATE_NOOP("AuditText", "Holiday deleted")},
    {"bells.set", QT_TRANSLATE_NOOP("AuditText", "Bell schedule set")},
    {"subject.create", QT_TRANSLATE_NOOP("AuditText", "Subject added")},
    {"subject.update", QT_TRANSLATE_NOOP("AuditText", "Subject changed")},
    {"subject.archive", QT_TRANSLATE_NOOP("AuditText", "Subject archived or restored")},
    {"room.create", QT_TRANSLATE_NOOP("AuditText", "Room added")},
    {"room.update", QT_TRANSLATE_NOOP("AuditText", "Room changed")},
    {"room.archive", QT_TRANSLATE_NOOP("AuditText", "Room archived or restored")},
    {"staff.create", QT_TRANSLATE_NOOP("AuditText", "Staff member added")},
    {"staff.update", QT_TRANSLATE_NOOP("AuditText", "Staff member changed")},
    {"staff.archive", QT_TRANSLATE_NOOP("AuditText", "Staff member archived")},
    {"staff.restore", QT_TRANSLATE_NOOP("AuditText", "Staff member restored")},
    {"student.create", QT_TRANSLATE_NOOP("AuditText", "Student added")},
    {"student.update", QT_TRANSLATE_NOOP("AuditText", "Student changed")},
    {"guardian.create", QT_TRANSLATE_NOOP("AuditText", "Guardian added")},
    {"guardian.update", QT_TRANSLATE_NOOP("AuditText", "Guardian changed")},
    {"guardian.link", QT_TRANSLATE_NOOP("AuditText", "Guardian linked to a student")},
    {"guardian.unlink", QT_TRANSLATE_NOOP("AuditText", "Guardian unlinked from a student")},
    {"movement.admit", QT_TRANSLATE_NOOP("AuditText", "Student admitted")},
    {"movement.transfer", QT_TRANSLATE_NOOP("AuditText", "Student transferred")},
    {"movement.withdraw", QT_TRANSLATE_NOOP("AuditText", "Student withdrawn")},
    {"class.create", QT_TRANSLATE_NOOP("AuditText", "Class created")},
    {"class.update", QT_TRANSLATE_NOOP("AuditText", "Class changed")},
    {"group.create", QT_TRANSLATE_NOOP("AuditText", "Study group created")},
    {"group.update", QT_TRANSLATE_NOOP("AuditText", "Study group changed")},
    {"group.members", QT_TRANSLATE_NOOP("AuditText", "Group members changed")},
    {"group.split", QT_TRANSLATE_NOOP("AuditText", "Class split into groups")},
    {"curriculum.set", QT_TRANSLATE_NOOP("AuditText", "Curriculum changed")},
    {"curriculum.copy", QT_TRANSLATE_NOOP("AuditText", "Curriculum copied")},
    {"load.create", QT_TRANSLATE_NOOP("AuditText", "Teaching load added")},
    {"load.update", QT_TRANSLATE_NOOP("AuditText", "Teaching load changed")},
    {"load.delete", QT_TRANSLATE_NOOP("AuditText", "Teaching load removed")},
    {"timetableVersion.create", QT_TRANSLATE_NOOP("AuditText", "Timetable version created")},
    {"timetableVersion.update", QT_TRANSLATE_NOOP("AuditText", "Timetable version changed")},
    {"timetableVersion.delete", QT_TRANSLATE_NOOP("AuditText", "Timetable version deleted")},
    {"timetableVersion.import", QT_TRANSLATE_NOOP("AuditText", "Timetable imported from FET")},
    {"timetable.save", QT_TRANSLATE_NOOP("AuditText", "Timetable changed")},
    {"teacherUnavailability.set", QT_TRANSLATE_NOOP("AuditText", "Teacher's unavailable lessons set")},
    {"lessons.generate", QT_TRANSLATE_NOOP("AuditText", "Lessons generated from the timetable")},
    {"lesson.substitute", QT_TRANSLATE_NOOP("AuditText", "Substitute teacher appointed")},
    {"lesson.move", QT_TRANSLATE_NOOP("AuditText", "Lesson moved")},
    {"lesson.cancel", QT_TRANSLATE_NOOP("AuditText", "Lesson cancelled")},
    {"lesson.restore", QT_TRANSLATE_NOOP("AuditText", "Lesson restored")},
    {"lesson.merge", QT_TRANSLATE_NOOP("AuditText", "Groups merged for a lesson")},
};

constexpr Name kEntities[] = {
    {"user", QT_TRANSLATE_NOOP("AuditText", "User")},
    {"session", QT_TRANSLATE_NOOP("AuditText", "Session")},
    {"school", QT_TRANSLATE_NOOP("AuditText", "School")},
    {"import", QT_TRANSLATE_NOOP("AuditText", "Import")},
    {"year", QT_TRANSLATE_NOOP("AuditText", "Academic year")},
    {"periodScheme", QT_TRANSLATE_NOOP("AuditText", "Period scheme")},
    {"holiday", QT_TRANSLATE_NOOP("AuditText", "Holiday")},
    {"bells", QT_TRANSLATE_NOOP("AuditText", "Bell schedule")},
    {"subject", QT_TRANSLATE_NOOP("AuditText", "Subject")},
    {"room", QT_TRANSLATE_NOOP("AuditText", "Room")},
    {"staff", QT_TRANSLATE_NOOP("AuditText", "Staff member")},
    {"student", QT_TRANSLATE_NOOP("AuditText", "Student")},
    {"guardian", QT_TRANSLATE_NOOP("AuditText", "Guardian")},
    {"class", QT_TRANSLATE_NOOP("AuditText", "Class")},
    {"group", QT_TRANSLATE_NOOP("AuditText", "Study group")},
    {"curriculum", QT_TRANSLATE_NOOP("AuditText", "Curriculum of class")},
    {"assignment", QT_TRANSLATE_NOOP("AuditText", "Teaching load")},
    {"timetable_version", QT_TRANSLATE_NOOP("AuditText", "Timetable version")},
    {"academic_year", QT_TRANSLATE_NOOP("AuditText", "Academic year")},
    {"lesson", QT_TRANSLATE_NOOP("AuditText", "Lesson")},
};

template<std::size_t N>
QString lookUp(const Name (&table)[N], const QString &key)
{
    for (const Name &name : table)
        if (key == QLatin1String(name.key))
            return AuditText::tr(name.text);
    return key;
}
} // namespace

QStringList AuditText::knownActions()
{
    QStringList out;
    for (const Name &name : kActions)
        out.append(QString::fromLatin1(name.key));
    return out;
}

QString AuditText::action(const QString &action)
{
    return lookUp(kActions, action);
}

QString AuditText::object(const QString &entity, const QString &entityId)
{
    const QString name = lookUp(kEntities, entity);
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
