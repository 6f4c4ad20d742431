#include "data/version.h"

namespace relais {

// Defined for this file alone: a new version rebuilds one file, not the tree.
const char* version() {
    return RELAIS_VERSION;
}

} // namespace relais
