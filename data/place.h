#pragma once
// Where a service works: the area (Brussels, national, Flanders, Wallonia) and the 19
// municipalities of the Brussels-Capital Region with their postcodes and neighbours, for
// "Brussels first" and "near my municipality" in search. One rule, used by the store (which
// keeps each service's area in a column), search, the CLI, the client and the HSDS export.

#include "data/model.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace relais {

struct Municipality {
    std::string_view key; // folded French name, e.g. "saint-josse-ten-noode"
    std::string_view fr;
    std::string_view nl;
    std::vector<int> postcodes;
    std::vector<std::string_view> neighbours; // keys, within the Region
};

// The 19 municipalities, in French alphabetical order.
std::span<const Municipality> brussels_municipalities();

// A municipality by its French or Dutch name, any case or accents, with or without hyphens
// ("Sint-Joost", "saint josse" and "Saint-Josse-ten-Noode" are the same), or by a postcode.
const Municipality* find_municipality(std::string_view name);
const Municipality* municipality_of_postcode(int postcode);

// The municipalities that share a border with `municipality` (keys).
bool are_neighbours(const Municipality& a, const Municipality& b);

// The area of a Belgian postcode: 1000-1299 Brussels, then the provinces' ranges.
std::optional<Area> area_of_postcode(int postcode);

// The area a service has: the record's own `area` where set (a national line, a service with
// no address), else what its address says (postcode, then a Brussels municipality or city
// name), else unknown.
Area area_of(const Service& service);

// The municipality of a service's address, when it is in Brussels.
const Municipality* municipality_of(const Address& address);

} // namespace relais
