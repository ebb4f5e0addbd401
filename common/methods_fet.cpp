// The catalogue's FET import methods (see common/PROTOCOL.md).
#include "methodlists.h"

namespace ejournal {

QList<MethodInfo> fetMethods()
{
    using namespace catalogue;
    return {
    };
}

} // namespace ejournal
