// The catalogue's curriculum methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> curriculumMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
