// The catalogue's structure methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> structureMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
