// libFuzzer target: the decoders of the seed / wire service format (service_from_json,
// category_from_json, hours_from_json, localized_from_json). Any JSON must decode or report
// problems, never crash; a service that decodes cleanly must survive encode + decode unchanged.
#include "data/seed_json.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    boost::system::error_code ec;
    const boost::json::value value =
        boost::json::parse(std::string_view(reinterpret_cast<const char*>(data), size), ec);
    if (ec)
        return 0;
    std::vector<relais::Problem> problems;
    const relais::Service service = relais::service_from_json(value, problems);
    // Without "organization_id" the caller derives it (the seed's "organization"): only a
    // complete record must come back unchanged.
    if (problems.empty() && !service.organization_id.empty()) {
        std::vector<relais::Problem> again;
        const relais::Service back = relais::service_from_json(relais::to_json(service), again);
        if (!again.empty() || !(back == service)) {
            std::fprintf(stderr, "round trip changed the service:\n%s\n%s\n",
                         boost::json::serialize(relais::to_json(service)).c_str(),
                         boost::json::serialize(relais::to_json(back)).c_str());
            std::abort();
        }
    }
    problems.clear();
    (void)relais::category_from_json(value, problems);
    (void)relais::hours_from_json(value, "fuzz", problems);
    (void)relais::localized_from_json(value, "fuzz", "name", problems);
    return 0;
}
