#pragma once
// The directory's typed records: what every layer (store, search, sync, client) passes around.
// Aligned with Open Referral HSDS 3.0 for the fields we share; std::optional means "unknown",
// and unknown is never replaced by a guess.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

enum class Lang { fr, nl, en };
inline constexpr std::array<Lang, 3> kLangs{Lang::fr, Lang::nl, Lang::en};
std::string_view to_string(Lang lang);
std::optional<Lang> lang_from_string(std::string_view code);

// A human-readable text in the three languages of Brussels' services. An empty string means
// "not written in that language"; `in()` falls back to another language rather than show nothing.
struct LocalizedText {
    std::string fr, nl, en;

    const std::string& exact(Lang lang) const;
    std::string& exact(Lang lang);
    const std::string& in(Lang lang) const;
    bool empty() const { return fr.empty() && nl.empty() && en.empty(); }
    bool operator==(const LocalizedText&) const = default;
};

struct Address {
    std::optional<std::string> street, postal_code, municipality, city;
    std::optional<double> lat, lon;
    bool operator==(const Address&) const = default;
};

// What a source says against a contact detail, shown wherever the detail is: a number seen
// only on a third-party page (`unofficial`), or on an undated or old page (`dated`).
enum class Caveat { unofficial, dated };
std::string_view to_string(Caveat value);
std::optional<Caveat> caveat_from_string(std::string_view code);

// What a number is for, as the person reads it on a sheet in any language. The free `label`
// is the directory's own wording (and may carry research remarks); `kind` is what travels.
enum class PhoneKind { reception, helpline, emergency, whatsapp, appointments, office };
std::string_view to_string(PhoneKind value);
std::optional<PhoneKind> phone_kind_from_string(std::string_view code);

struct Phone {
    std::string number;
    std::optional<std::string> label;
    std::optional<Caveat> caveat;
    std::optional<PhoneKind> kind;
    bool operator==(const Phone&) const = default;
};

// Days as a bit set, Monday = bit 0 ... Sunday = bit 6.
enum class Weekday : std::uint8_t { mo, tu, we, th, fr, sa, su };
std::string_view to_string(Weekday day);
std::optional<Weekday> weekday_from_string(std::string_view code);

// One line of opening hours in Brussels local time. Minutes since midnight; closes == 1440
// means "until the end of the day"; closes < opens means the range runs past midnight.
struct HoursRange {
    std::uint8_t days = 0; // bit set of Weekday
    int opens = 0;
    int closes = 0;
    std::optional<std::string> note;

    bool has(Weekday day) const { return (days >> static_cast<int>(day)) & 1u; }
    bool operator==(const HoursRange&) const = default;
};

enum class Appointment { required, optional, walk_in };
std::string_view to_string(Appointment value);
std::optional<Appointment> appointment_from_string(std::string_view code);

enum class Confidence { verified, partial, unverified };
std::string_view to_string(Confidence value);
std::optional<Confidence> confidence_from_string(std::string_view code);

// Where a service works (see data/place.h): the Brussels-Capital Region, the whole country
// (a national line), elsewhere in Flanders or Wallonia, or not known.
enum class Area { brussels, national, flanders, wallonia, unknown };
std::string_view to_string(Area value);
std::optional<Area> area_from_string(std::string_view code);

struct Service {
    std::string id;
    std::string organization_id;
    LocalizedText name;
    // Other names people know it by: its name in another language, a former name, a
    // well-known abbreviation. Searchable, shown small ("also known as").
    std::vector<std::string> other_names;
    LocalizedText description;
    std::vector<std::string> categories;
    std::vector<std::string> audience;
    Address address;
    // Set only where the address cannot tell (a national line, no address known): see
    // area_of() in data/place.h for the area a service has.
    std::optional<Area> area;
    std::vector<Phone> phones;
    std::optional<std::string> email;
    std::optional<std::string> website;
    std::optional<std::vector<HoursRange>> hours;      // nullopt: hours unknown
    std::optional<std::vector<std::string>> languages; // ISO 639-1 codes; nullopt: unknown
    std::optional<bool> free;
    std::optional<bool> anonymous;
    std::optional<Appointment> appointment;
    std::vector<std::string> sources;
    Confidence confidence = Confidence::unverified;
    std::optional<std::string> notes;
    // Last checked against public sources: ISO 8601 "YYYY-MM-DD", or "YYYY-MM" where only
    // the month of the research is known. Trust is worked out in data/trust.h.
    std::optional<std::string> checked_on;
    // Where the research found only old sources: the date of the newest ("2006", "2019-05"),
    // said with the listing's trust.
    std::optional<std::string> evidence_date;
    // Last confirmed by the organisation itself (staff "still accurate" or an accepted edit),
    // set by the server's clock: ISO 8601 date or date-time, UTC.
    std::optional<std::string> last_verified_at;
    std::int64_t version = 1;
    std::string updated_at; // ISO 8601 UTC

    bool operator==(const Service&) const = default;
};

struct Organization {
    std::string id;
    std::string name;
    bool operator==(const Organization&) const = default;
};

struct Category {
    std::string id;
    LocalizedText label;
    bool operator==(const Category&) const = default;
};

// The whole directory as one value: what the seed importer produces and a snapshot carries.
struct Directory {
    std::vector<Organization> organizations;
    std::vector<Category> categories;
    std::vector<Service> services;
};

} // namespace relais
