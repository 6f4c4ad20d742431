#include "sync/hsds_import.h"

#include "data/importer.h"
#include "sync/hsds_import_detail.h"

#include <fstream>
#include <sstream>

// The files of an HSDS import, and its run: taxonomy terms, organisations, then services,
// each in the Relais profile or mapped from plain HSDS (sync/hsds_import_detail.h lists the
// parts).

namespace relais::sync {
namespace json = boost::json;

namespace {

std::optional<json::value> parse_file(std::string_view text, const std::string& file,
                                      std::vector<Problem>& problems) {
    json::parse_options options;
    options.max_depth = 64;
    json::stream_parser parser(json::make_shared_resource<json::monotonic_resource>(), options);
    boost::system::error_code ec;
    const std::size_t used = parser.write_some(text.data(), text.size(), ec);
    if (!ec && used == text.size())
        parser.finish(ec);
    if (!ec && used != text.size())
        ec = json::error::extra_data;
    if (ec) {
        // Where it broke, as an editor shows it: line and column from 1.
        std::size_t line = 1, column = 1;
        for (std::size_t i = 0; i < used && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        problems.push_back(Problem{"<" + file + ">", "",
                                   "malformed JSON at line " + std::to_string(line) + ", column " +
                                       std::to_string(column) + " (byte " + std::to_string(used) +
                                       "): " + ec.message()});
        return std::nullopt;
    }
    return parser.release();
}

// The objects of a file: a JSON array, or an HSDS API page ({"contents": [...]}).
const json::array* items_of(const json::value& value, const std::string& file,
                            std::vector<Problem>& problems) {
    if (const auto* array = value.if_array())
        return array;
    if (const auto* object = value.if_object()) {
        if (const auto* contents = object->if_contains("contents");
            contents && contents->is_array())
            return &contents->get_array();
    }
    problems.push_back(Problem{"<" + file + ">", "",
                               "must be a JSON array of HSDS objects (or an HSDS API page)"});
    return nullptr;
}

std::optional<std::string> read_text(const std::filesystem::path& path, bool required,
                                     std::vector<Problem>& problems) {
    std::error_code ec;
    if (!required && !std::filesystem::exists(path, ec))
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back(Problem{"<" + path.string() + ">", "", "cannot read the file"});
        return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

namespace hsds_detail {

void Importer::run(const json::array* services, const json::array* organizations,
                   const json::array* terms) {
    if (terms)
        read_terms(*terms);
    if (result_.directory.categories.empty())
        result_.directory.categories = options_.categories;
    for (const Category& category : result_.directory.categories)
        known_categories_.push_back(category.id);
    if (known_categories_.empty())
        problem("<" + std::string(kTermsFile) + ">", "",
                "no Relais categories to check services against (give a directory that "
                "has them, or taxonomy terms of the Relais profile)");
    if (options_.default_category &&
        std::find(known_categories_.begin(), known_categories_.end(), *options_.default_category) ==
            known_categories_.end())
        problem("<options>", "default category",
                "unknown category '" + *options_.default_category + "'");
    if (organizations)
        read_organizations(*organizations);
    if (services)
        read_services(*services);
    for (const auto& [field, count] : unmapped_)
        result_.notes.push_back(Problem{"<" + std::string(kServicesFile) + ">", field,
                                        "has no place in Relais: left out (" +
                                            std::to_string(count) +
                                            (count == 1 ? " service)" : " services)")});
}

bool Importer::conforms(const json::value& item, std::string_view schema,
                        const std::string& record) {
    const auto before = result_.problems.size();
    validate(item, *schema_named(schema), record, "", result_.problems);
    return result_.problems.size() == before;
}

void Importer::read_terms(const json::array& terms) {
    const std::string prefix = std::string(kTermsFile) + ":";
    std::set<std::string> ids;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const std::string record = record_name(terms[i], i, prefix);
        if (!conforms(terms[i], "taxonomy_term", record))
            continue;
        const json::object& term = terms[i].get_object();
        if (!ids.insert(string_at(term, "id")).second)
            problem(record, "id", "duplicate HSDS id");
        terms_by_id_[string_at(term, "id")] = &term;
        const json::object* translations = object_at(term, "relais_translations");
        if (!translations)
            continue;
        const json::object* label = object_at(*translations, "name");
        if (!label) {
            problem(record, "relais_translations.name", "must be an object {fr, nl, en}");
            continue;
        }
        json::object category{{"id", string_at(term, "code")}};
        for (const auto& [key, value] : *label)
            category[key] = value;
        std::vector<Problem> found;
        Category parsed = category_from_json(category, found);
        for (Problem& p : found) {
            p.record = record;
            p.field = p.field == "id" ? "code" : "relais_translations.name." + p.field;
            result_.problems.push_back(std::move(p));
        }
        if (found.empty())
            result_.directory.categories.push_back(std::move(parsed));
    }
}

std::optional<std::string> Importer::add_organization(const json::object& organization,
                                                      const std::string& record,
                                                      const std::string& path) {
    const std::string uuid = string_at(organization, "id");
    if (const auto it = organization_ids_.find(uuid); it != organization_ids_.end())
        return it->second;
    std::string id;
    if (const json::object* own = object_at(organization, "relais_record")) {
        id = string_at(*own, "id");
        if (id.empty() || organization_id_for(id) != id) {
            problem(record, join(path, "relais_record.id"),
                    "must be a Relais id (lowercase letters, digits and hyphens)");
            return std::nullopt;
        }
        if (!organization_slugs_.insert(id).second) {
            problem(record, join(path, "relais_record.id"), "duplicate Relais id " + id);
            return std::nullopt;
        }
    } else {
        id =
            unique_slug(string_at(organization, "name"), uuid, organization_slugs_, "organization");
    }
    const std::string name = string_at(organization, "name");
    if (name.empty()) {
        problem(record, join(path, "name"), "must not be empty");
        return std::nullopt;
    }
    organization_ids_[uuid] = id;
    result_.directory.organizations.push_back(Organization{id, name});
    return id;
}

void Importer::read_organizations(const json::array& organizations) {
    const std::string prefix = std::string(kOrganizationsFile) + ":";
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        const std::string record = record_name(organizations[i], i, prefix);
        if (!conforms(organizations[i], "organization", record))
            continue;
        const json::object& organization = organizations[i].get_object();
        if (organization_ids_.contains(string_at(organization, "id")))
            problem(record, "id", "duplicate HSDS id");
        else
            add_organization(organization, record, "");
    }
}

void Importer::read_services(const json::array& services) {
    // Schema first, for every record; then the Relais ids of the profile records, so
    // that the slugs made for plain records avoid them.
    std::vector<bool> valid(services.size(), false);
    std::set<std::string> uuids;
    for (std::size_t i = 0; i < services.size(); ++i) {
        const std::string record = record_name(services[i], i, "");
        if (!conforms(services[i], "service", record))
            continue;
        const json::object& service = services[i].get_object();
        if (!uuids.insert(string_at(service, "id")).second) {
            problem(record, "id", "duplicate HSDS id");
            continue;
        }
        valid[i] = true;
        if (const json::object* own = object_at(service, "relais_record")) {
            const std::string id = string_at(*own, "id");
            if (!id.empty() && !service_slugs_.insert(id).second)
                problem(record, "relais_record.id", "duplicate Relais id " + id);
        }
    }
    for (std::size_t i = 0; i < services.size(); ++i) {
        if (!valid[i])
            continue;
        const json::object& service = services[i].get_object();
        const std::string record = record_name(services[i], i, "");
        const std::string status = string_at(service, "status");
        if (status != "active") {
            note(record, "status", "is \"" + status + "\": not imported");
            continue;
        }
        const auto organization = organization_of(service, record);
        std::optional<Service> imported;
        if (service.contains("relais_record"))
            imported = restore(service, record);
        else
            imported = map_plain(service, record);
        if (!imported || !organization)
            continue;
        if (imported->organization_id.empty())
            imported->organization_id = *organization;
        if (!organization_slugs_.contains(imported->organization_id))
            problem(record, "relais_record.organization_id",
                    "names an organisation that is not in the files");
        if (imported->updated_at.empty())
            imported->updated_at = now_;
        result_.directory.services.push_back(std::move(*imported));
    }
}

std::optional<std::string> Importer::organization_of(const json::object& service,
                                                     const std::string& record) {
    if (const json::object* nested = object_at(service, "organization"))
        return add_organization(*nested, record, "organization");
    const std::string uuid = string_at(service, "organization_id");
    if (uuid.empty()) {
        problem(record, "organization_id",
                "Relais needs the organisation that runs the service: give organization "
                "or organization_id");
        return std::nullopt;
    }
    const auto it = organization_ids_.find(uuid);
    if (it == organization_ids_.end()) {
        problem(record, "organization_id",
                "names no organization of " + std::string(kOrganizationsFile));
        return std::nullopt;
    }
    return it->second;
}

std::optional<Service> Importer::restore(const json::object& service, const std::string& record) {
    const json::object* own = object_at(service, "relais_record");
    if (!own) {
        problem(record, "relais_record", "must be an object (the Relais record)");
        return std::nullopt;
    }
    json::object full = *own;
    const json::object* translations = object_at(service, "relais_translations");
    for (const char* field : {"name", "description"}) {
        if (const json::object* text = translations ? object_at(*translations, field) : nullptr)
            full[field] = *text;
        else
            full[field] = json::object{{"fr", string_at(service, field)}};
    }
    std::vector<Problem> found;
    Service restored = service_from_json(full, found, known_categories_);
    for (Problem& p : found) {
        p.record = record;
        const bool text = p.field.starts_with("name") || p.field.starts_with("description");
        p.field = (text ? "relais_translations." : "relais_record.") + p.field;
        result_.problems.push_back(std::move(p));
    }
    if (!found.empty())
        return std::nullopt;
    return restored;
}

} // namespace hsds_detail

using hsds_detail::kOrganizationsFile;
using hsds_detail::kServicesFile;
using hsds_detail::kTermsFile;

HsdsImport parse_hsds(std::string_view services_json,
                      const std::optional<std::string_view>& organizations_json,
                      const std::optional<std::string_view>& taxonomy_terms_json,
                      const HsdsImportOptions& options) {
    HsdsImport result;
    const auto services = parse_file(services_json, std::string(kServicesFile), result.problems);
    std::optional<json::value> organizations, terms;
    if (organizations_json)
        organizations =
            parse_file(*organizations_json, std::string(kOrganizationsFile), result.problems);
    if (taxonomy_terms_json)
        terms = parse_file(*taxonomy_terms_json, std::string(kTermsFile), result.problems);
    if (!result.problems.empty())
        return result;
    const json::array* service_items =
        items_of(*services, std::string(kServicesFile), result.problems);
    const json::array* organization_items =
        organizations ? items_of(*organizations, std::string(kOrganizationsFile), result.problems)
                      : nullptr;
    const json::array* term_items =
        terms ? items_of(*terms, std::string(kTermsFile), result.problems) : nullptr;
    if (!result.problems.empty())
        return result;
    hsds_detail::Importer(options, result).run(service_items, organization_items, term_items);
    return result;
}

HsdsImport read_hsds_dir(const std::filesystem::path& dir, const HsdsImportOptions& options) {
    HsdsImport result;
    const auto services = read_text(dir / kServicesFile, true, result.problems);
    const auto organizations = read_text(dir / kOrganizationsFile, false, result.problems);
    const auto terms = read_text(dir / kTermsFile, false, result.problems);
    if (!services || !result.problems.empty())
        return result;
    return parse_hsds(
        *services, organizations ? std::optional<std::string_view>(*organizations) : std::nullopt,
        terms ? std::optional<std::string_view>(*terms) : std::nullopt, options);
}

} // namespace relais::sync
