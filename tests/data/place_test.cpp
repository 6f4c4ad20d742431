// Where a service works: the postcode ranges, national lines, the 19 municipalities and their
// neighbours (data/place.h).

#include "data/place.h"

#include <gtest/gtest.h>

#include <set>

namespace relais {
namespace {

TEST(Place, PostcodeBoundaries) {
    EXPECT_EQ(area_of_postcode(999), std::nullopt);
    EXPECT_EQ(area_of_postcode(1000), Area::brussels);
    EXPECT_EQ(area_of_postcode(1299), Area::brussels);
    EXPECT_EQ(area_of_postcode(1300), Area::wallonia); // Walloon Brabant
    EXPECT_EQ(area_of_postcode(1499), Area::wallonia);
    EXPECT_EQ(area_of_postcode(1500), Area::flanders); // Flemish Brabant
    EXPECT_EQ(area_of_postcode(2000), Area::flanders); // Antwerp
    EXPECT_EQ(area_of_postcode(3999), Area::flanders);
    EXPECT_EQ(area_of_postcode(4000), Area::wallonia); // Liège
    EXPECT_EQ(area_of_postcode(6000), Area::wallonia); // Charleroi
    EXPECT_EQ(area_of_postcode(7999), Area::wallonia);
    EXPECT_EQ(area_of_postcode(8000), Area::flanders); // Bruges
    EXPECT_EQ(area_of_postcode(9000), Area::flanders); // Ghent
    EXPECT_EQ(area_of_postcode(10000), std::nullopt);
}

TEST(Place, AreaFromTheAddressUnlessTheRecordSaysIt) {
    Service service;
    EXPECT_EQ(area_of(service), Area::unknown);
    service.address.city = "Bruxelles";
    EXPECT_EQ(area_of(service), Area::brussels);
    service.address.city = "Antwerpen";
    EXPECT_EQ(area_of(service), Area::unknown); // a city name alone says nothing outside Brussels
    service.address.postal_code = "2000";
    EXPECT_EQ(area_of(service), Area::flanders);
    service.address = {};
    service.address.municipality = "Sint-Joost-ten-Node";
    EXPECT_EQ(area_of(service), Area::brussels);
    // A national line with its office in Brussels is a national line.
    service.address.postal_code = "1000";
    service.area = Area::national;
    EXPECT_EQ(area_of(service), Area::national);
}

TEST(Place, NineteenMunicipalitiesFoundByEitherNameOrPostcode) {
    const auto municipalities = brussels_municipalities();
    ASSERT_EQ(municipalities.size(), 19u);
    std::set<int> postcodes;
    for (const auto& m : municipalities) {
        EXPECT_EQ(find_municipality(m.fr), &m) << m.fr;
        EXPECT_EQ(find_municipality(m.nl), &m) << m.nl;
        for (const int code : m.postcodes) {
            EXPECT_TRUE(postcodes.insert(code).second) << code;
            EXPECT_EQ(area_of_postcode(code), Area::brussels);
            EXPECT_EQ(municipality_of_postcode(code), &m);
        }
    }
    EXPECT_EQ(find_municipality("watermaal bosvoorde")->key, "watermael-boitsfort");
    EXPECT_EQ(find_municipality("SAINT JOSSE")->key, "saint-josse-ten-noode");
    EXPECT_EQ(find_municipality("Molenbeek")->key, "molenbeek-saint-jean");
    EXPECT_EQ(find_municipality("1180")->key, "uccle");
    EXPECT_EQ(find_municipality("Laeken")->key, "bruxelles");
    EXPECT_EQ(find_municipality("Antwerpen"), nullptr);
    EXPECT_EQ(find_municipality(""), nullptr);
}

TEST(Place, NeighboursAreSymmetricAndWithinTheRegion) {
    for (const auto& m : brussels_municipalities()) {
        EXPECT_FALSE(m.neighbours.empty()) << m.key;
        for (const auto key : m.neighbours) {
            const auto* other = find_municipality(key);
            ASSERT_NE(other, nullptr) << m.key << " → " << key;
            EXPECT_NE(other, &m);
            EXPECT_TRUE(are_neighbours(*other, m)) << key << " does not list " << m.key;
        }
    }
    EXPECT_TRUE(are_neighbours(*find_municipality("Schaerbeek"), *find_municipality("Evere")));
    EXPECT_FALSE(are_neighbours(*find_municipality("Uccle"), *find_municipality("Evere")));
}

} // namespace
} // namespace relais
