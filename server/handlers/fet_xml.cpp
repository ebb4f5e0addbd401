// Reading FET's .fet XML: days, hours, teachers, subjects, students (years, groups, subgroups),
// rooms and activities, and the timetable FET writes into *_data_and_timetable.fet: for each
// placed activity a 100 % "activity preferred starting time" constraint (day and first hour)
// and, when it got a room, a 100 % "activity preferred room" constraint.
#include "fet_file.h"

#include "requestcontext.h"

#include <QHash>
#include <QXmlStreamReader>

#include <vector>

namespace ejournal::server::handlers::fet {

namespace {
constexpr int kMaxDepth = 32;  // FET nests six deep; anything deeper is not a FET file

// An element with its own text and its child elements.
struct Node
{
    QString name;
    QString text;
    std::vector<Node> children;

    // The trimmed text of the first child element of that name ("" when none).
    QString value(const QString &childName) const
    {
        for (const Node &child : children)
            if (child.name == childName)
                return child.text.trimmed();
        return QStringLiteral("");
    }
    QList<const Node *> all(const QString &childName) const
    {
        QList<const Node *> out;
        for (const Node &child : children)
            if (child.name == childName)
                out.append(&child);
        return out;
    }
    const Node *first(const QString &childName) const
    {
        const QList<const Node *> found = all(childName);
        return found.isEmpty() ? nullptr : found.first();
    }
    QStringList values(const QString &childName) const
    {
        QStringList out;
        for (const Node *child : all(childName))
            out.append(child->text.trimmed());
        return out;
    }
};

[[noreturn]] void notXml(const QXmlStreamReader &xml, const QString &what)
{
    throw fail(ErrorCode::Invalid,
               QStringLiteral("the .fet file is not well-formed XML: %1 (line %2, column %3)")
                   .arg(what)
                   .arg(xml.lineNumber())
                   .arg(xml.columnNumber()),
               {{QStringLiteral("data"),
                 QStringLiteral("not well-formed XML at line %1").arg(xml.lineNumber())}});
}

Node readTree(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    Node root;
    std::vector<Node *> open;  // the element being read and its ancestors
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (open.empty()) {
                root.name = xml.name().toString();
                open.push_back(&root);
            } else {
                if (open.size() >= kMaxDepth)
                    notXml(xml, QStringLiteral("elements nested too deep"));
                std::vector<Node> &siblings = open.back()->children;
                siblings.push_back(Node{xml.name().toString(), {}, {}});
                open.push_back(&siblings.back());
            }
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back()->text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            open.pop_back();
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        notXml(xml, xml.errorString());
    if (root.name != QLatin1String("fet"))
        throw fail(ErrorCode::Invalid,
                   QStringLiteral("the file is not a FET file: its root element is «%1», not «fet»")
                       .arg(root.name),
                   {{QStringLiteral("data"), QStringLiteral("not a .fet file")}});
    return root;
}

// Names of a FET list: <Days_List><Day><Name>…</Name></Day>…; files of FET 5 wrote the
// <Name> elements straight into the list.
QStringList namesOf(const Node &root, const QString &list, const QString &item)
{
    const Node *node = root.first(list);
    if (!node)
        return {};
    QStringList out = node->values(QStringLiteral("Name"));
    for (const Node *child : node->all(item))
        out.append(child->value(QStringLiteral("Name")));
    out.removeAll(QString());
    return out;
}

bool isActive(const Node &node)
{
    return node.value(QStringLiteral("Active")) != QLatin1String("false");
}

// A constraint FET must obey, as the ones that carry a computed timetable are.
bool isCompulsory(const Node &node)
{
    return isActive(node) && node.value(QStringLiteral("Weight_Percentage")).toDouble() >= 100.0;
}

class StudentsReader
{
public:
    explicit StudentsReader(const Node &root)
    {
        if (const Node *list = root.first(QStringLiteral("Students_List")))
            add(*list, QStringLiteral("Year"), 0);
    }
    QList<StudentsSet> sets() const { return m_sets; }

private:
    // Adds the sets of this level under `parent`; returns their names.
    QStringList add(const Node &parent, const QString &element, int level)
    {
        static const QStringList kinds{QStringLiteral("year"), QStringLiteral("group"),
                                       QStringLiteral("subgroup")};
        static const QStringList elements{QStringLiteral("Year"), QStringLiteral("Group"),
                                          QStringLiteral("Subgroup")};
        QStringList names;
        for (const Node *node : parent.all(element)) {
            const QString name = node->value(QStringLiteral("Name"));
            if (name.isEmpty())
                continue;
            const QStringList children =
                level + 1 < elements.size() ? add(*node, elements[level + 1], level + 1)
                                            : QStringList{};
            names.append(name);
            // FET lets one group belong to several years: the set is listed once.
            if (!m_index.contains(name)) {
                m_index.insert(name, m_sets.size());
                m_sets.append(StudentsSet{name, kinds[level], {}});
            }
            StudentsSet &set = m_sets[m_index.value(name)];
            for (const QString &child : children)
                if (!set.children.contains(child))
                    set.children.append(child);
        }
        return names;
    }

