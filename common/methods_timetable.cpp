// The catalogue's timetable methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> timetableMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
