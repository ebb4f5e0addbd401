// The standard reports (see reporttemplates.h), written as the same JSON definitions users
// save, parsed and checked once at first use.
#include "reporttemplates.h"

#include <QJsonDocument>
#include <QtGlobal>

namespace ejournal::reports {

namespace {
struct Source
{
    const char *key;
    const char *name;
    const char *description;
    const char *json;
};

// The values of a success and quality report over final marks.
#define SUCCESS_VALUES                                                                            \
    R"("values": [{"field": "value", "agg": "success"}, {"field": "value", "agg": "quality"},)"   \
    R"( {"field": "value", "agg": "avg"}, {"field": "value", "agg": "count"}])"

const Source kSources[] = {
    {"successQuality", QT_TRANSLATE_NOOP("reports", "Success and quality by class and subject"),
     QT_TRANSLATE_NOOP("reports",
         "Success rate (final marks of 3 and above) and quality rate (4 and 5) of a period's final "
         "marks for each class and subject, with the average mark and the number of marks."),
     R"({"dataset": "finals", "rows": ["class", "subject"], )" SUCCESS_VALUES R"(,
         "filters": [{"field": "period", "op": "eq", "param": "period"},
                     {"field": "class", "op": "eq", "param": "class", "optional": true}],
         "sort": [{"key": "class"}, {"key": "subject"}], "totals": true, "chart": "bar"})"},
    {"successQualityTeachers", QT_TRANSLATE_NOOP("reports", "Success and quality by teacher"),
     QT_TRANSLATE_NOOP("reports",
         "Success and quality rates of a period's final marks for each teacher and subject."),
     R"({"dataset": "finals", "rows": ["teacher", "subject"], )" SUCCESS_VALUES R"(,
         "filters": [{"field": "period", "op": "eq", "param": "period"}],
         "sort": [{"key": "teacher"}, {"key": "subject"}], "totals": true, "chart": "bar"})"},
    {"successQualityYear", QT_TRANSLATE_NOOP("reports", "Success and quality for the year"),
     QT_TRANSLATE_NOOP("reports",
         "Success rate and quality rate of the year marks for each class and subject, with the "
         "average mark and the number of marks: the results of the school year."),
     R"({"dataset": "finals", "rows": ["class", "subject"], )" SUCCESS_VALUES R"(,
         "filters": [{"field": "year", "op": "eq", "param": "year"},
                     {"field": "yearMark", "op": "eq", "value": 1},
                     {"field": "class", "op": "eq", "param": "class", "optional": true}],
         "sort": [{"key": "class"}, {"key": "subject"}], "totals": true, "chart": "bar"})"},
    {"attendance", QT_TRANSLATE_NOOP("reports", "Attendance by student with reasons"),
     QT_TRANSLATE_NOOP("reports",
         "Lessons missed and late arrivals of each student of each class over a range of dates, "
         "by reason."),
     R"({"dataset": "attendance", "rows": ["class", "student"], "columns": ["reason"],
         "values": [{"field": "student", "agg": "count"}],
         "filters": [{"field": "date", "op": "between", "param": "dates"},
                     {"field": "class", "op": "eq", "param": "class", "optional": true}],
         "sort": [{"key": "class"}, {"key": "student"}], "totals": true})"},
    {"missedLessons", QT_TRANSLATE_NOOP("reports", "Missed lessons and their topics"),
     QT_TRANSLATE_NOOP("reports",
         "Every lesson a student of the class missed over a range of dates, with its topic: "
         "what to catch up on."),
     R"({"dataset": "attendance",
         "fields": ["student", "date", "lessonNo", "subject", "topic", "code"],
         "filters": [{"field": "class", "op": "eq", "param": "class"},
                     {"field": "date", "op": "between", "param": "dates"},
                     {"field": "missed", "op": "eq", "value": 1}],
         "sort": [{"key": "student"}, {"key": "date"}, {"key": "lessonNo"}]})"},
    {"unsatisfactoryMarks", QT_TRANSLATE_NOOP("reports", "Unsatisfactory marks and their topics"),
     QT_TRANSLATE_NOOP("reports",
         "Every mark of 2 or below of the class's students in a period, with the lesson's topic "
         "and the kind of work."),
     R"({"dataset": "marks",
         "fields": ["student", "date", "subject", "markText", "workType", "topic"],
         "filters": [{"field": "class", "op": "eq", "param": "class"},
                     {"field": "date", "op": "inPeriod", "param": "period"},
                     {"field": "value", "op": "le", "value": 2}],
         "sort": [{"key": "student"}, {"key": "date"}]})"},
    {"journalKeeping", QT_TRANSLATE_NOOP("reports", "Journal keeping by teacher"),
     QT_TRANSLATE_NOOP("reports",
         "For each teacher, lessons held in a period without a topic, without homework or without "
         "any mark, and marks entered after the correction window."),
     R"({"dataset": "lessons", "rows": ["teacher"],
         "values": [{"field": "held", "agg": "sum"}, {"field": "noTopic", "agg": "sum"},
                    {"field": "noHomework", "agg": "sum"}, {"field": "noMarks", "agg": "sum"},
                    {"field": "lateMarks", "agg": "sum"}],
         "filters": [{"field": "date", "op": "inPeriod", "param": "period"}],
         "sort": [{"key": "teacher"}], "totals": true})"},
    {"curriculumFulfilment", QT_TRANSLATE_NOOP("reports", "Curriculum fulfilment"),
     QT_TRANSLATE_NOOP("reports",
         "Lessons planned, held and cancelled in a period for each class and subject."),
     R"({"dataset": "lessons", "rows": ["class", "subject"],
         "values": [{"field": "date", "agg": "count"}, {"field": "held", "agg": "sum"},
                    {"field": "cancelled", "agg": "sum"}],
         "filters": [{"field": "date", "op": "inPeriod", "param": "period"},
                     {"field": "class", "op": "eq", "param": "class", "optional": true}],
         "sort": [{"key": "class"}, {"key": "subject"}], "totals": true})"},
    {"controlWorks", QT_TRANSLATE_NOOP("reports", "Control work results"),
     QT_TRANSLATE_NOOP("reports",
         "Marks of the control works of a period: their number, average, success and quality "
         "rates for each class, subject and date."),
     R"({"dataset": "marks", "rows": ["class", "subject", "date"],
         "values": [{"field": "value", "agg": "count"}, {"field": "value", "agg": "avg"},
                    {"field": "value", "agg": "success"}, {"field": "value", "agg": "quality"}],
         "filters": [{"field": "controlWork", "op": "eq", "value": 1},
                     {"field": "date", "op": "inPeriod", "param": "period"},
                     {"field": "class", "op": "eq", "param": "class", "optional": true}],
         "sort": [{"key": "class"}, {"key": "subject"}, {"key": "date"}], "chart": "bar"})"},
    {"workload", QT_TRANSLATE_NOOP("reports", "Teacher workload"),
     QT_TRANSLATE_NOOP("reports",
         "Hours per week of each teacher's load in a year and the number of classes taught."),
     R"({"dataset": "load", "rows": ["teacher"],
         "values": [{"field": "hours", "agg": "sum"}, {"field": "class", "agg": "distinct"}],
         "filters": [{"field": "year", "op": "eq", "param": "year"}],
         "sort": [{"key": "teacher"}], "totals": true, "chart": "bar"})"},
    {"movement", QT_TRANSLATE_NOOP("reports", "Student movement"),
     QT_TRANSLATE_NOOP("reports",
         "Admissions, transfers and withdrawals of students over a range of dates, with their "
         "orders."),
     R"({"dataset": "movement",
         "fields": ["date", "kind", "student", "fromClass", "toClass", "orderNo", "reason"],
         "filters": [{"field": "date", "op": "between", "param": "dates"}],
         "sort": [{"key": "date"}, {"key": "student"}]})"},
    {"classPeriod", QT_TRANSLATE_NOOP("reports", "Class teacher's period report"),
     QT_TRANSLATE_NOOP("reports",
         "The final marks of a class's students in a period by subject, with each student's "
         "average and the class's average in each subject."),
     R"({"dataset": "finals", "rows": ["student"], "columns": ["subject"],
         "values": [{"field": "value", "agg": "avg"}],
         "filters": [{"field": "class", "op": "eq", "param": "class"},
                     {"field": "period", "op": "eq", "param": "period"}],
         "sort": [{"key": "student"}], "totals": true})"},
};

#undef SUCCESS_VALUES

QList<Template> build()
{
    QList<Template> list;
    for (const Source &s : kSources) {
        QJsonParseError syntax;
        const QJsonDocument json = QJsonDocument::fromJson(QByteArray(s.json), &syntax);
        if (syntax.error != QJsonParseError::NoError)
            qFatal("report template %s: %s", s.key, qPrintable(syntax.errorString()));
        QString error;
        const std::optional<Definition> d = Definition::fromJson(json.object(), &error);
        if (!d)
            qFatal("report template %s: %s", s.key, qPrintable(error));
        list.append({s.key, s.name, s.description, *d});
    }
    return list;
}
} // namespace

const QList<Template> &templates()
{
    static const QList<Template> all = build();
    return all;
}

const Template *findTemplate(QStringView key)
{
    for (const Template &t : templates())
        if (key == QLatin1String(t.key))
            return &t;
    return nullptr;
}

} // namespace ejournal::reports
