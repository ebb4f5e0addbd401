// The datasets reports are built from, their fields and the rules of aggregates and filters
// (see reportcatalogue.h). The SQL behind each field is in server/reports/datasets*.cpp.
#include "reportcatalogue.h"

#include <QCoreApplication>

namespace ejournal::reports {

namespace {
#define TR(text) QT_TRANSLATE_NOOP("ejournal::reports", text)

using F = FieldType;
using R = RefKind;

// Fields every journal-based dataset has, in this order.
QList<Field> lessonContext()
{
    return {
        {"year", TR("Academic year"), F::Ref, R::Year},
        {"period", TR("Period"), F::Ref, R::Period},
        {"date", TR("Date"), F::Date},
        {"lessonNo", TR("Lesson number"), F::Integer},
        {"class", TR("Class"), F::Ref, R::Class},
        {"group", TR("Group"), F::Ref, R::Group},
        {"subject", TR("Subject"), F::Ref, R::Subject},
        {"teacher", TR("Teacher"), F::Ref, R::Teacher},
    };
}

QList<Dataset> build()
{
    QList<Dataset> all;
    all.append({"marks", TR("Marks"),
                TR("Every mark given in a lesson, with its kind of work and weight."),
                lessonContext() + QList<Field>{
                    {"student", TR("Student"), F::Ref, R::Student},
                    {"value", TR("Mark"), F::Mark},
                    {"markText", TR("Mark as written"), F::Text},
                    {"workType", TR("Kind of work"), F::Ref, R::WorkType},
                    {"weight", TR("Weight"), F::Number},
                    {"controlWork", TR("Control work"), F::Flag},
                    {"topic", TR("Topic"), F::Text},
                    {"comment", TR("Comment"), F::Text},
                    {"enteredOn", TR("Entered on"), F::Date},
                    {"enteredLate", TR("Entered late"), F::Flag},
                },
                true});
    all.append({"attendance", TR("Attendance"),
                TR("Every absence and late arrival marked in a lesson."),
                lessonContext() + QList<Field>{
                    {"student", TR("Student"), F::Ref, R::Student},
                    {"code", TR("Attendance code"), F::Text},
                    {"reason", TR("Reason"), F::Text},
                    {"missed", TR("Missed the lesson"), F::Flag},
                    {"unexcused", TR("Missed without a reason"), F::Flag},
                    {"sick", TR("Missed through illness"), F::Flag},
                    {"late", TR("Late"), F::Flag},
                    {"lateMinutes", TR("Minutes late"), F::Integer},
                    {"topic", TR("Topic"), F::Text},
                }});
    all.append({"finals", TR("Final marks"),
                TR("Final marks of students for periods and for the year."),
                {
                    {"year", TR("Academic year"), F::Ref, R::Year},
                    {"period", TR("Period"), F::Ref, R::Period},
                    {"class", TR("Class"), F::Ref, R::Class},
                    {"subject", TR("Subject"), F::Ref, R::Subject},
                    {"teacher", TR("Teacher"), F::Ref, R::Teacher},
                    {"student", TR("Student"), F::Ref, R::Student},
                    {"value", TR("Mark"), F::Mark},
                    {"markText", TR("Mark as written"), F::Text},
                    {"yearMark", TR("Year mark"), F::Flag},
                    {"notCertified", TR("Not certified"), F::Flag},
                }});
    all.append({"lessons", TR("Lessons"),
                TR("Every dated lesson: held or cancelled, topic, homework, marks given."),
                lessonContext() + QList<Field>{
                    {"loadTeacher", TR("Teacher by the load"), F::Ref, R::Teacher},
                    {"room", TR("Room"), F::Ref, R::Room},
                    {"held", TR("Held"), F::Flag},
                    {"cancelled", TR("Cancelled"), F::Flag},
                    {"substituted", TR("Substituted"), F::Flag},
                    {"topic", TR("Topic"), F::Text},
                    {"noTopic", TR("No topic"), F::Flag},
                    {"homework", TR("Homework"), F::Text},
                    {"noHomework", TR("No homework"), F::Flag},
                    {"controlWork", TR("Control work"), F::Flag},
                    {"planItem", TR("КТП topic"), F::Text},
                    {"marks", TR("Marks given"), F::Integer},
                    {"lateMarks", TR("Marks entered late"), F::Integer},
                    {"students", TR("Students"), F::Integer},
                    {"noMarks", TR("No marks"), F::Flag},
                }});
    all.append({"students", TR("Students"),
                TR("Students with their class and enrolment dates."),
                {
                    {"year", TR("Academic year"), F::Ref, R::Year},
                    {"class", TR("Class"), F::Ref, R::Class},
                    {"grade", TR("Grade"), F::Integer},
                    {"student", TR("Student"), F::Ref, R::Student},
                    {"birthDate", TR("Date of birth"), F::Date},
                    {"personalFileNo", TR("Personal file number"), F::Text},
                    {"enrolledOn", TR("Enrolled on"), F::Date},
                    {"leftOn", TR("Left on"), F::Date},
                    {"current", TR("Currently enrolled"), F::Flag},
                    {"guardians", TR("Guardians"), F::Integer},
                }});
    all.append({"movement", TR("Student movement"),
                TR("Admissions, transfers and withdrawals from the movement book."),
                {
                    {"year", TR("Academic year"), F::Ref, R::Year},
                    {"date", TR("Date"), F::Date},
                    {"kind", TR("Kind of movement"), F::Text},
                    {"student", TR("Student"), F::Ref, R::Student},
                    {"fromClass", TR("From class"), F::Ref, R::Class},
                    {"toClass", TR("To class"), F::Ref, R::Class},
                    {"orderNo", TR("Order number"), F::Text},
                    {"reason", TR("Reason"), F::Text},
                    {"admitted", TR("Admitted"), F::Flag},
                    {"withdrawn", TR("Withdrawn"), F::Flag},
                }});
    all.append({"load", TR("Teaching load"),
                TR("Teachers' loads: subject, class or group and hours per week."),
                {
                    {"year", TR("Academic year"), F::Ref, R::Year},
                    {"teacher", TR("Teacher"), F::Ref, R::Teacher},
                    {"position", TR("Position"), F::Text},
                    {"subject", TR("Subject"), F::Ref, R::Subject},
                    {"class", TR("Class"), F::Ref, R::Class},
                    {"group", TR("Group"), F::Ref, R::Group},
                    {"hours", TR("Hours per week"), F::Number},
                    {"curriculumHours", TR("Hours by the curriculum"), F::Number},
                }});
    all.append({"timetable", TR("Timetable"),
                TR("Entries of the timetable versions: weekday, lesson, class, teacher, room."),
                {
                    {"year", TR("Academic year"), F::Ref, R::Year},
                    {"version", TR("Timetable version"), F::Text},
                    {"validFrom", TR("Valid from"), F::Date},
                    {"weekday", TR("Weekday"), F::Integer},
                    {"lessonNo", TR("Lesson number"), F::Integer},
                    {"class", TR("Class"), F::Ref, R::Class},
                    {"group", TR("Group"), F::Ref, R::Group},
                    {"subject", TR("Subject"), F::Ref, R::Subject},
                    {"teacher", TR("Teacher"), F::Ref, R::Teacher},
                    {"room", TR("Room"), F::Ref, R::Room},
                    {"weekParity", TR("Week parity"), F::Integer},
                }});
    all.append({"substitutions", TR("Substitutions and changes"),
                TR("Substitutions, moves and cancellations of lessons with their reasons."),
                {
                    {"year", TR("Academic year"), F::Ref, R::Year},
                    {"period", TR("Period"), F::Ref, R::Period},
                    {"date", TR("Date"), F::Date},
                    {"lessonNo", TR("Lesson number"), F::Integer},
                    {"kind", TR("Kind of change"), F::Text},
                    {"class", TR("Class"), F::Ref, R::Class},
                    {"subject", TR("Subject"), F::Ref, R::Subject},
                    {"teacher", TR("Teacher"), F::Ref, R::Teacher},
                    {"substitute", TR("Substitute"), F::Ref, R::Teacher},
                    {"reason", TR("Reason"), F::Text},
                    {"recordedOn", TR("Recorded on"), F::Date},
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
    {int(Aggregate::Count), "count", TR("Count")},
    {int(Aggregate::Distinct), "distinct", TR("Count of distinct")},
    {int(Aggregate::Sum), "sum", TR("Sum")},
    {int(Aggregate::Avg), "avg", TR("Average")},
    {int(Aggregate::WeightedAvg), "wavg", TR("Weighted average")},
    {int(Aggregate::Success), "success", TR("Success rate, %")},
    {int(Aggregate::Quality), "quality", TR("Quality rate, %")},
    {int(Aggregate::Min), "min", TR("Minimum")},
    {int(Aggregate::Max), "max", TR("Maximum")},
};

const Named kFilterOps[] = {
    {int(FilterOp::Eq), "eq", TR("equals")},
    {int(FilterOp::Ne), "ne", TR("does not equal")},
    {int(FilterOp::Lt), "lt", TR("less than")},
    {int(FilterOp::Le), "le", TR("at most")},
    {int(FilterOp::Gt), "gt", TR("greater than")},
    {int(FilterOp::Ge), "ge", TR("at least")},
    {int(FilterOp::In), "in", TR("one of")},
    {int(FilterOp::Between), "between", TR("between")},
    {int(FilterOp::Contains), "contains", TR("contains")},
    {int(FilterOp::Empty), "empty", TR("is empty")},
    {int(FilterOp::NotEmpty), "notEmpty", TR("is not empty")},
    {int(FilterOp::InPeriod), "inPeriod", TR("within the period")},
};

const char *const kFieldTypes[] = {"text", "integer", "number", "date", "mark", "flag", "ref"};

#undef TR

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
    return QCoreApplication::translate("ejournal::reports", sourceText);
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
