#include "data/place.h"

#include "data/tokenizer.h"

#include <algorithm>
#include <charconv>

namespace relais {
namespace {

// Postcodes and borders as on the Region's public maps. Neighbours outside the Region
// (Dilbeek, Zaventem, Drogenbos...) are not listed: they are not in the directory's place model.
const std::vector<Municipality>& table() {
    static const std::vector<Municipality> municipalities{
        {"anderlecht",
         "Anderlecht",
         "Anderlecht",
         {1070},
         {"molenbeek-saint-jean", "bruxelles", "saint-gilles", "forest"}},
        {"auderghem",
         "Auderghem",
         "Oudergem",
         {1160},
         {"etterbeek", "ixelles", "watermael-boitsfort", "woluwe-saint-pierre"}},
        {"berchem-sainte-agathe",
         "Berchem-Sainte-Agathe",
         "Sint-Agatha-Berchem",
         {1082},
         {"ganshoren", "koekelberg", "molenbeek-saint-jean"}},
        {"bruxelles",
         "Bruxelles",
         "Brussel",
         {1000, 1020, 1120, 1130},
         {"anderlecht", "molenbeek-saint-jean", "jette", "schaerbeek", "evere",
          "saint-josse-ten-noode", "etterbeek", "ixelles", "saint-gilles", "uccle",
          "watermael-boitsfort"}},
        {"etterbeek",
         "Etterbeek",
         "Etterbeek",
         {1040},
         {"bruxelles", "ixelles", "auderghem", "woluwe-saint-pierre", "woluwe-saint-lambert"}},
        {"evere", "Evere", "Evere", {1140}, {"schaerbeek", "bruxelles", "woluwe-saint-lambert"}},
        {"forest", "Forest", "Vorst", {1190}, {"anderlecht", "saint-gilles", "uccle"}},
        {"ganshoren",
         "Ganshoren",
         "Ganshoren",
         {1083},
         {"berchem-sainte-agathe", "koekelberg", "jette"}},
        {"ixelles",
         "Ixelles",
         "Elsene",
         {1050},
         {"bruxelles", "saint-gilles", "etterbeek", "auderghem", "watermael-boitsfort", "uccle"}},
        {"jette", "Jette", "Jette", {1090}, {"ganshoren", "koekelberg", "bruxelles"}},
        {"koekelberg",
         "Koekelberg",
         "Koekelberg",
         {1081},
         {"berchem-sainte-agathe", "ganshoren", "jette", "molenbeek-saint-jean"}},
        {"molenbeek-saint-jean",
         "Molenbeek-Saint-Jean",
         "Sint-Jans-Molenbeek",
         {1080},
         {"bruxelles", "anderlecht", "koekelberg", "berchem-sainte-agathe"}},
        {"saint-gilles",
         "Saint-Gilles",
         "Sint-Gillis",
         {1060},
         {"bruxelles", "anderlecht", "forest", "ixelles"}},
        {"saint-josse-ten-noode",
         "Saint-Josse-ten-Noode",
         "Sint-Joost-ten-Node",
         {1210},
         {"bruxelles", "schaerbeek"}},
        {"schaerbeek",
         "Schaerbeek",
         "Schaarbeek",
         {1030},
         {"bruxelles", "saint-josse-ten-noode", "evere", "woluwe-saint-lambert"}},
        {"uccle",
         "Uccle",
         "Ukkel",
         {1180},
         {"forest", "ixelles", "watermael-boitsfort", "bruxelles"}},
        {"watermael-boitsfort",
         "Watermael-Boitsfort",
         "Watermaal-Bosvoorde",
         {1170},
         {"uccle", "ixelles", "auderghem", "bruxelles"}},
        {"woluwe-saint-lambert",
         "Woluwe-Saint-Lambert",
         "Sint-Lambrechts-Woluwe",
         {1200},
         {"schaerbeek", "evere", "woluwe-saint-pierre", "etterbeek"}},
        {"woluwe-saint-pierre",
         "Woluwe-Saint-Pierre",
         "Sint-Pieters-Woluwe",
         {1150},
         {"woluwe-saint-lambert", "etterbeek", "auderghem"}},
    };
    return municipalities;
}

// Folded and joined without separators: "Sint-Joost-ten-Node" and "sint joost ten node"
// give the same key.
std::string compact(std::string_view name) {
    std::string out;
    for (const auto& word : fold_words(name))
        out += word;
    return out;
}

std::optional<int> postcode_number(std::string_view text) {
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || text.size() != 4)
        return std::nullopt;
    return value;
}

// Short forms people write for the longer names.
constexpr std::pair<std::string_view, std::string_view> kShortNames[] = {
    {"saintjosse", "saint-josse-ten-noode"},
    {"sintjoost", "saint-josse-ten-noode"},
    {"molenbeek", "molenbeek-saint-jean"},
    {"berchem", "berchem-sainte-agathe"},
    {"watermael", "watermael-boitsfort"},
    {"watermaal", "watermael-boitsfort"},
    {"boitsfort", "watermael-boitsfort"},
    {"bosvoorde", "watermael-boitsfort"},
    {"brussels", "bruxelles"},
    {"bruxellesville", "bruxelles"},
    {"laeken", "bruxelles"},
    {"laken", "bruxelles"},
    {"neder-over-heembeek", "bruxelles"},
    {"haren", "bruxelles"},
};

} // namespace

std::span<const Municipality> brussels_municipalities() {
    return table();
}

const Municipality* find_municipality(std::string_view name) {
    if (const auto postcode = postcode_number(name))
        return municipality_of_postcode(*postcode);
    const auto wanted = compact(name);
    if (wanted.empty())
        return nullptr;
    std::string_view key;
    for (const auto& [short_name, full] : kShortNames)
        if (compact(short_name) == wanted)
            key = full;
    for (const auto& municipality : table())
        if (municipality.key == key || compact(municipality.fr) == wanted ||
            compact(municipality.nl) == wanted)
            return &municipality;
    return nullptr;
}

const Municipality* municipality_of_postcode(int postcode) {
    for (const auto& municipality : table())
        if (std::find(municipality.postcodes.begin(), municipality.postcodes.end(), postcode) !=
            municipality.postcodes.end())
            return &municipality;
    return nullptr;
}

bool are_neighbours(const Municipality& a, const Municipality& b) {
    return std::find(a.neighbours.begin(), a.neighbours.end(), b.key) != a.neighbours.end();
}

std::optional<Area> area_of_postcode(int postcode) {
    if (postcode < 1000 || postcode > 9999)
        return std::nullopt;
    if (postcode <= 1299)
        return Area::brussels;
    // Walloon Brabant, Liège, Namur, Hainaut and Luxembourg; the rest is Flemish.
    if (postcode <= 1499 || (postcode >= 4000 && postcode <= 7999))
        return Area::wallonia;
    return Area::flanders;
}

const Municipality* municipality_of(const Address& address) {
    if (address.postal_code)
        if (const auto postcode = postcode_number(*address.postal_code))
            if (const auto* found = municipality_of_postcode(*postcode))
                return found;
    if (address.municipality)
        return find_municipality(*address.municipality);
    return nullptr;
}

Area area_of(const Service& service) {
    if (service.area)
        return *service.area;
    const auto& address = service.address;
    if (address.postal_code)
        if (const auto postcode = postcode_number(*address.postal_code))
            if (const auto area = area_of_postcode(*postcode))
                return *area;
    if (municipality_of(address))
        return Area::brussels;
    if (address.city && find_municipality(*address.city))
        return Area::brussels;
    return Area::unknown;
}

} // namespace relais
