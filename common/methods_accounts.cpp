// The catalogue's accounts methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> accountsMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
