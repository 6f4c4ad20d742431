#pragma once
// The seed / wire JSON format of services, organizations and categories (the fields of
// data/seed/brussels-services.json plus version, updated_at, last_verified_at), through
// Boost.JSON conversions. Decoding validates every field and reports every problem found.

#include "data/model.h"
#include "data/trust.h"

#include <boost/json/fwd.hpp>
#include <boost/json/value.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

struct Problem {
    std::string record; // record id, or "#N" when it has none
    std::string field;  // JSON path inside the record, e.g. "hours[1].closes"
    std::string message;
    bool operator==(const Problem&) const = default;
};

// Encoding (never fails).
boost::json::value to_json(const Service& service);
boost::json::value to_json(const Organization& organization);
boost::json::value to_json(const Category& category);
boost::json::value to_json(const LocalizedText& text);
boost::json::value to_json(const std::vector<HoursRange>& hours);
// {"state": "confirmed|checked|unconfirmed", "date": "YYYY-MM-DD"|"YYYY-MM"|null,
//  "by": "organization|public sources"|null} (+ "evidence_date" where known).
boost::json::value to_json(const Trust& trust);

// The bounds every service must keep, checked by service_from_json (so by the server's 422 and
// the client's editor alike): sizes in bytes of UTF-8, counts of list entries. No text may
// hold control characters; last_verified_at may not be in the future (a day of slack for
// time zones).
struct ServiceLimits {
    std::size_t name = 200;       // each language, each other name
    std::size_t long_text = 4000; // description (each language), notes
    std::size_t line = 200;       // street, municipality, city, phone label, hours note
    std::size_t short_text = 64;  // category, audience, postal code, phone number, language
    std::size_t email = 254;
    std::size_t url = 2048; // website, each source
    std::size_t other_names = 10;
    std::size_t categories = 20; // and each named once
    std::size_t audience = 20;
    std::size_t phones = 10;
    std::size_t hours = 50;
    std::size_t languages = 30;
    std::size_t sources = 30;
};

// Decoding of one service object. `organization_id` may be given explicitly or derived by the
// caller from the seed's "organization" name. Problems are appended to `problems`; the result
// is meaningful only when no problem was added. `known_categories` empty = accept any.
Service service_from_json(const boost::json::value& value, std::vector<Problem>& problems,
                          const std::vector<std::string>& known_categories = {});
Category category_from_json(const boost::json::value& value, std::vector<Problem>& problems);
LocalizedText localized_from_json(const boost::json::value& value, std::string_view record,
                                  std::string_view field, std::vector<Problem>& problems);
std::optional<std::vector<HoursRange>> hours_from_json(const boost::json::value& value,
                                                       std::string_view record,
                                                       std::vector<Problem>& problems);

} // namespace relais
