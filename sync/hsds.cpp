#include "sync/hsds.h"

#include "sync/handler.h"

#include <stdexcept>

namespace relais::sync {

// Not written yet: the routes answer 501 and the export refuses, rather than serve or write
// something that does not validate against the HSDS schemas.
HttpResponse hsds_route(Database&, const std::vector<std::string>&,
                        const std::vector<std::pair<std::string, std::string>>&) {
    return error_response(501, "not_implemented", "the HSDS endpoints are not available yet");
}

std::size_t export_hsds(Database&, const std::filesystem::path&) {
    throw std::runtime_error("HSDS export is not available yet");
}

} // namespace relais::sync
