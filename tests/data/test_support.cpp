#include "test_support.h"

#include "data/database.h"

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace relais::test {

std::filesystem::path copy_bundled(const TempDir& dir) {
    const auto target = dir / "directory.sqlite";
    std::filesystem::copy_file(bundled_database_path(), target,
                               std::filesystem::copy_options::overwrite_existing);
    return target;
}

std::filesystem::path source_dir() {
    if (const char* dir = std::getenv("RELAIS_SOURCE_DIR"); dir && *dir)
        return dir;
#ifdef RELAIS_TEST_SOURCE_DIR
    return RELAIS_TEST_SOURCE_DIR;
#else
    throw std::runtime_error("RELAIS_SOURCE_DIR is not set");
#endif
}

Service sample_service(const std::string& id, const std::string& organization_id) {
    Service s;
    s.id = id;
    s.organization_id = organization_id;
    s.name = {"Maison d'accueil " + id, "Onthaalhuis " + id, "Reception house " + id};
    s.description = {"Accueil de jour, douches et conseils juridiques.",
                     "Dagopvang, douches en juridisch advies.",
                     "Day centre, showers and legal advice."};
    s.categories = {"housing-shelter"};
    s.audience = {"all"};
    s.address.street = "Rue Haute 1";
    s.address.postal_code = "1000";
    s.address.municipality = "Bruxelles";
    s.address.city = "Bruxelles";
    s.phones = {
        Phone{"+32 2 123 45 67", std::string("accueil"), std::nullopt, PhoneKind::reception}};
    s.email = "info@example.org";
    s.website = "https://example.org";
    s.hours = std::vector<HoursRange>{HoursRange{0b0011111, 9 * 60, 17 * 60, std::nullopt}};
    s.languages = std::vector<std::string>{"fr", "nl"};
    s.free = true;
    s.anonymous = std::nullopt;
    s.appointment = Appointment::walk_in;
    s.sources = {"https://example.org/source"};
    s.confidence = Confidence::verified;
    s.notes = "Checked by phone.";
    s.last_verified_at = "2026-06-01";
    s.version = 1;
    s.updated_at = "2026-06-01T10:00:00Z";
    return s;
}

} // namespace relais::test
