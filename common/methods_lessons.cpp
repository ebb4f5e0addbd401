// The catalogue's lessons methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> lessonsMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
