#include "sync/hsds.h"

#include "data/place.h"
#include "data/trust.h"

#include "data/error.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/handler.h"

#include <boost/json/serialize.hpp>
#include <boost/uuid/name_generator_sha1.hpp>
#include <boost/uuid/string_generator.hpp>
#include <boost/uuid/uuid_io.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <functional>
#include <map>
#include <optional>

namespace relais::sync {
namespace json = boost::json;

namespace {

constexpr std::int64_t kDefaultPerPage = 50;
constexpr std::int64_t kMaxPerPage = 500;
constexpr std::string_view kTaxonomyId = "relais-categories";

const boost::uuids::uuid& relais_namespace() {
    static const boost::uuids::uuid ns =
        boost::uuids::string_generator()(std::string(kHsdsNamespace));
    return ns;
}

// HSDS fields hold one text: French first, as the directory's first language.
std::string text_of(const LocalizedText& text) {
    return text.in(Lang::fr);
}

std::string hhmm(int minutes) {
    char buffer[8];
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    buffer[0] = static_cast<char>('0' + hours / 10);
    buffer[1] = static_cast<char>('0' + hours % 10);
    buffer[2] = ':';
    buffer[3] = static_cast<char>('0' + rest / 10);
    buffer[4] = static_cast<char>('0' + rest % 10);
    return std::string(buffer, 5);
}

std::string byday(std::uint8_t days) {
    std::string out;
    for (int day = 0; day < 7; ++day) {
        if ((days >> day) & 1u) {
            if (!out.empty())
                out += ',';
            out += kHsdsWeekdays[day];
        }
    }
    return out;
}

// Belgian postal codes map to a region or province.
std::string province_of(const std::optional<std::string>& postal_code) {
    int code = 0;
    if (!postal_code)
        return {};
    const auto [end, ec] =
        std::from_chars(postal_code->data(), postal_code->data() + postal_code->size(), code);
    if (ec != std::errc{} || end != postal_code->data() + postal_code->size())
        return {};
    struct Range {
        int first, last;
        const char* name;
    };
    static constexpr Range kRanges[] = {
        {1000, 1299, "Brussels-Capital Region"},
        {1300, 1499, "Walloon Brabant"},
        {1500, 1999, "Flemish Brabant"},
        {2000, 2999, "Antwerp"},
        {3000, 3499, "Flemish Brabant"},
        {3500, 3999, "Limburg"},
        {4000, 4999, "Liège"},
        {5000, 5999, "Namur"},
        {6000, 6599, "Hainaut"},
        {6600, 6999, "Luxembourg"},
        {7000, 7999, "Hainaut"},
        {8000, 8999, "West Flanders"},
        {9000, 9999, "East Flanders"},
    };
    for (const Range& range : kRanges) {
        if (code >= range.first && code <= range.last)
            return range.name;
    }
    return {};
}

bool looks_like_url(const std::string& text) {
    return (text.starts_with("https://") || text.starts_with("http://")) &&
           text.find_first_of(" \t\r\n") == std::string::npos;
}

// The record in Relais' own format (data/seed_json.h), less the texts already in
// relais_translations: with it an HSDS export loses nothing of ours.
json::object relais_record(const Service& service) {
    json::object record = relais::to_json(service).as_object();
    record.erase("name");
    record.erase("description");
    return record;
}

std::optional<std::string> param(const std::vector<std::pair<std::string, std::string>>& query,
                                 std::string_view name) {
    for (const auto& [key, value] : query) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

HttpResponse json_answer(const json::value& body) {
    HttpResponse response;
    response.body = json::serialize(body);
    return response;
}

std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool mentions(const Service& service, const std::string& needle) {
    for (const Lang lang : kLangs) {
        if (lower_ascii(service.name.exact(lang)).find(needle) != std::string::npos ||
            lower_ascii(service.description.exact(lang)).find(needle) != std::string::npos)
            return true;
    }
    return false;
}

// A paginated list of HSDS objects (or, with format=ndjson, all of them, one per line). Only
// the objects of the page asked for are built; ndjson lines are written one object at a time,
// never all objects at once.
HttpResponse list_answer(std::size_t total, const std::function<json::object(std::size_t)>& item,
                         const std::vector<std::pair<std::string, std::string>>& query) {
    const std::string format = param(query, "format").value_or("json");
    if (format == "ndjson") {
        HttpResponse response;
        response.content_type = "application/x-ndjson";
        for (std::size_t i = 0; i < total; ++i) {
            response.body += json::serialize(item(i));
            response.body += '\n';
        }
        return response;
    }
    if (format != "json")
        return error_response(400, "bad_request", "format must be json or ndjson");
    const auto integer = [&](std::string_view name, std::int64_t fallback,
                             std::int64_t max) -> std::optional<std::int64_t> {
        const auto text = param(query, name);
        if (!text)
            return fallback;
        std::int64_t value = 0;
        const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (ec != std::errc{} || end != text->data() + text->size() || value < 1 || value > max)
            return std::nullopt;
        return value;
    };
    const auto page = integer("page", 1, 1'000'000'000);
    const auto per_page = integer("per_page", kDefaultPerPage, kMaxPerPage);
    if (!page || !per_page)
        return error_response(400, "bad_request",
                              "page must be an integer from 1, per_page from 1 to " +
                                  std::to_string(kMaxPerPage));
    const auto count = static_cast<std::int64_t>(total);
    const std::int64_t pages = std::max<std::int64_t>(1, (count + *per_page - 1) / *per_page);
    const std::int64_t first = std::min(count, (*page - 1) * *per_page);
    const std::int64_t last = std::min(count, first + *per_page);
    json::array contents;
    contents.reserve(static_cast<std::size_t>(last - first));
    for (std::int64_t i = first; i < last; ++i)
        contents.push_back(item(static_cast<std::size_t>(i)));
    return json_answer(json::object{{"total_items", count},
                                    {"total_pages", pages},
                                    {"page_number", *page},
                                    {"size", static_cast<std::int64_t>(contents.size())},
                                    {"first_page", *page == 1},
                                    {"last_page", *page >= pages},
                                    {"empty", count == 0},
                                    {"contents", std::move(contents)}});
}

std::map<std::string, Organization> organizations_by_id(Store& store) {
    std::map<std::string, Organization> out;
    for (Organization& organization : store.organizations())
        out.emplace(organization.id, std::move(organization));
    return out;
}

const Organization* find(const std::map<std::string, Organization>& organizations,
                         const std::string& id) {
    const auto it = organizations.find(id);
    return it == organizations.end() ? nullptr : &it->second;
}

HttpResponse services_list(Store& store,
                           const std::vector<std::pair<std::string, std::string>>& query) {
    const auto organization = param(query, "organization_id");
    const auto term = param(query, "taxonomy_term_id");
    const auto taxonomy = param(query, "taxonomy_id");
    const auto modified_after = param(query, "modified_after");
    const auto search = param(query, "search");
    const std::string full_text = param(query, "full").value_or("false");
    if (full_text != "true" && full_text != "false")
        return error_response(400, "bad_request", "full must be true or false");
    const bool full = full_text == "true";
    const auto organizations = organizations_by_id(store);
    const std::vector<Category> categories = store.categories();
    const bool any_term = !taxonomy || *taxonomy == hsds_uuid("taxonomy", kTaxonomyId);
    const std::string needle = search ? lower_ascii(*search) : std::string();
    const std::vector<Service> services = store.services();
    std::vector<const Service*> matches;
    for (const Service& service : services) {
        if (organization && *organization != hsds_uuid("organization", service.organization_id))
            continue;
        if (!any_term)
            continue;
        if (term && std::none_of(service.categories.begin(), service.categories.end(),
                                 [&](const std::string& category) {
                                     return *term == hsds_uuid("taxonomy_term", category);
                                 }))
            continue;
        // ISO 8601 UTC texts compare as text.
        if (modified_after && service.updated_at < *modified_after)
            continue;
        if (search && !mentions(service, needle))
            continue;
        matches.push_back(&service);
    }
    return list_answer(
        matches.size(),
        [&](std::size_t i) {
            const Service& service = *matches[i];
            return hsds_service(service, find(organizations, service.organization_id), categories,
                                full);
        },
        query);
}

} // namespace

std::string hsds_uuid(std::string_view kind, std::string_view id) {
    std::string name;
    name.reserve(kind.size() + 1 + id.size());
    name.append(kind).append("/").append(id);
    const boost::uuids::name_generator_sha1 generate(relais_namespace());
    return boost::uuids::to_string(generate(name.data(), name.size()));
}

json::object hsds_taxonomy_term(const Category& category) {
    const std::string label = text_of(category.label);
    return json::object{
        {"id", hsds_uuid("taxonomy_term", category.id)},
        {"code", category.id},
        {"name", label},
        {"description", label},
        {"taxonomy", "Relais categories"},
        {"taxonomy_id", hsds_uuid("taxonomy", kTaxonomyId)},
        {"taxonomy_detail",
         json::object{{"id", hsds_uuid("taxonomy", kTaxonomyId)},
                      {"name", "Relais categories"},
                      {"description", "The categories of the Relais directory of Brussels' "
                                      "social, health and legal services."}}},
        {"language", "fr"},
        {"relais_translations", json::object{{"name", relais::to_json(category.label)}}}};
}

json::object hsds_organization(const Organization& organization) {
    return json::object{{"id", hsds_uuid("organization", organization.id)},
                        {"name", organization.name},
                        // HSDS requires a description; we hold none but the name.
                        {"description", organization.name},
                        {"relais_record", json::object{{"id", organization.id}}}};
}

json::object hsds_service(const Service& service, const Organization* organization,
                          const std::vector<Category>& categories, bool full) {
    const std::string id = hsds_uuid("service", service.id);
    json::object out{{"id", id},
                     {"organization_id", hsds_uuid("organization", service.organization_id)},
                     {"name", text_of(service.name)},
                     {"description", text_of(service.description)},
                     {"status", "active"}};
    if (service.website && looks_like_url(*service.website))
        out["url"] = *service.website;
    if (service.email && service.email->find('@') != std::string::npos)
        out["email"] = *service.email;
    if (service.free)
        out["fees_description"] = *service.free ? "Free of charge." : "Fees may apply.";
    // The date of the trust rule (data/trust.h) while it holds; a check known to the month is
    // written as the month's first day (relais_record keeps "YYYY-MM").
    const Trust trust = trust_of(service, utc_today());
    if (trust.state != TrustState::unconfirmed && trust.date)
        out["assured_date"] = trust.date->size() == 7 ? *trust.date + "-01" : *trust.date;
    if (!service.other_names.empty()) {
        std::string names;
        for (const auto& name : service.other_names)
            names += (names.empty() ? "" : "; ") + name;
        out["alternate_name"] = names;
    }
    if (!service.updated_at.empty())
        out["last_modified"] = service.updated_at;
    if (organization)
        out["organization"] = hsds_organization(*organization);
    out["relais_translations"] =
        json::object{{"name", relais::to_json(service.name)},
                     {"description", relais::to_json(service.description)}};
    out["relais_record"] = relais_record(service);
    if (!full)
        return out;

    json::array areas;
    if (const auto area = area_of(service); area != Area::unknown) {
        static constexpr std::array<std::string_view, 4> kAreaNames{
            "Brussels-Capital Region", "Belgium", "Flanders", "Wallonia"};
        areas.push_back(json::object{{"id", hsds_uuid("service_area", service.id)},
                                     {"service_id", id},
                                     {"name", kAreaNames[static_cast<std::size_t>(area)]}});
    }
    out["service_areas"] = std::move(areas);

    json::array phones;
    for (std::size_t i = 0; i < service.phones.size(); ++i) {
        const Phone& phone = service.phones[i];
        json::object item{{"id", hsds_uuid("phone", service.id + "/" + std::to_string(i))},
                          {"service_id", id},
                          {"number", phone.number}};
        if (phone.label)
            item["description"] = *phone.label;
        phones.push_back(std::move(item));
    }
    out["phones"] = std::move(phones);

    json::array schedules;
    if (service.hours) {
        for (std::size_t i = 0; i < service.hours->size(); ++i) {
            const HoursRange& range = (*service.hours)[i];
            json::object item{{"id", hsds_uuid("schedule", service.id + "/" + std::to_string(i))},
                              {"service_id", id},
                              {"freq", "WEEKLY"},
                              {"byday", byday(range.days)},
                              {"opens_at", hhmm(range.opens)},
                              {"closes_at", hhmm(range.closes)}};
            if (range.note)
                item["description"] = *range.note;
            schedules.push_back(std::move(item));
        }
    }
    out["schedules"] = std::move(schedules);

    json::array languages;
    if (service.languages) {
        for (const std::string& code : *service.languages)
            languages.push_back(json::object{
                {"id", hsds_uuid("language", service.id + "/" + code)},
                {"service_id", id},
                {"code", code},
            });
    }
    out["languages"] = std::move(languages);

    const Address& address = service.address;
    json::array at_locations;
    if (address.street || address.postal_code || address.lat || address.lon) {
        const std::string location_id = hsds_uuid("location", service.id);
        json::object location{
            {"id", location_id}, {"location_type", "physical"}, {"name", text_of(service.name)}};
        if (address.lat && address.lon) {
            location["latitude"] = *address.lat;
            location["longitude"] = *address.lon;
        }
        const std::optional<std::string>& city = address.city ? address.city : address.municipality;
        json::array addresses;
        // HSDS requires the street, city and postal code of an address: partial ones stay out
        // of the HSDS fields (relais_record keeps them).
        if (address.street && address.postal_code && city) {
            json::object item{{"id", hsds_uuid("address", service.id)},
                              {"location_id", location_id},
                              {"address_1", *address.street},
                              {"city", *city},
                              {"state_province", province_of(address.postal_code)},
                              {"postal_code", *address.postal_code},
                              {"country", "BE"},
                              {"address_type", "physical"}};
            if (address.municipality && address.city && *address.municipality != *address.city)
                item["region"] = *address.municipality;
            addresses.push_back(std::move(item));
        }
        location["addresses"] = std::move(addresses);
        at_locations.push_back(json::object{{"id", hsds_uuid("service_at_location", service.id)},
                                            {"service_id", id},
                                            {"location_id", location_id},
                                            {"location", std::move(location)}});
    }
    out["service_at_locations"] = std::move(at_locations);

    json::array attributes;
    for (const std::string& category_id : service.categories) {
        const auto category = std::find_if(categories.begin(), categories.end(),
                                           [&](const Category& c) { return c.id == category_id; });
        json::object item{{"id", hsds_uuid("attribute", service.id + "/" + category_id)},
                          {"link_id", id},
                          {"link_entity", "service"},
                          {"taxonomy_term_id", hsds_uuid("taxonomy_term", category_id)}};
        if (category != categories.end())
            item["taxonomy_term"] = hsds_taxonomy_term(*category);
        attributes.push_back(std::move(item));
    }
    out["attributes"] = std::move(attributes);
    return out;
}

HttpResponse hsds_route(Database& db, const std::vector<std::string>& path,
                        const std::vector<std::pair<std::string, std::string>>& query) {
    Store store(db);
    if (path.size() == 2 && path[1] == "services")
        return services_list(store, query);
    if (path.size() == 3 && path[1] == "services") {
        // Our own id (the caller turns a UUID into it: hsds_service_ids()).
        const std::optional<Service> service = store.service(path[2]);
        if (!service)
            return error_response(404, "not_found", "no such service");
        const auto organization = store.organization(service->organization_id);
        return json_answer(
            hsds_service(*service, organization ? &*organization : nullptr, store.categories()));
    }
    if (path.size() == 2 && path[1] == "organizations") {
        const std::vector<Organization> organizations = store.organizations();
        return list_answer(
            organizations.size(),
            [&](std::size_t i) { return hsds_organization(organizations[i]); }, query);
    }
    if (path.size() == 2 && path[1] == "taxonomy_terms") {
        const std::vector<Category> categories = store.categories();
        return list_answer(
            categories.size(), [&](std::size_t i) { return hsds_taxonomy_term(categories[i]); },
            query);
    }
    return error_response(404, "not_found", "no such HSDS resource");
}

std::unordered_map<std::string, std::string> hsds_service_ids(Store& store) {
    std::unordered_map<std::string, std::string> ids;
    for (const Service& service : store.services())
        ids.emplace(hsds_uuid("service", service.id), service.id);
    return ids;
}

std::size_t export_hsds(Database& db, const std::filesystem::path& dir) {
    Store store(db);
    const auto organizations = organizations_by_id(store);
    const std::vector<Category> categories = store.categories();
    const std::vector<Service> services = store.services();
    const auto write = [&](const char* name, const json::array& items) {
        const std::filesystem::path file = dir / name;
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out << json::serialize(items) << '\n';
        out.close();
        if (!out)
            throw Error(ErrorCode::io, "cannot write " + file.string());
    };
    json::array items;
    items.reserve(services.size());
    for (const Service& service : services)
        items.push_back(
            hsds_service(service, find(organizations, service.organization_id), categories));
    write("services.json", items);
    items.clear();
    for (const auto& [id, organization] : organizations)
        items.push_back(hsds_organization(organization));
    write("organizations.json", items);
    items.clear();
    for (const Category& category : categories)
        items.push_back(hsds_taxonomy_term(category));
    write("taxonomy_terms.json", items);
    return services.size();
}

} // namespace relais::sync
