// The datasets reports are built from, their fields and the rules of aggregates and filters
// (see reportcatalogue.h). The SQL behind each field is in server/reports/datasets*.cpp.
#include "reportcatalogue.h"

#include <QCoreApplication>

namespace ejournal::reports {

namespace {
using F = FieldType;
using R = RefKind;

// Fields every journal-based dataset has, in this order.
QList<Field> lessonContext()
{
    return {
        {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
        {"period", QT_TRANSLATE_NOOP("reports", "Period"), F::Ref, R::Period},
        {"date", QT_TRANSLATE_NOOP("reports", "Date"), F::Date},
        {"lessonNo", QT_TRANSLATE_NOOP("reports", "Lesson number"), F::Integer},
        {"class", QT_TRANSLATE_NOOP("reports", "Class"), F::Ref, R::Class},
        {"group", QT_TRANSLATE_NOOP("reports", "Group"), F::Ref, R::Group},
        {"subject", QT_TRANSLATE_NOOP("reports", "Subject"), F::Ref, R::Subject},
        {"teacher", QT_TRANSLATE_NOOP("reports", "Teacher"), F::Ref, R::Teacher},
    };
}

QList<Dataset> build()
{
    QList<Dataset> all;
    all.append({"marks", QT_TRANSLATE_NOOP("reports", "Marks"),
                QT_TRANSLATE_NOOP("reports",
                    "Every mark given in a lesson, with its kind of work and weight."),
                lessonContext() + QList<Field>{
                    {"student", QT_TRANSLATE_NOOP("reports", "Student"), F::Ref, R::Student},
                    {"value", QT_TRANSLATE_NOOP("reports", "Mark"), F::Mark},
                    {"markText", QT_TRANSLATE_NOOP("reports", "Mark as written"), F::Text},
                    {"workType", QT_TRANSLATE_NOOP("reports", "Kind of work"), F::Ref, R::WorkType},
                    {"weight", QT_TRANSLATE_NOOP("reports", "Weight"), F::Number},
                    {"controlWork", QT_TRANSLATE_NOOP("reports", "Control work"), F::Flag},
                    {"topic", QT_TRANSLATE_NOOP("reports", "Topic"), F::Text},
                    {"comment", QT_TRANSLATE_NOOP("reports", "Comment"), F::Text},
                    {"enteredOn", QT_TRANSLATE_NOOP("reports", "Entered on"), F::Date},
                    {"enteredLate", QT_TRANSLATE_NOOP("reports", "Entered late"), F::Flag},
                },
                true});
    all.append({"attendance", QT_TRANSLATE_NOOP("reports", "Attendance"),
                QT_TRANSLATE_NOOP("reports", "Every absence and late arrival marked in a lesson."),
                lessonContext() + QList<Field>{
                    {"student", QT_TRANSLATE_NOOP("reports", "Student"), F::Ref, R::Student},
                    {"code", QT_TRANSLATE_NOOP("reports", "Attendance code"), F::Text},
                    {"reason", QT_TRANSLATE_NOOP("reports", "Reason"), F::Text},
                    {"missed", QT_TRANSLATE_NOOP("reports", "Missed the lesson"), F::Flag},
                    {"unexcused", QT_TRANSLATE_NOOP("reports", "Missed without a reason"), F::Flag},
                    {"sick", QT_TRANSLATE_NOOP("reports", "Missed through illness"), F::Flag},
                    {"late", QT_TRANSLATE_NOOP("reports", "Late"), F::Flag},
                    {"lateMinutes", QT_TRANSLATE_NOOP("reports", "Minutes late"), F::Integer},
                    {"topic", QT_TRANSLATE_NOOP("reports", "Topic"), F::Text},
                }});
    all.append({"finals", QT_TRANSLATE_NOOP("reports", "Final marks"),
                QT_TRANSLATE_NOOP("reports",
                    "Final marks of students for periods and for the year."),
                {
                    {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
                    {"period", QT_TRANSLATE_NOOP("reports", "Period"), F::Ref, R::Period},
                    {"class", QT_TRANSLATE_NOOP("reports", "Class"), F::Ref, R::Class},
                    {"subject", QT_TRANSLATE_NOOP("reports", "Subject"), F::Ref, R::Subject},
                    {"teacher", QT_TRANSLATE_NOOP("reports", "Teacher"), F::Ref, R::Teacher},
                    {"student", QT_TRANSLATE_NOOP("reports", "Student"), F::Ref, R::Student},
                    {"value", QT_TRANSLATE_NOOP("reports", "Mark"), F::Mark},
                    {"markText", QT_TRANSLATE_NOOP("reports", "Mark as written"), F::Text},
                    {"yearMark", QT_TRANSLATE_NOOP("reports", "Year mark"), F::Flag},
                    {"notCertified", QT_TRANSLATE_NOOP("reports", "Not certified"), F::Flag},
                }});
    all.append({"lessons", QT_TRANSLATE_NOOP("reports", "Lessons"),
                QT_TRANSLATE_NOOP("reports",
                    "Every dated lesson: held or cancelled, topic, homework, marks given."),
                lessonContext() + QList<Field>{
                    {"loadTeacher", QT_TRANSLATE_NOOP("reports",
                        "Teacher by the load"), F::Ref, R::Teacher},
                    {"room", QT_TRANSLATE_NOOP("reports", "Room"), F::Ref, R::Room},
                    {"held", QT_TRANSLATE_NOOP("reports", "Held"), F::Flag},
                    {"cancelled", QT_TRANSLATE_NOOP("reports", "Cancelled"), F::Flag},
                    {"substituted", QT_TRANSLATE_NOOP("reports", "Substituted"), F::Flag},
                    {"topic", QT_TRANSLATE_NOOP("reports", "Topic"), F::Text},
                    {"noTopic", QT_TRANSLATE_NOOP("reports", "No topic"), F::Flag},
                    {"homework", QT_TRANSLATE_NOOP("reports", "Homework"), F::Text},
                    {"noHomework", QT_TRANSLATE_NOOP("reports", "No homework"), F::Flag},
                    {"controlWork", QT_TRANSLATE_NOOP("reports", "Control work"), F::Flag},
                    {"planItem", QT_TRANSLATE_NOOP("reports", "КТП topic"), F::Text},
                    {"marks", QT_TRANSLATE_NOOP("reports", "Marks given"), F::Integer},
                    {"lateMarks", QT_TRANSLATE_NOOP("reports", "Marks entered late"), F::Integer},
                    {"students", QT_TRANSLATE_NOOP("reports", "Students"), F::Integer},
                    {"noMarks", QT_TRANSLATE_NOOP("reports", "No marks"), F::Flag},
                }});
    all.append({"students", QT_TRANSLATE_NOOP("reports", "Students"),
                QT_TRANSLATE_NOOP("reports", "Students with their class and enrolment dates."),
                {
                    {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
                    {"class", QT_TRANSLATE_NOOP("reports", "Class"), F::Ref, R::Class},
                    {"grade", QT_TRANSLATE_NOOP("reports", "Grade"), F::Integer},
                    {"student", QT_TRANSLATE_NOOP("reports", "Student"), F::Ref, R::Student},
                    {"birthDate", QT_TRANSLATE_NOOP("reports", "Date of birth"), F::Date},
                    {"personalFileNo", QT_TRANSLATE_NOOP("reports",
                        "Personal file number"), F::Text},
                    {"enrolledOn", QT_TRANSLATE_NOOP("reports", "Enrolled on"), F::Date},
                    {"leftOn", QT_TRANSLATE_NOOP("reports", "Left on"), F::Date},
                    {"current", QT_TRANSLATE_NOOP("reports", "Currently enrolled"), F::Flag},
                    {"guardians", QT_TRANSLATE_NOOP("reports", "Guardians"), F::Integer},
                }});
    all.append({"movement", QT_TRANSLATE_NOOP("reports", "Student movement"),
                QT_TRANSLATE_NOOP("reports",
                    "Admissions, transfers and withdrawals from the movement book."),
                {
                    {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
                    {"date", QT_TRANSLATE_NOOP("reports", "Date"), F::Date},
                    {"kind", QT_TRANSLATE_NOOP("reports", "Kind of movement"), F::Text},
                    {"student", QT_TRANSLATE_NOOP("reports", "Student"), F::Ref, R::Student},
                    {"fromClass", QT_TRANSLATE_NOOP("reports", "From class"), F::Ref, R::Class},
                    {"toClass", QT_TRANSLATE_NOOP("reports", "To class"), F::Ref, R::Class},
                    {"orderNo", QT_TRANSLATE_NOOP("reports", "Order number"), F::Text},
                    {"reason", QT_TRANSLATE_NOOP("reports", "Reason"), F::Text},
                    {"admitted", QT_TRANSLATE_NOOP("reports", "Admitted"), F::Flag},
                    {"withdrawn", QT_TRANSLATE_NOOP("reports", "Withdrawn"), F::Flag},
                }});
    all.append({"load", QT_TRANSLATE_NOOP("reports", "Teaching load"),
                QT_TRANSLATE_NOOP("reports",
                    "Teachers' loads: subject, class or group and hours per week."),
                {
                    {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
                    {"teacher", QT_TRANSLATE_NOOP("reports", "Teacher"), F::Ref, R::Teacher},
                    {"position", QT_TRANSLATE_NOOP("reports", "Position"), F::Text},
                    {"subject", QT_TRANSLATE_NOOP("reports", "Subject"), F::Ref, R::Subject},
                    {"class", QT_TRANSLATE_NOOP("reports", "Class"), F::Ref, R::Class},
                    {"group", QT_TRANSLATE_NOOP("reports", "Group"), F::Ref, R::Group},
                    {"hours", QT_TRANSLATE_NOOP("reports", "Hours per week"), F::Number},
                    {"curriculumHours", QT_TRANSLATE_NOOP("reports",
                        "Hours by the curriculum"), F::Number},
                }});
    all.append({"timetable", QT_TRANSLATE_NOOP("reports", "Timetable"),
                QT_TRANSLATE_NOOP("reports",
                    "Entries of the timetable versions: weekday, lesson, class, teacher, room."),
                {
                    {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
                    {"version", QT_TRANSLATE_NOOP("reports", "Timetable version"), F::Text},
                    {"validFrom", QT_TRANSLATE_NOOP("reports", "Valid from"), F::Date},
                    {"weekday", QT_TRANSLATE_NOOP("reports", "Weekday"), F::Integer},
                    {"lessonNo", QT_TRANSLATE_NOOP("reports", "Lesson number"), F::Integer},
                    {"class", QT_TRANSLATE_NOOP("reports", "Class"), F::Ref, R::Class},
                    {"group", QT_TRANSLATE_NOOP("reports", "Group"), F::Ref, R::Group},
                    {"subject", QT_TRANSLATE_NOOP("reports", "Subject"), F::Ref, R::Subject},
                    {"teacher", QT_TRANSLATE_NOOP("reports", "Teacher"), F::Ref, R::Teacher},
                    {"room", QT_TRANSLATE_NOOP("reports", "Room"), F::Ref, R::Room},
                    {"weekParity", QT_TRANSLATE_NOOP("reports", "Week parity"), F::Integer},
                }});
    all.append({"substitutions", QT_TRANSLATE_NOOP("reports", "Substitutions and changes"),
                QT_TRANSLATE_NOOP("reports",
                    "Substitutions, moves and cancellations of lessons with their reasons."),
                {
                    {"year", QT_TRANSLATE_NOOP("reports", "Academic year"), F::Ref, R::Year},
                    {"period", QT_TRANSLATE_NOOP("reports", "Period"), F::Ref, R::Period},
                    {"date", QT_TRANSLATE_NOOP("reports", "Date"), F::Date},
                    {"lessonNo", QT_TRANSLATE_NOOP("reports", "Lesson number"), F::Integer},
                    {"kind", QT_TRANSLATE_NOOP("reports", "Kind of change"), F::Text},
                    {"class", QT_TRANSLATE_NOOP("reports", "Class"), F::Ref, R::Class},
                    {"subject", QT_TRANSLATE_NOOP("reports", "Subject"), F::Ref, R::Subject},
                    {"teacher", QT_TRANSLATE_NOOP("reports", "Teacher"), F::Ref, R::Teacher},
                    {"substitute", QT_TRANSLATE_NOOP("reports", "Substitute"), F::Ref, R::Teacher},
                    {"reason", QT_TRANSLATE_NOOP("reports", "Reason"), F::Text},
                    {"recordedOn", QT_TRANSLATE_NOOP("reports", "Recorded on"), F::Date},
                }});
    return all;
}

struct Named
{
    int value;
    const char *name;
    const char *caption;
};

const Named kAggregates[] = {
    {int(Aggregate::Count), "count", QT_TRANSLATE_NOOP("reports", "Count")},
    {int(Aggregate::Distinct), "distinct", QT_TRANSLATE_NOOP("reports", "Count of distinct")},
    {int(Aggregate::Sum), "sum", QT_TRANSLATE_NOOP("reports", "Sum")},
    {int(Aggregate::Avg), "avg", QT_TRANSLATE_NOOP("reports", "Average")},
    {int(Aggregate::WeightedAvg), "wavg", QT_TRANSLATE_NOOP("reports", "Weighted average")},
    {int(Aggregate::Success), "success", QT_TRANSLATE_NOOP("reports", "Success rate, %")},
    {int(Aggregate::Quality), "quality", QT_TRANSLATE_NOOP("reports", "Quality rate, %")},
    {int(Aggregate::Min), "min", QT_TRANSLATE_NOOP("reports", "Minimum")},
    {int(Aggregate::Max), "max", QT_TRANSLATE_NOOP("reports", "Maximum")},
};

const Named kFilterOps[] = {
    {int(FilterOp::Eq), "eq", QT_TRANSLATE_NOOP("reports", "equals")},
    {int(FilterOp::Ne), "ne", QT_TRANSLATE_NOOP("reports", "does not equal")},
    {int(FilterOp::Lt), "lt", QT_TRANSLATE_NOOP("reports", "less than")},
    {int(FilterOp::Le), "le", QT_TRANSLATE_NOOP("reports", "at most")},
    {int(FilterOp::Gt), "gt", QT_TRANSLATE_NOOP("reports", "greater than")},
    {int(FilterOp::Ge), "ge", QT_TRANSLATE_NOOP("reports", "at least")},
    {int(FilterOp::In), "in", QT_TRANSLATE_NOOP("reports", "one of")},
    {int(FilterOp::Between), "between", QT_TRANSLATE_NOOP("reports", "between")},
    {int(FilterOp::Contains), "contains", QT_TRANSLATE_NOOP("reports", "contains")},
    {int(FilterOp::Empty), "empty", QT_TRANSLATE_NOOP("reports", "is empty")},
    {int(FilterOp::NotEmpty), "notEmpty", QT_TRANSLATE_NOOP("reports", "is not empty")},
    {int(FilterOp::InPeriod), "inPeriod", QT_TRANSLATE_NOOP("reports", "within the period")},
};

const char *const kFieldTypes[] = {"text", "integer", "number", "date", "mark", "flag", "ref"};

template <std::size_t N>
const Named *byValue(const Named (&table)[N], int value)
{
    for (const Named &n : table)
        if (n.value == value)
            return &n;
    return nullptr;
}

template <std::size_t N>
const Named *byName(const Named (&table)[N], QStringView name)
{
    for (const Named &n : table)
        if (name == QLatin1String(n.name))
            return &n;
    return nullptr;
}

bool numeric(FieldType type)
{
    return type == F::Integer || type == F::Number || type == F::Mark || type == F::Flag;
}
} // namespace

const QList<Dataset> &datasets()
{
    static const QList<Dataset> all = build();
    return all;
}

const Dataset *findDataset(QStringView key)
{
    for (const Dataset &d : datasets())
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

const Field *findField(const Dataset &dataset, QStringView key)
{
    for (const Field &f : dataset.fields)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

QString aggregateName(Aggregate aggregate)
{
    return QLatin1String(byValue(kAggregates, int(aggregate))->name);
}

bool aggregateFromName(QStringView name, Aggregate *out)
{
    const Named *n = byName(kAggregates, name);
    if (n)
        *out = Aggregate(n->value);
    return n != nullptr;
}

QString filterOpName(FilterOp op)
{
    return QLatin1String(byValue(kFilterOps, int(op))->name);
}

bool filterOpFromName(QStringView name, FilterOp *out)
{
    const Named *n = byName(kFilterOps, name);
    if (n)
        *out = FilterOp(n->value);
    return n != nullptr;
}

QString fieldTypeName(FieldType type)
{
    return QLatin1String(kFieldTypes[int(type)]);
}

const QList<Aggregate> &allAggregates()
{
    static const QList<Aggregate> all = [] {
        QList<Aggregate> list;
        for (const Named &n : kAggregates)
            list.append(Aggregate(n.value));
        return list;
    }();
    return all;
}

const QList<FilterOp> &allFilterOps()
{
    static const QList<FilterOp> all = [] {
        QList<FilterOp> list;
        for (const Named &n : kFilterOps)
            list.append(FilterOp(n.value));
        return list;
    }();
    return all;
}

bool aggregateAllows(const Dataset &dataset, const Field &field, Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Count:
    case Aggregate::Distinct: return true;
    case Aggregate::Sum:
    case Aggregate::Avg: return numeric(field.type);
    case Aggregate::Min:
    case Aggregate::Max: return numeric(field.type) || field.type == F::Date;
    case Aggregate::WeightedAvg: return dataset.weighted && field.type == F::Mark;
    case Aggregate::Success:
    case Aggregate::Quality: return field.type == F::Mark;
    }
    return false;
}

bool filterAllows(const Field &field, FilterOp op)
{
    switch (op) {
    case FilterOp::Eq:
    case FilterOp::Ne:
    case FilterOp::In:
    case FilterOp::Empty:
    case FilterOp::NotEmpty: return true;
    case FilterOp::Lt:
    case FilterOp::Le:
    case FilterOp::Gt:
    case FilterOp::Ge:
    case FilterOp::Between: return numeric(field.type) || field.type == F::Date;
    case FilterOp::Contains: return field.type == F::Text;
    case FilterOp::InPeriod: return field.type == F::Date;
    }
    return false;
}

int operandCount(FilterOp op)
{
    switch (op) {
    case FilterOp::Empty:
    case FilterOp::NotEmpty: return 0;
    case FilterOp::Between: return 2;
    case FilterOp::In: return -1;
    default: return 1;
    }
}

ValueType valueTypeOf(const Field &field)
{
    switch (field.type) {
    case F::Text:
    case F::Ref: return ValueType::Text;
    case F::Integer:
    case F::Flag: return ValueType::Integer;
    case F::Number:
    case F::Mark: return ValueType::Number;
    case F::Date: return ValueType::Date;
    }
    return ValueType::Text;
}

ValueType valueTypeOf(const Field &field, Aggregate aggregate)
{
    switch (aggregate) {
    case Aggregate::Count:
    case Aggregate::Distinct: return ValueType::Integer;
    case Aggregate::Sum: return field.type == F::Number || field.type == F::Mark
                                 ? ValueType::Number : ValueType::Integer;
    case Aggregate::Avg:
    case Aggregate::WeightedAvg: return ValueType::Number;
    case Aggregate::Success:
    case Aggregate::Quality: return ValueType::Percent;
    case Aggregate::Min:
    case Aggregate::Max: return valueTypeOf(field);
    }
    return ValueType::Number;
}

QString caption(const char *sourceText)
{
    return QCoreApplication::translate("reports", sourceText);
}

QString aggregateCaption(Aggregate aggregate)
{
    return caption(byValue(kAggregates, int(aggregate))->caption);
}

QString filterOpCaption(FilterOp op)
{
    return caption(byValue(kFilterOps, int(op))->caption);
}

} // namespace ejournal::reports
