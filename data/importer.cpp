#include "data/importer.h"

#include "data/tokenizer.h"

#include <boost/json.hpp>
#include <date/date.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace relais {
namespace json = boost::json;

namespace {

std::optional<json::value> parse_json(std::string_view text, const std::string& what,
                                      std::vector<Problem>& problems) {
    boost::system::error_code ec;
    json::parse_options options;
    options.max_depth = 32;
    // Thousands of small values, allocated from a few large blocks and freed all at once.
    auto value =
        json::parse(text, ec, json::make_shared_resource<json::monotonic_resource>(), options);
    if (ec) {
        problems.push_back(Problem{"<" + what + ">", "", "malformed JSON: " + ec.message()});
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> read_file(const std::filesystem::path& path,
                                     std::vector<Problem>& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back(Problem{"<" + path.string() + ">", "", "cannot read the file"});
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string now_utc() {
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    return date::format("%FT%TZ", now);
}

} // namespace

std::string organization_id_for(std::string_view organization_name) {
    // The part before a parenthesis names the organisation; what follows explains it.
    const auto paren = organization_name.find('(');
    auto key = fold_key(organization_name.substr(0, paren));
    if (key.empty())
        key = fold_key(organization_name);
    if (key.size() > 80)
        key.resize(80);
    while (!key.empty() && key.back() == '-')
        key.pop_back();
    return key;
}

std::vector<Category> parse_categories(std::string_view categories_json,
                                       std::vector<Problem>& problems) {
    std::vector<Category> categories;
    const auto value = parse_json(categories_json, "categories", problems);
    if (!value)
        return categories;
    const auto* array = value->if_array();
    if (!array) {
        problems.push_back(Problem{"<categories>", "", "must be an array of categories"});
        return categories;
    }
    std::set<std::string> seen;
    for (const auto& item : *array) {
        auto category = category_from_json(item, problems);
        if (!category.id.empty() && !seen.insert(category.id).second)
            problems.push_back(Problem{category.id, "id", "duplicate category id"});
        categories.push_back(std::move(category));
    }
    return categories;
}

ImportResult parse_seed(std::string_view services_json, const std::vector<Category>& categories) {
    ImportResult result;
    result.directory.categories = categories;
    const auto value = parse_json(services_json, "services", result.problems);
    if (!value)
        return result;
    const auto* array = value->if_array();
    if (!array) {
        result.problems.push_back(Problem{"<services>", "", "must be an array of services"});
        return result;
    }
    std::vector<std::string> known;
    for (const auto& category : categories)
        known.push_back(category.id);
    if (known.empty())
        result.problems.push_back(Problem{"<categories>", "", "no categories to check against"});

    const std::string imported_at = now_utc();
    std::set<std::string> ids;
    std::map<std::string, std::string> organizations; // id -> name
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto& item = (*array)[i];
        const auto before = result.problems.size();
        Service service = service_from_json(item, result.problems, known);
        const std::string record = service.id.empty() ? "#" + std::to_string(i) : service.id;
        for (auto p = before; p < result.problems.size(); ++p)
            if (result.problems[p].record == "?")
                result.problems[p].record = record;

        if (!service.id.empty() && !ids.insert(service.id).second)
            result.problems.push_back(Problem{record, "id", "duplicate service id"});

        // The seed names the organisation; its id is derived so that services of one
        // organisation (the CHU Saint-Pierre units) share it.
        const auto* object = item.if_object();
        const auto* organization = object ? object->if_contains("organization") : nullptr;
        if (organization && organization->is_string() && !organization->get_string().empty()) {
            const std::string name(organization->get_string());
            const std::string id = service.organization_id.empty() ? organization_id_for(name)
                                                                   : service.organization_id;
            if (id.empty()) {
                result.problems.push_back(
                    Problem{record, "organization", "gives no usable organisation id"});
            } else {
                service.organization_id = id;
                organizations.emplace(id, name);
            }
        } else if (service.organization_id.empty()) {
            result.problems.push_back(
                Problem{record, "organization", "is required and must be a non-empty string"});
        }
        if (service.updated_at.empty())
            service.updated_at = imported_at;
        result.directory.services.push_back(std::move(service));
    }
    for (auto& [id, name] : organizations)
        result.directory.organizations.push_back(Organization{id, name});
    for (const auto& service : result.directory.services) {
        if (!service.organization_id.empty() && !organizations.contains(service.organization_id))
            result.problems.push_back(Problem{service.id, "organization_id",
                                              "names an organisation that is not in the file"});
    }
    return result;
}

ImportResult read_seed_files(const std::filesystem::path& services_file,
                             const std::filesystem::path& categories_file) {
    ImportResult result;
    const auto categories_text = read_file(categories_file, result.problems);
    const auto services_text = read_file(services_file, result.problems);
    if (!categories_text || !services_text)
        return result;
    std::vector<Problem> problems;
    auto categories = parse_categories(*categories_text, problems);
    result = parse_seed(*services_text, categories);
    result.problems.insert(result.problems.begin(), problems.begin(), problems.end());
    return result;
}

} // namespace relais
