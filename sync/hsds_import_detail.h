#pragma once
// The parts of the HSDS import (sync/hsds_import.h), one file each: hsds_import.cpp (the
// files, and the run of an import: taxonomy terms, organisations, services, the Relais
// profile), hsds_import_map.cpp (a plain HSDS service mapped to a Relais one),
// hsds_import_schema.cpp (the HSDS 3.0 schema rules and their check), hsds_import_values.cpp
// (reading HSDS objects, and plain HSDS values in Relais' terms). Internal to sync/.

#include "data/model.h"
#include "data/seed_json.h"
#include "sync/clock.h"
#include "sync/hsds.h"
#include "sync/hsds_import.h"

#include <boost/json.hpp>

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relais::sync::hsds_detail {
namespace json = boost::json;

inline constexpr std::string_view kServicesFile = "services.json";
inline constexpr std::string_view kOrganizationsFile = "organizations.json";
inline constexpr std::string_view kTermsFile = "taxonomy_terms.json";

// ---------------------------------------------------------------------------------------
// The HSDS 3.0 schema (hsds_import_schema.cpp).

struct Schema;

// The schema of an HSDS object the importer reads ("service", "taxonomy_term"...), or null.
const Schema* schema_named(std::string_view name);

// Checks `value` against `schema`, appending a problem per broken rule (all of them).
void validate(const json::value& value, const Schema& schema, const std::string& record,
              const std::string& path, std::vector<Problem>& problems);

// ---------------------------------------------------------------------------------------
// Reading HSDS objects (hsds_import_values.cpp).

bool is_digit(char c);
// Whether `text` holds `count` digits from `at`.
bool digits_at(std::string_view text, std::size_t at, std::size_t count);

// The paths of problems: "path.name", "path[index]".
std::string join(const std::string& path, std::string_view name);
std::string indexed(const std::string& path, std::size_t index);

// A member of an object: empty (or null) when it is absent or of another type.
std::string string_at(const json::object& object, std::string_view key);
const json::array& array_at(const json::object& object, std::string_view key);
const json::object* object_at(const json::object& object, std::string_view key);

// The record name in problems: the HSDS id, or the position when there is none.
std::string record_name(const json::value& item, std::size_t index, const std::string& prefix);

// ---------------------------------------------------------------------------------------
// Plain HSDS values in Relais' terms (hsds_import_values.cpp).

// Relais wants international numbers ("+32 2 511 11 11") or short numbers ("112"). HSDS
// numbers come in any shape: separators become spaces, "00" becomes "+", and a national
// number starting with 0 is taken as Belgian (the directory's country).
std::optional<std::string> international_number(std::string_view raw);

// A plausible e-mail address; an absolute http(s) address with a host; a date YYYY-MM-DD.
bool is_email_address(std::string_view text);
bool is_web_address(std::string_view text);
bool is_iso_day(std::string_view text);

// ISO 639-1 code of an HSDS language (its code, ISO 639-1 or 639-3, or its English name).
std::optional<std::string> language_code(const json::object& language);

// Minutes since midnight of an HSDS time ("10:00", "10:00:00", "10:00Z", "09:00+01:00"). The
// offset is not applied: a directory's times are the local times of its services.
std::optional<int> minutes_of(std::string_view text);

// The area an HSDS service area names (Brussels, Belgium, Flanders, Wallonia, in English,
// French or Dutch), if any.
std::optional<Area> area_named(std::string_view name);

// A Relais id (slug) for a plain HSDS record, unique among `taken`: from the name, and on a
// clash with the start of the HSDS UUID (stable whatever the order of the records).
std::string unique_slug(const std::string& name, const std::string& uuid,
                        std::set<std::string>& taken, std::string_view fallback);

// ---------------------------------------------------------------------------------------
// The import (hsds_import.cpp, hsds_import_map.cpp).

class Importer {
public:
    Importer(const HsdsImportOptions& options, HsdsImport& result)
        : options_(options), result_(result) {}

    void run(const json::array* services, const json::array* organizations,
             const json::array* terms);

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

    // Checks an object against the HSDS schema so named: false when it breaks any rule (each
    // one reported).
    bool conforms(const json::value& item, std::string_view schema, const std::string& record);

    // Terms of the Relais profile (a code and relais_translations) are Relais categories.
    void read_terms(const json::array& terms);

    // The Relais id of an HSDS organization (registered on first sight).
    std::optional<std::string> add_organization(const json::object& organization,
                                                const std::string& record, const std::string& path);

    void read_organizations(const json::array& organizations);

    void read_services(const json::array& services);

    // The Relais id of the service's organization: nested, or by organization_id.
    std::optional<std::string> organization_of(const json::object& service,
                                               const std::string& record);

    // The Relais profile: relais_record with the texts of relais_translations, as exported.
    std::optional<Service> restore(const json::object& service, const std::string& record);

    // Phones, schedules: the service's own, or else those of its (first) location.
    static const json::array& from_service_or_location(const json::object& service,
                                                       const json::object* at_location,
                                                       std::string_view key, std::string& path);

    std::optional<Service> map_plain(const json::object& service, const std::string& record);

    void map_location(const json::object& at_location, const std::string& record, Service& s);

    void map_phones(const json::array& phones, const std::string& record, const std::string& path,
                    Service& s);

    void map_schedules(const json::array& schedules, const std::string& record,
                       const std::string& path, Service& s);

    void map_languages(const json::object& service, const std::string& record, Service& s);

    void map_areas(const json::object& service, const std::string& record, Service& s);

    // A term is a Relais category by its UUID (our export), its code, or its name (a label).
    std::optional<std::string> category_of(const json::object& term);

    void map_categories(const json::object& service, const std::string& record, Service& s);
};

} // namespace relais::sync::hsds_detail
