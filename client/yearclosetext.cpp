// Russian wording of the year-closing checks.
#include "yearclosetext.h"

#include <QDate>

namespace ejournal::client {

namespace {
QString value(const QCborMap &row, const char *key)
{
    return row.value(QLatin1String(key)).toVariant().toString();
}

// "05.10.2026"
QString shortDate(const QCborMap &row, const char *key)
{
    return QDate::fromString(value(row, key), Qt::ISODate).toString(QStringLiteral("dd.MM.yyyy"));
}

QString lessonItem(const QCborMap &row)
{
    return YearCloseText::tr("%1, lesson %2 — %3, %4 (%5)")
        .arg(shortDate(row, "date"), value(row, "lessonNo"), value(row, "targetName"),
             value(row, "subjectName"), value(row, "teacherName"));
}
} // namespace

QString YearCloseText::checkTitle(const QString &code)
{
    if (code == QLatin1String("lessons_without_topic"))
        return tr("Lessons without a topic");
    if (code == QLatin1String("final_marks_missing"))
        return tr("Year marks not given");
    if (code == QLatin1String("substitutions_unfilled"))
        return tr("Substituted lessons not filled in");
    if (code == QLatin1String("periods_open"))
        return tr("Periods not closed");
    return code;
}

QString YearCloseText::checkHint(const QString &code)
{
    if (code == QLatin1String("lessons_without_topic"))
        return tr("Teachers fill the topics in their journals");
    if (code == QLatin1String("final_marks_missing"))
        return tr("Teachers give the year marks in the final-mark columns of their journals");
    if (code == QLatin1String("substitutions_unfilled"))
        return tr("The substitute teachers fill these lessons in the journal");
    if (code == QLatin1String("periods_open"))
        return tr("Closing the year closes these periods too");
    return {};
}

QString YearCloseText::item(const QString &code, const QCborMap &row)
{
    if (code == QLatin1String("final_marks_missing"))
        return tr("%1 (%2) — %3")
            .arg(value(row, "studentName"), value(row, "className"), value(row, "subjectName"));
    if (code == QLatin1String("periods_open"))
        return tr("%1 (%2), ends %3")
            .arg(value(row, "name"), value(row, "schemeName"),
                 shortDate(row, "endsOn"));
    return lessonItem(row);
}

} // namespace ejournal::client
