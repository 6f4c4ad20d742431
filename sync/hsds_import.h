#pragma once
// Open Referral HSDS 3.0 import: the reverse of sync/hsds.h. Reads a folder holding
// services.json (an array of fully nested HSDS services, or an HSDS API page of them), and
// organizations.json and taxonomy_terms.json when present, and gives a Relais Directory.
// docs/hsds-profile.md ("Import") describes the mapping. In short:
// - Objects carrying the Relais profile (relais_record, relais_translations) give back the
//   exported record exactly: export -> import -> export is the identity.
// - Plain HSDS maps what Relais has a place for; what it has not is left out and listed in
//   `notes` (never silently).
// - First every object is checked against the HSDS 3.0 schema rules (required properties,
//   types, formats uuid/uri/email/date-time, enums), by hand: Debian 12 packages no JSON
//   Schema library for Boost.JSON. Then the Relais rules (an id, a category, phone numbers
//   in international format...). Any problem refuses the whole folder.

#include "data/model.h"
#include "data/seed_json.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relais::sync {

struct HsdsImportOptions {
    // The categories services may name, when taxonomy_terms.json brings none of the Relais
    // profile (usually the target directory's).
    std::vector<Category> categories;
    // Given to a plain HSDS service whose taxonomy terms map to no category; without it such
    // a service is a problem (every Relais service has at least one category).
    std::optional<std::string> default_category;
};

struct HsdsImport {
    Directory directory;
    std::vector<Problem> problems; // empty = valid; otherwise nothing may be imported
    std::vector<Problem> notes;    // valid HSDS that Relais has no place for: left out
    bool ok() const { return problems.empty(); }
};

// The three files' texts (organizations and taxonomy terms may be absent). `file` names
// which file a problem is in: records of organizations.json and taxonomy_terms.json are
// reported as "organizations.json:ID", services as their HSDS id (or "#INDEX").
HsdsImport parse_hsds(std::string_view services_json,
                      const std::optional<std::string_view>& organizations_json,
                      const std::optional<std::string_view>& taxonomy_terms_json,
                      const HsdsImportOptions& options);

// Reads DIR/services.json (required), DIR/organizations.json and DIR/taxonomy_terms.json.
HsdsImport read_hsds_dir(const std::filesystem::path& dir, const HsdsImportOptions& options);

// The schema rules the importer checks, one per property of the HSDS objects it reads
// (service, organization, phone, schedule, language, service_at_location, location, address,
// attribute, taxonomy_term, taxonomy, service_area): for the test that compares them with
// the schema files. `type`: string, number, array, object; `format`: "" or uuid, uri, email,
// date-time; `ref`: the schema of an object or of array items ("" for none).
struct HsdsRule {
    std::string_view schema, property, type, format;
    bool required = false;
    std::string_view ref;
    std::vector<std::string_view> values; // the enum, when there is one
};
std::vector<HsdsRule> hsds_schema_rules();

} // namespace relais::sync
