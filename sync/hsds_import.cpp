#include "sync/hsds_import.h"

#include "data/hours.h"
#include "data/importer.h"
#include "data/tokenizer.h"
#include "sync/clock.h"
#include "sync/hsds.h"

#include <boost/json.hpp>
#include <boost/url/parse.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <span>
#include <sstream>

namespace relais::sync {
namespace json = boost::json;

namespace {

// ---------------------------------------------------------------------------------------
// The HSDS 3.0 schema rules, transcribed from tests/data/hsds/schema/*.json (the test
// HsdsSchemaRules compares this table with those files, so that a drift shows).

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

constexpr std::string_view kServiceStatus[] = {"active", "inactive", "defunct",
                                               "temporarily closed"};
constexpr std::string_view kWeekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
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
    {"wkst", S, F_, false, "", kWeekdays},
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

const Schema* schema_named(std::string_view name) {
    for (const Schema& schema : kSchemas) {
        if (schema.name == name)
            return &schema;
    }
    return nullptr;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
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

bool digits_at(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size())
        return false;
    return std::all_of(text.begin() + static_cast<long>(at),
                       text.begin() + static_cast<long>(at + count), is_digit);
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

std::string join(const std::string& path, std::string_view name) {
    return path.empty() ? std::string(name) : path + "." + std::string(name);
}

std::string indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
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

// ---------------------------------------------------------------------------------------
// Reading.

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

std::string string_at(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

const json::array& array_at(const json::object& object, std::string_view key) {
    static const json::array kEmpty;
    const auto* value = object.if_contains(key);
    return value && value->is_array() ? value->get_array() : kEmpty;
}

const json::object* object_at(const json::object& object, std::string_view key) {
    const auto* value = object.if_contains(key);
    return value ? value->if_object() : nullptr;
}

// The record name in problems: the HSDS id, or the position when there is none.
std::string record_name(const json::value& item, std::size_t index, const std::string& prefix) {
    const auto* object = item.if_object();
    const std::string id = object ? string_at(*object, "id") : std::string();
    return prefix + (id.empty() ? "#" + std::to_string(index) : id);
}

// ---------------------------------------------------------------------------------------
// Plain HSDS values in Relais' terms.

// Relais wants international numbers ("+32 2 511 11 11") or short numbers ("112"). HSDS
// numbers come in any shape: separators become spaces, "00" becomes "+", and a national
// number starting with 0 is taken as Belgian (the directory's country).
std::optional<std::string> international_number(std::string_view raw) {
    std::vector<std::string> groups;
    bool plus = false;
    bool separated = true;
    for (const char c : raw) {
        if (is_digit(c)) {
            if (separated || groups.empty())
                groups.emplace_back();
            groups.back() += c;
            separated = false;
        } else if (c == '+' && groups.empty()) {
            plus = true;
        } else if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' ||
                   c == '"' || c == '\'' || c == '\t') {
            separated = true;
        } else {
            return std::nullopt; // letters, extensions written in the number...
        }
    }
    std::string digits;
    for (const std::string& group : groups)
        digits += group;
    if (digits.empty())
        return std::nullopt;
    if (!plus && digits.size() <= 6 && groups.size() == 1 && digits[0] != '0')
        return digits.size() >= 3 ? std::optional(digits) : std::nullopt;
    if (!plus && digits.starts_with("00")) {
        plus = true;
        groups.front().erase(0, 2);
        if (groups.front().empty())
            groups.erase(groups.begin());
    } else if (!plus && digits[0] == '0' && (digits.size() == 9 || digits.size() == 10)) {
        plus = true;
        groups.front().erase(0, 1);
        if (groups.front().empty())
            groups.erase(groups.begin());
        groups.insert(groups.begin(), "32");
    }
    if (!plus || groups.empty() || groups.front()[0] == '0')
        return std::nullopt;
    std::string out = "+";
    std::size_t count = 0;
    for (const std::string& group : groups) {
        if (out.size() > 1)
            out += ' ';
        out += group;
        count += group.size();
    }
    if (count < 8 || count > 15)
        return std::nullopt;
    return out;
}

bool is_email_address(std::string_view text) {
    const auto at = text.find('@');
    return at != text.npos && at > 0 && at == text.rfind('@') && text.find('.', at) != text.npos &&
           text.back() != '.' && text.find_first_of(" \t<>,;") == text.npos;
}

bool is_web_address(std::string_view text) {
    const auto parsed = boost::urls::parse_absolute_uri(text);
    return parsed && (parsed->scheme() == "https" || parsed->scheme() == "http") &&
           !parsed->encoded_host().empty();
}

// ISO 639-1 code of an HSDS language (its code, ISO 639-1 or 639-3, or its English name).
std::optional<std::string> language_code(const json::object& language) {
    struct Known {
        std::string_view code, three, three_b, name;
    };
    static constexpr Known kKnown[] = {
        {"fr", "fra", "fre", "french"},     {"nl", "nld", "dut", "dutch"},
        {"en", "eng", "eng", "english"},    {"de", "deu", "ger", "german"},
        {"es", "spa", "spa", "spanish"},    {"pt", "por", "por", "portuguese"},
        {"it", "ita", "ita", "italian"},    {"ar", "ara", "ara", "arabic"},
        {"tr", "tur", "tur", "turkish"},    {"pl", "pol", "pol", "polish"},
        {"ro", "ron", "rum", "romanian"},   {"bg", "bul", "bul", "bulgarian"},
        {"ru", "rus", "rus", "russian"},    {"uk", "ukr", "ukr", "ukrainian"},
        {"fa", "fas", "per", "persian"},    {"ps", "pus", "pus", "pashto"},
        {"ur", "urd", "urd", "urdu"},       {"zh", "zho", "chi", "chinese"},
        {"sq", "sqi", "alb", "albanian"},   {"hu", "hun", "hun", "hungarian"},
        {"sk", "slk", "slo", "slovak"},     {"cs", "ces", "cze", "czech"},
        {"ti", "tir", "tir", "tigrinya"},   {"so", "som", "som", "somali"},
        {"ln", "lin", "lin", "lingala"},    {"sw", "swa", "swa", "swahili"},
        {"am", "amh", "amh", "amharic"},    {"ku", "kur", "kur", "kurdish"},
        {"el", "ell", "gre", "greek"},      {"hi", "hin", "hin", "hindi"},
        {"bn", "ben", "ben", "bengali"},    {"th", "tha", "tha", "thai"},
        {"vi", "vie", "vie", "vietnamese"}, {"tl", "tgl", "tgl", "tagalog"},
    };
    const std::string code = fold_key(string_at(language, "code"));
    const std::string name = fold_key(string_at(language, "name"));
    if (code.size() == 2 &&
        std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return code;
    for (const Known& known : kKnown) {
        if ((!code.empty() && (code == known.three || code == known.three_b)) ||
            (code.empty() && name == known.name))
            return std::string(known.code);
    }
    return std::nullopt;
}

// Minutes since midnight of an HSDS time ("10:00", "10:00:00", "10:00Z", "09:00+01:00"). The
// offset is not applied: a directory's times are the local times of its services.
std::optional<int> minutes_of(std::string_view text) {
    if (!digits_at(text, 0, 2) || text.size() < 5 || text[2] != ':' || !digits_at(text, 3, 2))
        return std::nullopt;
    std::size_t at = 5;
    if (at < text.size() && text[at] == ':') {
        if (!digits_at(text, at + 1, 2))
            return std::nullopt;
        at += 3;
        if (at < text.size() && text[at] == '.') {
            ++at;
            while (at < text.size() && is_digit(text[at]))
                ++at;
        }
    }
    const std::string_view zone = text.substr(at);
    const bool zone_ok = zone.empty() || zone == "Z" ||
                         ((zone.size() == 6 || zone.size() == 5 || zone.size() == 3) &&
                          (zone[0] == '+' || zone[0] == '-') && digits_at(zone, 1, 2));
    if (!zone_ok)
        return std::nullopt;
    const int hours = (text[0] - '0') * 10 + (text[1] - '0');
    const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
    if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
        return std::nullopt;
    return hours * 60 + minutes;
}

std::optional<Area> area_named(std::string_view name) {
    const std::string key = fold_key(name);
    static const std::map<std::string, Area, std::less<>> kNames{
        {"brussels", Area::brussels},
        {"bruxelles", Area::brussels},
        {"brussel", Area::brussels},
        {"brussels-capital-region", Area::brussels},
        {"region-de-bruxelles-capitale", Area::brussels},
        {"brussels-hoofdstedelijk-gewest", Area::brussels},
        {"belgium", Area::national},
        {"belgique", Area::national},
        {"belgie", Area::national},
        {"national", Area::national},
        {"flanders", Area::flanders},
        {"vlaanderen", Area::flanders},
        {"flandre", Area::flanders},
        {"wallonia", Area::wallonia},
        {"wallonie", Area::wallonia},
    };
    const auto it = kNames.find(key);
    return it == kNames.end() ? std::nullopt : std::optional(it->second);
}

bool is_iso_day(std::string_view text) {
    return text.size() == 10 && digits_at(text, 0, 4) && text[4] == '-' && digits_at(text, 5, 2) &&
           text[7] == '-' && digits_at(text, 8, 2);
}

// A Relais id (slug) for a plain HSDS record, unique among `taken`: from the name, and on a
// clash with the start of the HSDS UUID (stable whatever the order of the records).
std::string unique_slug(const std::string& name, const std::string& uuid,
                        std::set<std::string>& taken, std::string_view fallback) {
    std::string base = organization_id_for(name);
    if (base.empty())
        base = std::string(fallback);
    std::string slug = base;
    if (taken.contains(slug))
        slug = base + "-" + uuid.substr(0, 8);
    for (int n = 2; taken.contains(slug); ++n)
        slug = base + "-" + std::to_string(n);
    taken.insert(slug);
    return slug;
}

// ---------------------------------------------------------------------------------------
// The import.

constexpr std::string_view kServicesFile = "services.json";
constexpr std::string_view kOrganizationsFile = "organizations.json";
constexpr std::string_view kTermsFile = "taxonomy_terms.json";

// Service fields the plain mapping reads; the others are counted in a note.
constexpr std::string_view kMappedServiceFields[] = {
    "id",           "organization_id", "name",          "alternate_name",       "description",
    "url",          "email",           "status",        "assured_date",         "last_modified",
    "phones",       "schedules",       "service_areas", "service_at_locations", "languages",
    "organization", "attributes"};

class Importer {
public:
    Importer(const HsdsImportOptions& options, HsdsImport& result)
        : options_(options), result_(result) {}

    void run(const json::array* services, const json::array* organizations,
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
            std::find(known_categories_.begin(), known_categories_.end(),
                      *options_.default_category) == known_categories_.end())
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

private:
    const HsdsImportOptions& options_;
    HsdsImport& result_;
    std::vector<std::string> known_categories_;
    std::map<std::string, const json::object*> terms_by_id_;   // HSDS id -> term
    std::map<std::string, std::string> organization_ids_;      // HSDS id -> Relais id
    std::set<std::string> organization_slugs_, service_slugs_; // Relais ids taken
    std::map<std::string, std::size_t> unmapped_;              // field -> services
    const std::string now_ = now_iso8601();

    void problem(const std::string& record, const std::string& field, const std::string& text) {
        result_.problems.push_back(Problem{record, field, text});
    }
    void note(const std::string& record, const std::string& field, const std::string& text) {
        result_.notes.push_back(Problem{record, field, text});
    }

    // Terms of the Relais profile (a code and relais_translations) are Relais categories.
    void read_terms(const json::array& terms) {
        const std::string prefix = std::string(kTermsFile) + ":";
        std::set<std::string> ids;
        for (std::size_t i = 0; i < terms.size(); ++i) {
            const std::string record = record_name(terms[i], i, prefix);
            const auto before = result_.problems.size();
            validate(terms[i], *schema_named("taxonomy_term"), record, "", result_.problems);
            if (result_.problems.size() != before)
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

    // The Relais id of an HSDS organization (registered on first sight).
    std::optional<std::string> add_organization(const json::object& organization,
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
            id = unique_slug(string_at(organization, "name"), uuid, organization_slugs_,
                             "organization");
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

    void read_organizations(const json::array& organizations) {
        const std::string prefix = std::string(kOrganizationsFile) + ":";
        for (std::size_t i = 0; i < organizations.size(); ++i) {
            const std::string record = record_name(organizations[i], i, prefix);
            const auto before = result_.problems.size();
            validate(organizations[i], *schema_named("organization"), record, "", result_.problems);
            if (result_.problems.size() != before)
                continue;
            const json::object& organization = organizations[i].get_object();
            if (organization_ids_.contains(string_at(organization, "id")))
                problem(record, "id", "duplicate HSDS id");
            else
                add_organization(organization, record, "");
        }
    }

    void read_services(const json::array& services) {
        // Schema first, for every record; then the Relais ids of the profile records, so
        // that the slugs made for plain records avoid them.
        std::vector<bool> valid(services.size(), false);
        std::set<std::string> uuids;
        for (std::size_t i = 0; i < services.size(); ++i) {
            const std::string record = record_name(services[i], i, "");
            const auto before = result_.problems.size();
            validate(services[i], *schema_named("service"), record, "", result_.problems);
            if (result_.problems.size() != before)
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

    // The Relais id of the service's organization: nested, or by organization_id.
    std::optional<std::string> organization_of(const json::object& service,
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

    // The Relais profile: relais_record with the texts of relais_translations, as exported.
    std::optional<Service> restore(const json::object& service, const std::string& record) {
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

    // Phones, schedules: the service's own, or else those of its (first) location.
    static const json::array& from_service_or_location(const json::object& service,
                                                       const json::object* at_location,
                                                       std::string_view key, std::string& path) {
        path = key;
        if (!array_at(service, key).empty() || !at_location)
            return array_at(service, key);
        path = "service_at_locations[0]." + std::string(key);
        if (!array_at(*at_location, key).empty())
            return array_at(*at_location, key);
        path = "service_at_locations[0].location." + std::string(key);
        const json::object* location = object_at(*at_location, "location");
        return location ? array_at(*location, key) : array_at(*at_location, key);
    }

    std::optional<Service> map_plain(const json::object& service, const std::string& record) {
        const auto before = result_.problems.size();
        Service s;
        const std::string uuid = string_at(service, "id");
        s.id = unique_slug(string_at(service, "name"), uuid, service_slugs_, "service");
        s.name.fr = string_at(service, "name");
        if (s.name.fr.empty())
            problem(record, "name", "must not be empty");
        s.description.fr = string_at(service, "description");
        // Our export joins several other names with "; ".
        std::stringstream others(string_at(service, "alternate_name"));
        for (std::string other; std::getline(others, other, ';');) {
            const auto first = other.find_first_not_of(' ');
            const auto last = other.find_last_not_of(' ');
            if (first != std::string::npos)
                s.other_names.push_back(other.substr(first, last - first + 1));
        }
        s.confidence = Confidence::unverified;

        if (const std::string url = string_at(service, "url"); !url.empty()) {
            if (is_web_address(url))
                s.website = url;
            else
                note(record, "url", "is not an http(s) address: left out");
        }
        if (const std::string mail = string_at(service, "email"); !mail.empty()) {
            if (is_email_address(mail))
                s.email = mail;
            else
                note(record, "email", "is not an e-mail address: left out");
        }
        if (const std::string assured = string_at(service, "assured_date"); !assured.empty()) {
            if (is_iso_day(assured))
                s.checked_on = assured;
            else
                note(record, "assured_date", "is not a date YYYY-MM-DD: left out");
        }
        // The two texts of our export; other fee texts have no place (counted below).
        const std::string fees = string_at(service, "fees_description");
        if (fees == "Free of charge.")
            s.free = true;
        else if (fees == "Fees may apply.")
            s.free = false;
        // Relais times are UTC; another offset is replaced by the time of the import.
        s.updated_at = string_at(service, "last_modified");
        if (!s.updated_at.ends_with('Z'))
            s.updated_at = now_;

        const auto& at_locations = array_at(service, "service_at_locations");
        const json::object* at_location =
            at_locations.empty() ? nullptr : at_locations.front().if_object();
        if (at_locations.size() > 1)
            note(record, "service_at_locations",
                 "Relais holds one place per service: the first kept, " +
                     std::to_string(at_locations.size() - 1) + " left out");
        if (at_location)
            map_location(*at_location, record, s);

        std::string path;
        const auto& phones = from_service_or_location(service, at_location, "phones", path);
        map_phones(phones, record, path, s);
        const auto& schedules = from_service_or_location(service, at_location, "schedules", path);
        map_schedules(schedules, record, path, s);
        map_languages(service, record, s);
        map_areas(service, record, s);
        map_categories(service, record, s);

        for (const auto& [key, value] : service) {
            (void)value;
            if (std::find(std::begin(kMappedServiceFields), std::end(kMappedServiceFields), key) ==
                    std::end(kMappedServiceFields) &&
                !(key == "fees_description" && s.free))
                ++unmapped_[std::string(key)];
        }
        if (result_.problems.size() != before)
            return std::nullopt;

        // The record must pass Relais' own check (as clients check what they sync): anything
        // left failing is reported rather than stored.
        std::vector<Problem> found;
        json::value encoded = to_json(s);
        encoded.as_object()["organization_id"] = "x"; // set by the caller
        service_from_json(encoded, found, known_categories_);
        for (Problem& p : found) {
            p.record = record;
            p.message = "(Relais rule, field " + p.field + ") " + p.message;
            p.field = {};
            result_.problems.push_back(std::move(p));
        }
        if (!found.empty())
            return std::nullopt;
        return s;
    }

    void map_location(const json::object& at_location, const std::string& record, Service& s) {
        const json::object* location = object_at(at_location, "location");
        if (!location)
            return;
        const std::string path = "service_at_locations[0].location";
        const auto* lat = location->if_contains("latitude");
        const auto* lon = location->if_contains("longitude");
        if (lat && lon) {
            const double latitude = lat->to_number<double>();
            const double longitude = lon->to_number<double>();
            if (std::abs(latitude) <= 90 && std::abs(longitude) <= 180) {
                s.address.lat = latitude;
                s.address.lon = longitude;
            } else {
                note(record, path + ".latitude",
                     "latitude/longitude out of range: coordinates left out");
            }
        }
        const auto& addresses = array_at(*location, "addresses");
        const json::object* address = nullptr;
        for (const json::value& item : addresses) {
            if (string_at(item.get_object(), "address_type") == "physical") {
                address = &item.get_object();
                break;
            }
        }
        if (!address && !addresses.empty())
            address = &addresses.front().get_object();
        if (!address)
            return;
        std::string street = string_at(*address, "address_1");
        if (const std::string more = string_at(*address, "address_2"); !more.empty())
            street += ", " + more;
        const auto set = [](std::optional<std::string>& field, std::string text) {
            if (!text.empty())
                field = std::move(text);
        };
        set(s.address.street, street);
        set(s.address.postal_code, string_at(*address, "postal_code"));
        set(s.address.city, string_at(*address, "city"));
        // Our export writes the municipality as `region` where it differs from the city.
        const std::string region = string_at(*address, "region");
        set(s.address.municipality, region.empty() ? string_at(*address, "city") : region);
    }

    void map_phones(const json::array& phones, const std::string& record, const std::string& path,
                    Service& s) {
        for (std::size_t i = 0; i < phones.size(); ++i) {
            const json::object& phone = phones[i].get_object();
            const std::string where = indexed(path, i);
            if (string_at(phone, "type") == "fax") {
                note(record, where, "a fax number: left out");
                continue;
            }
            const std::string raw = string_at(phone, "number");
            const auto number = international_number(raw);
            if (!number) {
                note(record, where + ".number",
                     "\"" + raw +
                         "\" is not a number Relais can dial (international +CC... "
                         "or short): left out");
                continue;
            }
            Phone out{*number, std::nullopt, std::nullopt, std::nullopt};
            std::string label = string_at(phone, "description");
            if (const auto* extension = phone.if_contains("extension")) {
                const double value = extension->to_number<double>();
                label += (label.empty() ? "" : " ") + std::string("(ext. ") +
                         std::to_string(static_cast<long long>(value)) + ")";
            }
            if (!label.empty())
                out.label = label;
            s.phones.push_back(std::move(out));
        }
    }

    void map_schedules(const json::array& schedules, const std::string& record,
                       const std::string& path, Service& s) {
        if (schedules.empty())
            return; // unknown hours
        std::vector<HoursRange> hours;
        for (std::size_t i = 0; i < schedules.size(); ++i) {
            const json::object& schedule = schedules[i].get_object();
            const std::string where = indexed(path, i);
            const auto before = result_.problems.size();
            const std::string opens_text = string_at(schedule, "opens_at");
            const std::string closes_text = string_at(schedule, "closes_at");
            const auto opens = minutes_of(opens_text);
            const auto closes = minutes_of(closes_text);
            if (schedule.contains("opens_at") && (!opens || *opens == 1440))
                problem(record, where + ".opens_at",
                        "must be a time HH:MM[:SS] from 00:00 to 23:59 (is \"" + opens_text +
                            "\")");
            if (schedule.contains("closes_at") && !closes)
                problem(record, where + ".closes_at",
                        "must be a time HH:MM[:SS] from 00:00 to 24:00 (is \"" + closes_text +
                            "\")");
            const std::string freq = string_at(schedule, "freq");
            const std::string byday = string_at(schedule, "byday");
            if (freq == "MONTHLY" || byday.empty() || !schedule.contains("opens_at") ||
                !schedule.contains("closes_at")) {
                if (result_.problems.size() == before)
                    note(record, where,
                         "not a weekly opening (freq WEEKLY, byday, opens_at, closes_at): "
                         "left out");
                continue;
            }
            HoursRange range;
            std::stringstream days(byday);
            for (std::string day; std::getline(days, day, ',');) {
                day.erase(std::remove(day.begin(), day.end(), ' '), day.end());
                const auto found = std::find(std::begin(kWeekdays), std::end(kWeekdays), day);
                if (found == std::end(kWeekdays)) {
                    problem(record, where + ".byday",
                            "unknown day '" + day + "' (expected MO, TU, WE, TH, FR, SA, SU)");
                    continue;
                }
                range.days =
                    static_cast<std::uint8_t>(range.days | (1u << (found - std::begin(kWeekdays))));
            }
            if (result_.problems.size() != before)
                continue;
            range.opens = *opens;
            range.closes = *closes;
            if (range.opens == range.closes) {
                note(record, where, "opens and closes at the same time: left out");
                continue;
            }
            if (const std::string text = string_at(schedule, "description"); !text.empty())
                range.note = text;
            if (schedule.contains("valid_from") || schedule.contains("valid_to") ||
                schedule.contains("until"))
                note(record, where, "validity dates (valid_from, valid_to, until) left out");
            hours.push_back(std::move(range));
        }
        if (!hours.empty())
            s.hours = std::move(hours);
    }

    void map_languages(const json::object& service, const std::string& record, Service& s) {
        const auto& languages = array_at(service, "languages");
        if (languages.empty())
            return; // unknown
        std::vector<std::string> codes;
        for (std::size_t i = 0; i < languages.size(); ++i) {
            const auto code = language_code(languages[i].get_object());
            if (!code) {
                note(record, indexed("languages", i), "no ISO 639-1 code known: left out");
                continue;
            }
            if (std::find(codes.begin(), codes.end(), *code) == codes.end())
                codes.push_back(*code);
        }
        if (!codes.empty())
            s.languages = std::move(codes);
    }

    void map_areas(const json::object& service, const std::string& record, Service& s) {
        const auto& areas = array_at(service, "service_areas");
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const json::object& area = areas[i].get_object();
            auto found = area_named(string_at(area, "name"));
            if (!found)
                found = area_named(string_at(area, "extent"));
            if (found && !s.area) {
                s.area = found;
                continue;
            }
            note(record, indexed("service_areas", i),
                 found ? "Relais holds one area per service: left out"
                       : "names no area Relais knows (Brussels, Belgium, Flanders, Wallonia): "
                         "left out");
        }
    }

    // A term is a Relais category by its UUID (our export), its code, or its name (a label).
    std::optional<std::string> category_of(const json::object& term) {
        const std::string code = string_at(term, "code");
        const std::string uuid = string_at(term, "id");
        const std::string name = fold_key(string_at(term, "name"));
        for (const Category& category : result_.directory.categories) {
            if (code == category.id || uuid == hsds_uuid("taxonomy_term", category.id) ||
                name == category.id || name == fold_key(category.label.fr) ||
                name == fold_key(category.label.nl) || name == fold_key(category.label.en))
                return category.id;
        }
        return std::nullopt;
    }

    void map_categories(const json::object& service, const std::string& record, Service& s) {
        std::vector<std::string> unmatched;
        for (const json::value& item : array_at(service, "attributes")) {
            const json::object& attribute = item.get_object();
            const json::object* term = object_at(attribute, "taxonomy_term");
            if (!term) {
                const auto it = terms_by_id_.find(string_at(attribute, "taxonomy_term_id"));
                term = it == terms_by_id_.end() ? nullptr : it->second;
            }
            if (!term)
                continue;
            if (const auto category = category_of(*term)) {
                if (std::find(s.categories.begin(), s.categories.end(), *category) ==
                    s.categories.end())
                    s.categories.push_back(*category);
            } else {
                unmatched.push_back(string_at(*term, "name"));
            }
        }
        if (!s.categories.empty())
            return;
        if (options_.default_category) {
            s.categories.push_back(*options_.default_category);
            note(record, "attributes",
                 "no taxonomy term maps to a Relais category: given the default category " +
                     *options_.default_category);
            return;
        }
        std::string names;
        for (const std::string& name : unmatched)
            names += (names.empty() ? " (terms: " : ", ") + name;
        if (!names.empty())
            names += ")";
        problem(record, "attributes",
                "no taxonomy term maps to a Relais category" + names +
                    ": give a default category (--default-category)");
    }
};

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
    Importer(options, result).run(service_items, organization_items, term_items);
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

std::vector<HsdsRule> hsds_schema_rules() {
    std::vector<HsdsRule> out;
    for (const Schema& schema : kSchemas) {
        for (const Rule& rule : schema.rules)
            out.push_back(
                HsdsRule{schema.name, rule.name, type_name(rule.type), format_name(rule.format),
                         rule.required, rule.ref,
                         std::vector<std::string_view>(rule.values.begin(), rule.values.end())});
    }
    return out;
}

} // namespace relais::sync
