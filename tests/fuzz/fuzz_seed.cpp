// libFuzzer target: the seed importer's parsers (parse_seed over the bundled categories, and
// parse_categories). Any text must give a directory or problems, never a crash; a valid seed
// has services whose organisations and categories all exist.
#include "data/importer.h"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string_view>

namespace {

std::vector<relais::Category> bundled_categories() {
    std::ifstream in(std::string(RELAIS_SOURCE_DIR) + "/data/seed/categories.json");
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<relais::Problem> problems;
    auto categories = relais::parse_categories(text.str(), problems);
    if (!problems.empty() || categories.empty())
        std::abort();
    return categories;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::vector<relais::Category> categories = bundled_categories();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const relais::ImportResult result = relais::parse_seed(text, categories);
    if (result.ok()) {
        std::set<std::string> organizations;
        for (const relais::Organization& organization : result.directory.organizations)
            organizations.insert(organization.id);
        for (const relais::Service& service : result.directory.services) {
            if (!organizations.contains(service.organization_id))
                std::abort();
        }
    }
    std::vector<relais::Problem> problems;
    (void)relais::parse_categories(text, problems);
    return 0;
}
