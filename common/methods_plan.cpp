// The catalogue's plan methods (see common/PROTOCOL.md, "Plan, kinds of work and journal
// settings methods"): the КТП of a load (items, CSV import, copy, plan versus fact, dates from
// the lessons), the kinds of work, mark scales, the correction window and lesson attachments.
#include "methodlists.h"

namespace ejournal {

namespace {
using namespace catalogue;

// The fields of a КТП item that create and update share (all optional).
QList<ParamSpec> planItemFields()
{
    return {text("section", 500, false), number("hours", false), text("plannedOn", 10, false),
            text("homework", 2000, false), boolean("controlWork", false)};
}

QList<MethodInfo> workTypeMethods()
{
    return {
        method("workTypes.list", "The school's kinds of work with their weights",
               Capability::StructureRead, {}),
        method("workTypes.create", "Add a kind of work", Capability::JournalSettings,
               {text("name", 100), text("shortName", 10), number("weight", false),
                boolean("allowsAbsent", false)}),
        method("workTypes.update", "Change, reorder or archive a kind of work",
               Capability::JournalSettings,
               {integer("id"), text("name", 100, false), text("shortName", 10, false),
                number("weight", false), boolean("allowsAbsent", false),
                integer("ordinal", false), boolean("archived", false)}),
    };
}

QList<MethodInfo> settingsMethods()
{
    return {
        method("scales.list", "The mark scale of every subject", Capability::StructureRead, {}),
        method("scales.set", "Set a subject's mark scale", Capability::JournalSettings,
               {integer("subjectId"), text("scale", 10)}),
        method("journalSettings.get", "The school's journal settings", Capability::StructureRead,
               {}),
        method("journalSettings.set", "Set the correction window in days",
               Capability::JournalSettings, {integer("correctionDays")}),
    };
}

QList<MethodInfo> itemMethods()
{
    return {
        method("plan.list", "The КТП of a load with the lessons linked to each topic",
               Capability::JournalRead, {integer("assignmentId")}),
        method("plan.create", "Add a topic to a load's КТП", Capability::JournalWrite,
               QList<ParamSpec>{integer("assignmentId"), text("topic", 500),
                                integer("afterId", false)}
                   + planItemFields()),
        method("plan.update", "Change a topic of a КТП", Capability::JournalWrite,
               QList<ParamSpec>{integer("id"), text("topic", 500, false)} + planItemFields()),
        method("plan.delete", "Remove a topic from a КТП; its lessons keep their topics",
               Capability::JournalWrite, {integer("id")}),
        method("plan.move", "Move a topic to another place in its КТП", Capability::JournalWrite,
               {integer("id"), integer("ordinal")}),
    };
}

QList<MethodInfo> wholePlanMethods()
{
    return {
        method("plan.import", "Import a load's КТП from a CSV file", Capability::JournalWrite,
               {integer("assignmentId"), bytes("content"), boolean("replace", false),
                boolean("dryRun", false)}),
        method("plan.copy", "Copy another load's КТП (e.g. last year's) to a load",
               Capability::JournalWrite,
               {integer("fromAssignmentId"), integer("toAssignmentId"),
                boolean("replace", false)}),
        method("plan.fact", "The КТП versus the lessons held", Capability::JournalRead,
               {integer("assignmentId"), integer("periodId", false)}),
        method("plan.distribute", "Date the КТП's topics by the load's coming lessons",
               Capability::JournalWrite, {integer("assignmentId"), date("from", false)}),
    };
}

QList<MethodInfo> attachmentMethods()
{
    return {
        method("attachments.add", "Attach a file (at most 10 MiB) to a lesson's homework",
               Capability::JournalWrite,
               {integer("lessonId"), text("fileName", 255), text("mimeType", 255, false),
                bytes("content")}),
        method("attachments.list", "The files attached to a lesson", Capability::JournalRead,
               {integer("lessonId")}),
        method("attachments.get", "One attached file with its content", Capability::JournalRead,
               {integer("id")}),
        method("attachments.remove", "Remove a file attached to a lesson",
               Capability::JournalWrite, {integer("id")}),
    };
}
} // namespace

QList<MethodInfo> planMethods()
{
    return workTypeMethods() + settingsMethods() + itemMethods() + wholePlanMethods()
        + attachmentMethods();
}

} // namespace ejournal
