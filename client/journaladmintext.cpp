// Texts of the journal settings page.
#include "journaladmintext.h"

#include "journaldata.h"
#include "plantext.h"

#include <QCborArray>
#include <QCborMap>

namespace ejournal::client {

namespace {
QString cellContents(const QCborMap &cell, const QHash<qint64, QString> &kinds)
{
    QStringList parts;
    const QString attendance = cell.value(QLatin1String("attendance")).toString();
    if (!attendance.isEmpty()) {
        QString text = journal::attendanceText(attendance);
        if (const qint64 minutes = cell.value(QLatin1String("lateMinutes")).toInteger(); minutes > 0)
            text += QLatin1Char(' ') + JournalAdminText::tr("%n min", nullptr, int(minutes));
        parts.append(text);
    }
    for (const QCborValue &value : cell.value(QLatin1String("marks")).toArray()) {
        const QCborMap mark = value.toMap();
        QString text = journal::markText(mark.value(QLatin1String("value")).toString());
        const QString kind = kinds.value(mark.value(QLatin1String("workTypeId")).toInteger());
        if (!kind.isEmpty())
            text += QStringLiteral(" (%1)").arg(kind);
        const QString comment = mark.value(QLatin1String("comment")).toString();
        if (!comment.isEmpty())
            text += QStringLiteral(" «%1»").arg(comment);
        parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

QString lessonContents(const QCborMap &lesson, const QHash<qint64, QString> &kinds)
{
    QStringList parts;
    for (auto it = lesson.begin(); it != lesson.end(); ++it) {
        const QString key = it.key().toString();
        const QCborValue value = it.value();
        QString text = value.toVariant().toString();
        QString label;
        if (key == QLatin1String("topic"))
            label = JournalAdminText::tr("topic");
        else if (key == QLatin1String("summary"))
            label = JournalAdminText::tr("summary");
        else if (key == QLatin1String("homework"))
            label = JournalAdminText::tr("homework");
        else if (key == QLatin1String("homeworkDue")) {
            label = JournalAdminText::tr("due");
            text = PlanText::date(text);
        } else if (key == QLatin1String("workTypeId")) {
            label = JournalAdminText::tr("kind of work");
            text = kinds.value(value.toInteger());
        } else if (key == QLatin1String("controlWork")) {
            label = JournalAdminText::tr("control work");
            text = value.toBool() ? JournalAdminText::tr("yes") : JournalAdminText::tr("no");
        } else if (key == QLatin1String("planItemId")) {
            label = JournalAdminText::tr("plan topic");
            text = value.isNull() || value.toInteger() == 0 ? QString() : QStringLiteral("№%1").arg(value.toInteger());
        } else {
            continue;
        }
        parts.append(QStringLiteral("%1: %2").arg(label, text.isEmpty() ? QStringLiteral("—") : text));
    }
    return parts.join(QStringLiteral("; "));
}
} // namespace

QStringList JournalAdminText::scales()
{
    return {QStringLiteral("five"), QStringLiteral("ten"), QStringLiteral("pass")};
}

QString JournalAdminText::scaleName(const QString &scale)
{
    if (scale == QLatin1String("five"))
        return tr("5-point (2–5)");
    if (scale == QLatin1String("ten"))
        return tr("10-point (1–10)");
    if (scale == QLatin1String("pass"))
        return tr("Pass / fail");
    return scale;
}

QString JournalAdminText::whatName(const QString &what)
{
    if (what == QLatin1String("cell"))
        return tr("Marks, attendance");
    if (what == QLatin1String("lesson"))
        return tr("Lesson card");
    if (what == QLatin1String("final"))
        return tr("Final mark");
    return what;
}

QString JournalAdminText::contents(const QString &what, const QCborValue &value,
                                   const QHash<qint64, QString> &kinds)
{
    const QCborMap map = value.toMap();
    QString text;
    if (what == QLatin1String("cell"))
        text = cellContents(map, kinds);
    else if (what == QLatin1String("final"))
        text = journal::finalText(map.value(QLatin1String("value")).toString());
    else if (what == QLatin1String("lesson"))
        text = lessonContents(map, kinds);
    return text.isEmpty() ? QStringLiteral("—") : text;
}

} // namespace ejournal::client
