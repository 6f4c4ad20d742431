#include "sync/hsds_import_detail.h"

#include <boost/url/parse.hpp>

#include <algorithm>
#include <span>

// The HSDS 3.0 schema rules, transcribed from tests/data/hsds/schema/*.json (the test
// HsdsSchemaRules compares this table with those files, so that a drift shows), and the
// check of an object against them.

namespace relais::sync::hsds_detail {

enum class Type { string, number, array, object };
enum class Format { none, uuid, uri, email, date_time };

struct Rule {
    std::string_view name;
    Type type;
    Format format;
    bool required;
    std::string_view ref; // schema of the object or of the array items; "" for none
    std::span<const std::string_view> values = {};
};

struct Schema {
    std::string_view name;
    std::span<const Rule> rules;
};

namespace {

constexpr std::string_view kServiceStatus[] = {"active", "inactive", "defunct",
                                               "temporarily closed"};
constexpr std::string_view kFrequencies[] = {"WEEKLY", "MONTHLY"};
constexpr std::string_view kLocationTypes[] = {"physical", "postal", "virtual"};

constexpr Type S = Type::string, N = Type::number, A = Type::array, O = Type::object;
constexpr Format F_ = Format::none, Fuuid = Format::uuid, Furi = Format::uri,
                 Femail = Format::email, Fdate_time = Format::date_time;

constexpr Rule kService[] = {
    {"id", S, Fuuid, true, ""},
    {"organization_id", S, Fuuid, false, ""},
    {"program_id", S, Fuuid, false, ""},
    {"name", S, F_, true, ""},
    {"alternate_name", S, F_, false, ""},
    {"description", S, F_, false, ""},
    {"url", S, Furi, false, ""},
    {"email", S, Femail, false, ""},
    {"status", S, F_, true, "", kServiceStatus},
    {"interpretation_services", S, F_, false, ""},
    {"application_process", S, F_, false, ""},
    {"fees_description", S, F_, false, ""},
    {"wait_time", S, F_, false, ""},
    {"fees", S, F_, false, ""},
    {"accreditations", S, F_, false, ""},
    {"eligibility_description", S, F_, false, ""},
    {"minimum_age", N, F_, false, ""},
    {"maximum_age", N, F_, false, ""},
    {"assured_date", S, F_, false, ""},
    {"assurer_email", S, Femail, false, ""},
    {"licenses", S, F_, false, ""},
    {"alert", S, F_, false, ""},
    {"last_modified", S, Fdate_time, false, ""},
    {"phones", A, F_, false, "phone"},
    {"schedules", A, F_, false, "schedule"},
    {"service_areas", A, F_, false, "service_area"},
    {"service_at_locations", A, F_, false, "service_at_location"},
    {"languages", A, F_, false, "language"},
    {"organization", O, F_, false, "organization"},
    {"funding", A, F_, false, "funding"},
    {"cost_options", A, F_, false, "cost_option"},
    {"program", O, F_, false, "program"},
    {"required_documents", A, F_, false, "required_document"},
    {"contacts", A, F_, false, "contact"},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kOrganization[] = {
    {"id", S, Fuuid, true, ""},
    {"name", S, F_, true, ""},
    {"alternate_name", S, F_, false, ""},
    {"description", S, F_, true, ""},
    {"email", S, Femail, false, ""},
    {"website", S, Furi, false, ""},
    {"tax_status", S, F_, false, ""},
    {"tax_id", S, F_, false, ""},
    {"year_incorporated", N, F_, false, ""},
    {"legal_status", S, F_, false, ""},
    {"logo", S, F_, false, ""},
    {"uri", S, Furi, false, ""},
    {"parent_organization_id", S, Fuuid, false, ""},
    {"funding", A, F_, false, "funding"},
    {"contacts", A, F_, false, "contact"},
    {"phones", A, F_, false, "phone"},
    {"locations", A, F_, false, "location"},
    {"programs", A, F_, false, "program"},
    {"organization_identifiers", A, F_, false, "organization_identifier"},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kPhone[] = {
    {"id", S, Fuuid, true, ""},
    {"location_id", S, Fuuid, false, ""},
    {"service_id", S, Fuuid, false, ""},
    {"organization_id", S, Fuuid, false, ""},
    {"contact_id", S, Fuuid, false, ""},
    {"service_at_location_id", S, Fuuid, false, ""},
    {"number", S, F_, true, ""},
    {"extension", N, F_, false, ""},
    {"type", S, F_, false, ""},
    {"description", S, F_, false, ""},
    {"languages", A, F_, false, "language"},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kSchedule[] = {
    {"id", S, Fuuid, true, ""},
    {"service_id", S, Fuuid, false, ""},
    {"location_id", S, Fuuid, false, ""},
    {"service_at_location_id", S, Fuuid, false, ""},
    {"valid_from", S, F_, false, ""},
    {"valid_to", S, F_, false, ""},
    {"dtstart", S, F_, false, ""},
    {"timezone", N, F_, false, ""},
    {"until", S, F_, false, ""},
    {"count", N, F_, false, ""},
    {"wkst", S, F_, false, "", kHsdsWeekdays},
    {"freq", S, F_, false, "", kFrequencies},
    {"interval", N, F_, false, ""},
    {"byday", S, F_, false, ""},
    {"byweekno", S, F_, false, ""},
    {"bymonthday", S, F_, false, ""},
    {"byyearday", S, F_, false, ""},
    {"description", S, F_, false, ""},
    {"opens_at", S, F_, false, ""},
    {"closes_at", S, F_, false, ""},
    {"schedule_link", S, Furi, false, ""},
    {"attending_type", S, F_, false, ""},
    {"notes", S, F_, false, ""},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kLanguage[] = {
    {"id", S, Fuuid, true, ""},
    {"service_id", S, Fuuid, false, ""},
    {"location_id", S, Fuuid, false, ""},
    {"phone_id", S, Fuuid, false, ""},
    {"name", S, F_, false, ""},
    {"code", S, F_, false, ""},
    {"note", S, F_, false, ""},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kServiceAtLocation[] = {
    {"id", S, Fuuid, true, ""},
    {"service_id", S, Fuuid, false, ""},
    {"location_id", S, Fuuid, false, ""},
    {"description", S, F_, false, ""},
    {"contacts", A, F_, false, "contact"},
    {"phones", A, F_, false, "phone"},
    {"schedules", A, F_, false, "schedule"},
    {"location", O, F_, false, "location"},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kLocation[] = {
    {"id", S, Fuuid, true, ""},
    {"location_type", S, F_, true, "", kLocationTypes},
    {"url", S, Furi, false, ""},
    {"organization_id", S, Fuuid, false, ""},
    {"name", S, F_, false, ""},
    {"alternate_name", S, F_, false, ""},
    {"description", S, F_, false, ""},
    {"transportation", S, F_, false, ""},
    {"latitude", N, F_, false, ""},
    {"longitude", N, F_, false, ""},
    {"external_identifier", S, F_, false, ""},
    {"external_identifier_type", S, F_, false, ""},
    {"languages", A, F_, false, "language"},
    {"addresses", A, F_, false, "address"},
    {"contacts", A, F_, false, "contact"},
    {"accessibility", A, F_, false, "accessibility"},
    {"phones", A, F_, false, "phone"},
    {"schedules", A, F_, false, "schedule"},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kAddress[] = {
    {"id", S, Fuuid, true, ""},
    {"location_id", S, Fuuid, false, ""},
    {"attention", S, F_, false, ""},
    {"address_1", S, F_, true, ""},
    {"address_2", S, F_, false, ""},
    {"city", S, F_, true, ""},
    {"region", S, F_, false, ""},
    {"state_province", S, F_, true, ""},
    {"postal_code", S, F_, true, ""},
    {"country", S, F_, true, ""},
    {"address_type", S, F_, true, "", kLocationTypes},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kAttribute[] = {
    {"id", S, Fuuid, true, ""},
    {"link_id", S, Fuuid, false, ""},
    {"taxonomy_term_id", S, Fuuid, false, ""},
    {"link_type", S, F_, false, ""},
    {"link_entity", S, F_, false, ""},
    {"value", S, F_, false, ""},
    {"taxonomy_term", O, F_, false, "taxonomy_term"},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kTaxonomyTerm[] = {
    {"id", S, Fuuid, true, ""},
    {"code", S, F_, false, ""},
    {"name", S, F_, true, ""},
    {"description", S, F_, true, ""},
    {"parent_id", S, Fuuid, false, ""},
    {"taxonomy", S, F_, false, ""},
    {"taxonomy_detail", O, F_, false, "taxonomy"},
    {"language", S, F_, false, ""},
    {"taxonomy_id", S, Fuuid, false, ""},
    {"term_uri", S, Furi, false, ""},
    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kTaxonomy[] = {
    {"id", S, Fuuid, true, ""},       {"name", S, F_, true, ""},
    {"description", S, F_, true, ""}, {"uri", S, Furi, false, ""},
    {"version", S, F_, false, ""},    {"metadata", A, F_, false, "metadata"},
};
constexpr Rule kServiceArea[] = {
    {"id", S, Fuuid, true, ""},
    {"service_id", S, Fuuid, false, ""},
    {"name", S, F_, false, ""},
    {"description", S, F_, false, ""},
    {"extent", S, F_, false, ""},
    {"extent_type", S, F_, false, ""},
    {"uri", S, F_, false, ""},
    {"attributes", A, F_, false, "attribute"},
    {"metadata", A, F_, false, "metadata"},
};

// Objects the importer does not read (funding, contact...) are checked for being objects.
constexpr Schema kSchemas[] = {
    {"service", kService},     {"organization", kOrganization},
    {"phone", kPhone},         {"schedule", kSchedule},
    {"language", kLanguage},   {"service_at_location", kServiceAtLocation},
    {"location", kLocation},   {"address", kAddress},
    {"attribute", kAttribute}, {"taxonomy_term", kTaxonomyTerm},
    {"taxonomy", kTaxonomy},   {"service_area", kServiceArea},
};

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// RFC 4122 text form, any version, either case (as python-jsonschema's "uuid" check).
bool is_uuid(std::string_view text) {
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != '-' : !is_hex(text[i]))
            return false;
    }
    return true;
}

// RFC 3339: YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM).
bool is_date_time(std::string_view text) {
    if (!digits_at(text, 0, 4) || text.size() < 20 || text[4] != '-' || !digits_at(text, 5, 2) ||
        text[7] != '-' || !digits_at(text, 8, 2) || (text[10] != 'T' && text[10] != 't') ||
        !digits_at(text, 11, 2) || text[13] != ':' || !digits_at(text, 14, 2) || text[16] != ':' ||
        !digits_at(text, 17, 2))
        return false;
    std::size_t at = 19;
    if (at < text.size() && text[at] == '.') {
        ++at;
        const std::size_t start = at;
        while (at < text.size() && is_digit(text[at]))
            ++at;
        if (at == start)
            return false;
    }
    const std::string_view zone = text.substr(at);
    return zone == "Z" || zone == "z" ||
           (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digits_at(zone, 1, 2) &&
            zone[3] == ':' && digits_at(zone, 4, 2));
}

bool is_uri(std::string_view text) {
    return boost::urls::parse_uri(text).has_value();
}

std::string_view type_name(Type type) {
    switch (type) {
    case Type::string:
        return "string";
    case Type::number:
        return "number";
    case Type::array:
        return "array";
    case Type::object:
        return "object";
    }
    return "";
}

std::string_view format_name(Format format) {
    switch (format) {
    case Format::none:
        return "";
    case Format::uuid:
        return "uuid";
    case Format::uri:
        return "uri";
    case Format::email:
        return "email";
    case Format::date_time:
        return "date-time";
    }
    return "";
}

} // namespace

const Schema* schema_named(std::string_view name) {
    for (const Schema& schema : kSchemas) {
        if (schema.name == name)
            return &schema;
    }
    return nullptr;
}

// Checks `value` against `schema`, appending a problem per broken rule (all of them).
void validate(const json::value& value, const Schema& schema, const std::string& record,
              const std::string& path, std::vector<Problem>& problems) {
    const auto* object = value.if_object();
    if (!object) {
        problems.push_back(
            Problem{record, path, "must be an object (HSDS " + std::string(schema.name) + ")"});
        return;
    }
    const auto check_nested = [&](const json::value& item, const Rule& rule,
                                  const std::string& where) {
        if (const Schema* nested = schema_named(rule.ref))
            validate(item, *nested, record, where, problems);
        else if (!item.is_object())
            problems.push_back(
                Problem{record, where, "must be an object (HSDS " + std::string(rule.ref) + ")"});
    };
    for (const Rule& rule : schema.rules) {
        const std::string where = join(path, rule.name);
        const json::value* item = object->if_contains(rule.name);
        if (!item) {
            if (rule.required)
                problems.push_back(Problem{record, where, "is required"});
            continue;
        }
        switch (rule.type) {
        case Type::string: {
            if (!item->is_string()) {
                problems.push_back(Problem{record, where, "must be a string"});
                break;
            }
            const std::string_view text = item->get_string();
            const bool good = rule.format == Format::uuid        ? is_uuid(text)
                              : rule.format == Format::uri       ? is_uri(text)
                              : rule.format == Format::email     ? text.find('@') != text.npos
                              : rule.format == Format::date_time ? is_date_time(text)
                                                                 : true;
            if (!good)
                problems.push_back(Problem{record, where,
                                           "must be a " + std::string(format_name(rule.format)) +
                                               " (is \"" + std::string(text) + "\")"});
            if (!rule.values.empty() &&
                std::find(rule.values.begin(), rule.values.end(), text) == rule.values.end()) {
                std::string allowed;
                for (const std::string_view value_text : rule.values)
                    allowed += (allowed.empty() ? "" : ", ") + std::string(value_text);
                problems.push_back(
                    Problem{record, where,
                            "must be one of " + allowed + " (is \"" + std::string(text) + "\")"});
            }
            break;
        }
        case Type::number:
            if (!item->is_number())
                problems.push_back(Problem{record, where, "must be a number"});
            break;
        case Type::array: {
            const auto* array = item->if_array();
            if (!array) {
                problems.push_back(Problem{record, where, "must be an array"});
                break;
            }
            for (std::size_t i = 0; i < array->size(); ++i)
                check_nested((*array)[i], rule, indexed(where, i));
            break;
        }
        case Type::object:
            check_nested(*item, rule, where);
            break;
        }
    }
}

} // namespace relais::sync::hsds_detail

namespace relais::sync {

std::vector<HsdsRule> hsds_schema_rules() {
    std::vector<HsdsRule> out;
    for (const hsds_detail::Schema& schema : hsds_detail::kSchemas) {
        for (const hsds_detail::Rule& rule : schema.rules)
            out.push_back(
                HsdsRule{schema.name, rule.name, hsds_detail::type_name(rule.type),
                         hsds_detail::format_name(rule.format), rule.required, rule.ref,
                         std::vector<std::string_view>(rule.values.begin(), rule.values.end())});
    }
    return out;
}

} // namespace relais::sync
