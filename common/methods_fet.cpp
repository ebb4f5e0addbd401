// The catalogue's FET import methods (see common/PROTOCOL.md): a timetable computed by FET,
// as its .fet file with the timetable or its CSV export, previewed and loaded as a new version.
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> fetMethods()
{
    using namespace catalogue;
    return {
        method("fet.preview",
               "Read a FET timetable (.fet or CSV) and match it to the school; changes nothing",
               Capability::TimetableManage,
               {integer("academicYearId"), bytes("data"), text("fileName", 255),
                map("mapping", false)}),
        method("fet.import",
               "Load a FET timetable as a new timetable version: every activity or nothing",
               Capability::TimetableManage,
               {integer("academicYearId"), bytes("data"), text("fileName", 255),
                text("name", 200), date("validFrom"), map("mapping", false)}),
    };
}

} // namespace ejournal