    QList<StudentsSet> m_sets;
    QHash<QString, qsizetype> m_index;
};

struct Placement
{
    QString day;
    QString hour;
    QString room;
};

// The timetable inside the file: activity id → where FET put it.
QHash<int, Placement> placementsOf(const Node &root)
{
    QHash<int, Placement> out;
    if (const Node *time = root.first(QStringLiteral("Time_Constraints_List")))
        for (const Node *c : time->all(QStringLiteral("ConstraintActivityPreferredStartingTime")))
            if (isCompulsory(*c)) {
                Placement &p = out[c->value(QStringLiteral("Activity_Id")).toInt()];
                p.day = c->value(QStringLiteral("Preferred_Day"));
                p.hour = c->value(QStringLiteral("Preferred_Hour"));
            }
    if (const Node *space = root.first(QStringLiteral("Space_Constraints_List")))
        for (const Node *c : space->all(QStringLiteral("ConstraintActivityPreferredRoom")))
            if (isCompulsory(*c))
                out[c->value(QStringLiteral("Activity_Id")).toInt()].room =
                    c->value(QStringLiteral("Room"));
    return out;
}

// Fills day, hours and room from the placement; a placement outside the file's own lists
// is a problem of the file.
void place(Activity &activity, const Placement &placement, File &file)
{
    activity.room = placement.room;
    if (placement.day.isEmpty() || placement.hour.isEmpty())
        return;
    const qsizetype start = file.hours.indexOf(placement.hour);
    if (!file.days.contains(placement.day) || start < 0
        || start + activity.duration > file.hours.size()) {
        file.problems.append({0, QStringLiteral("activity %1 is placed at «%2», «%3», which the"
                                                " file's days and hours do not have")
                                     .arg(activity.id)
                                     .arg(placement.day, placement.hour)});
        return;
    }
    activity.day = placement.day;
    activity.hours = file.hours.mid(start, activity.duration);
}

void readActivities(const Node &root, File &file)
{
    const Node *list = root.first(QStringLiteral("Activities_List"));
    if (!list)
        return;
    const QHash<int, Placement> placements = placementsOf(root);
    for (const Node *node : list->all(QStringLiteral("Activity"))) {
        if (!isActive(*node))
            continue;
        Activity a;
        bool idOk = false;
        a.id = node->value(QStringLiteral("Id")).toInt(&idOk);
        a.duration = node->value(QStringLiteral("Duration")).toInt();
        if (!idOk || a.duration < 1) {
            file.problems.append({0, QStringLiteral("an activity without a valid Id or Duration"
                                                    " («%1», «%2»)")
                                         .arg(node->value(QStringLiteral("Id")),
                                              node->value(QStringLiteral("Duration")))});
            continue;
        }
        a.teachers = node->values(QStringLiteral("Teacher"));
        a.subject = node->value(QStringLiteral("Subject"));
        a.studentsSets = node->values(QStringLiteral("Students"));
        place(a, placements.value(a.id), file);
        file.activities.append(a);
    }
}
} // namespace

File readFetXml(const QByteArray &data)
{
    const Node root = readTree(data);
    File file;
    file.format = QStringLiteral("fet");
    file.institution = root.value(QStringLiteral("Institution_Name"));
    file.days = namesOf(root, QStringLiteral("Days_List"), QStringLiteral("Day"));
    file.hours = namesOf(root, QStringLiteral("Hours_List"), QStringLiteral("Hour"));
    file.inFetOrder = true;
    file.teachers = namesOf(root, QStringLiteral("Teachers_List"), QStringLiteral("Teacher"));
    file.subjects = namesOf(root, QStringLiteral("Subjects_List"), QStringLiteral("Subject"));
    file.rooms = namesOf(root, QStringLiteral("Rooms_List"), QStringLiteral("Room"));
    file.studentsSets = StudentsReader(root).sets();
    readActivities(root, file);
    return file;
}

} // namespace ejournal::server::handlers::fet
