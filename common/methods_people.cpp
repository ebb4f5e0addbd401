// The catalogue's people methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> peopleMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
