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

struct Phone {
    std::string number;
    std::optional<std::string> label;
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

struct Service {
    std::string id;
    std::string organization_id;
    LocalizedText name;
    LocalizedText description;
    std::vector<std::string> categories;
    std::vector<std::string> audience;
    Address address;
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
    std::optional<std::string> last_verified_at; // ISO 8601 date or date-time, UTC
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
