// The catalogue's lessons methods (see common/PROTOCOL.md, "Lesson calendar methods"): the
// dated lessons generated from the timetable, their lists, and the deputy's changes to them
// (substitutions, moves, cancellations, merged groups) with the day's changes sheet.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> lessonsMethods()
{
    using namespace catalogue;
    const QList<ParamSpec> range{date("from"), date("to")};
    return {
        method("lessons.generate",
               "Generate a year's dated lessons from the timetable, keeping filled ones",
               Capability::TimetableManage,
               {integer("academicYearId"), date("from", false), date("to", false),
                boolean("dryRun", false)}),
        method("lessons.list", "Dated lessons of a period, of a class, group, teacher or room",
               Capability::TimetableRead,
               range + QList<ParamSpec>{integer("classId", false), integer("groupId", false),
                                        integer("staffId", false), integer("roomId", false),
                                        integer("assignmentId", false)}),
        method("lessons.my", "The caller's own lessons as teacher, substitutions included",
               Capability::TimetableRead, range),
        method("lessons.freeTeachers",
               "Teachers free at a lesson's time, those of its subject first",
               Capability::TimetableManage, {integer("lessonId")}),
        method("lessons.substitute", "Give a lesson to a substitute teacher",
               Capability::TimetableManage,
               {integer("lessonId"), integer("teacherId"), text("reason", 500, false)}),
        method("lessons.move", "Move a lesson to another date, lesson number or room",
               Capability::TimetableManage,
               {integer("lessonId"), date("date", false), integer("lessonNo", false),
                integer("roomId", false), text("reason", 500, false)}),
        method("lessons.cancel", "Cancel a lesson", Capability::TimetableManage,
               {integer("lessonId"), text("reason", 500)}),
        method("lessons.restore", "Undo a lesson's cancellation or merge",
               Capability::TimetableManage, {integer("lessonId"), text("reason", 500, false)}),
        method("lessons.merge", "Teach lessons of the same subject and time together",
               Capability::TimetableManage,
               {array("lessonIds"), integer("intoLessonId"), text("reason", 500)}),
        method("changes.day", "The changes sheet of a day for the staff-room board",
               Capability::TimetableRead, {date("date")}),
    };
}

} // namespace ejournal
