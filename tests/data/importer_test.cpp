#include "data/importer.h"
#include "data/place.h"

#include "test_support.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace relais {
namespace {

namespace json = boost::json;
using test::source_dir;

std::filesystem::path seed_services() {
    return source_dir() / "data/seed/brussels-services.json";
}
std::filesystem::path seed_categories() {
    return source_dir() / "data/seed/categories.json";
}

const std::vector<Category>& categories() {
    static const std::vector<Category> list = [] {
        std::vector<Problem> problems;
        auto parsed = parse_categories(test::read_file(seed_categories()), problems);
        if (!problems.empty())
            throw std::runtime_error("the seed categories have problems");
        return parsed;
    }();
    return list;
}

// A record every field of which is valid.
json::object valid_record(const std::string& id) {
    return json::parse(R"json({
        "id": ")json" + id +
                       R"json(",
        "organization": "Maison Test (asbl)",
        "name": {"fr": "Service test", "nl": "Testdienst", "en": "Test service"},
        "description": {"fr": "Aide juridique gratuite.", "nl": null, "en": "Free legal aid."},
        "categories": ["legal-aid", "social-aid"],
        "audience": ["all"],
        "address": {"street": "Rue Haute 1", "postal_code": "1000", "municipality": "Bruxelles",
                    "city": "Bruxelles", "lat": 50.84, "lon": 4.35},
        "phones": [{"number": "+32 2 123 45 67", "label": "accueil"}, {"number": "112"}],
        "email": "info@example.org",
        "website": "https://example.org/aide",
        "hours": [{"days": ["mo", "tu", "we"], "opens": "09:00", "closes": "17:00"},
                  {"days": ["sa"], "opens": "22:00", "closes": "06:00", "note": "nuit"},
                  {"days": ["su"], "opens": "00:00", "closes": "24:00"}],
        "languages": ["fr", "nl", "ar"],
        "free": true,
        "anonymous": null,
        "appointment": "walk-in",
        "sources": ["https://example.org/source"],
        "confidence": "verified",
        "notes": null,
        "last_verified_at": "2026-05-01"
    })json")
        .as_object();
}

ImportResult parse(const json::array& records) {
    return parse_seed(json::serialize(records), categories());
}

// One record, changed by `edit`.
ImportResult parse_one(const std::function<void(json::object&)>& edit) {
    auto record = valid_record("bad-record");
    edit(record);
    return parse(json::array{record});
}

std::string describe(const std::vector<Problem>& problems) {
    std::string text;
    for (const auto& p : problems)
        text += "  " + p.record + " | " + p.field + " | " + p.message + "\n";
    return text;
}

// At least one problem, and all of them on `record` and `field` (a malformed value may be
// reported twice, e.g. "not an array" and "no category", but never elsewhere).
void expect_problem(const ImportResult& result, const std::string& record,
                    const std::string& field) {
    EXPECT_FALSE(result.ok());
    ASSERT_FALSE(result.problems.empty());
    for (const auto& problem : result.problems) {
        EXPECT_EQ(problem.record, record) << describe(result.problems);
        EXPECT_EQ(problem.field, field) << describe(result.problems);
        EXPECT_FALSE(problem.message.empty());
    }
}

const Service* find(const Directory& directory, const std::string& id) {
    const auto it = std::find_if(directory.services.begin(), directory.services.end(),
                                 [&](const Service& s) { return s.id == id; });
    return it == directory.services.end() ? nullptr : &*it;
}

TEST(Importer, BundledSeedImports) {
    const auto result = read_seed_files(seed_services(), seed_categories());
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    EXPECT_EQ(result.directory.services.size(), 115u);
    EXPECT_EQ(result.directory.categories.size(), categories().size());
    // Several services share an organisation (CHU Saint-Pierre's units, CSCE's services).
    EXPECT_GE(result.directory.organizations.size(), 110u);
    EXPECT_LE(result.directory.organizations.size(), 114u);
    std::set<std::string> organization_ids;
    for (const auto& o : result.directory.organizations)
        EXPECT_TRUE(organization_ids.insert(o.id).second) << "duplicate organisation " << o.id;
    std::set<std::string> ids;
    for (const auto& s : result.directory.services) {
        EXPECT_TRUE(ids.insert(s.id).second) << s.id;
        EXPECT_TRUE(organization_ids.contains(s.organization_id)) << s.id;
        EXPECT_FALSE(s.updated_at.empty()) << s.id;
        EXPECT_EQ(s.version, 1) << s.id;
    }
}

TEST(Importer, BundledSeedHasPlaceTrustAndCaveats) {
    const auto result = read_seed_files(seed_services(), seed_categories());
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    const auto& directory = result.directory;
    // Every Brussels CPAS the research found (Watermael-Boitsfort's was not).
    int cpas = 0;
    for (const auto& s : directory.services)
        cpas += s.id.starts_with("cpas-") ? 1 : 0;
    EXPECT_EQ(cpas, 18);
    for (const auto* id : {"cpvcf-bruxelles", "garance-bruxelles", "saj-bruxelles", "setis-bxl",
                           "unia", "caami-hziv", "vk-brussel", "infor-gazelec"})
        EXPECT_NE(find(directory, id), nullptr) << id;
    // Every service has an area; national lines say so in the seed, others by their address.
    for (const auto& s : directory.services)
        EXPECT_NE(area_of(s), Area::unknown) << s.id;
    EXPECT_EQ(area_of(*find(directory, "stoptraite-point-de-contact")), Area::national);
    EXPECT_EQ(area_of(*find(directory, "payoke-antwerpen")), Area::flanders);
    EXPECT_EQ(area_of(*find(directory, "credal-microcredit")), Area::wallonia);
    EXPECT_EQ(area_of(*find(directory, "cpas-uccle")), Area::brussels);
    EXPECT_FALSE(find(directory, "cpas-uccle")->area.has_value()); // derived, not stated
    // The research's checks are dated to the month; unverified records have none.
    EXPECT_EQ(find(directory, "pag-asa")->checked_on, "2026-11");
    EXPECT_EQ(find(directory, "unia")->checked_on, "2026-12");
    EXPECT_FALSE(find(directory, "le-nid-bruxelles")->checked_on.has_value());
    EXPECT_EQ(find(directory, "le-nid-bruxelles")->evidence_date, "2006");
    // A third-party WhatsApp number carries its caveat as data.
    int unofficial = 0;
    for (const auto& s : directory.services)
        for (const auto& phone : s.phones)
            unofficial += phone.caveat == Caveat::unofficial ? 1 : 0;
    EXPECT_EQ(unofficial, 1);
    EXPECT_EQ(find(directory, "utsopi")->phones.at(0).caveat, Caveat::dated);
    const auto& ldh = find(directory, "ligue-des-droits-humains")->other_names;
    EXPECT_NE(std::find(ldh.begin(), ldh.end(), "Human Rights League"), ldh.end());
}

TEST(Importer, BadPlaceAndTrustFields) {
    const auto result = parse_one([](json::object& record) {
        record["area"] = "moon";
        record["checked_on"] = "November 2026";
        record["evidence_date"] = "06";
        record["phones"] = json::array{
            json::object{{"number", "+32 2 123 45 67"}, {"label", nullptr}, {"caveat", "maybe"}},
            json::object{{"number", "+32 2 123 45 68"}, {"kind", "fax"}}};
    });
    std::set<std::string> fields;
    for (const auto& p : result.problems)
        fields.insert(p.field);
    EXPECT_EQ(fields, (std::set<std::string>{"area", "checked_on", "evidence_date",
                                             "phones[0].caveat", "phones[1].kind"}));
}

// Every number of the bundled directory says what it is for, so a sheet in any language can.
TEST(Importer, EverySeedNumberHasAKind) {
    const auto result = read_seed_files(seed_services(), seed_categories());
    ASSERT_TRUE(result.ok());
    for (const Service& service : result.directory.services)
        for (const Phone& phone : service.phones)
            EXPECT_TRUE(phone.kind.has_value()) << service.id << ' ' << phone.number;
    EXPECT_EQ(find(result.directory, "pag-asa")->phones.at(1).kind, PhoneKind::whatsapp);
}

TEST(Importer, ChuSaintPierreUnitsShareOneOrganisation) {
    const auto result = read_seed_files(seed_services(), seed_categories());
    ASSERT_TRUE(result.ok());
    const auto* cpvs = find(result.directory, "cpvs-bruxelles");
    const auto* mia = find(result.directory, "chu-saint-pierre-mia");
    ASSERT_TRUE(cpvs && mia);
    EXPECT_EQ(cpvs->organization_id, "chu-saint-pierre");
    EXPECT_EQ(mia->organization_id, "chu-saint-pierre");
    const auto org =
        std::find_if(result.directory.organizations.begin(), result.directory.organizations.end(),
                     [](const Organization& o) { return o.id == "chu-saint-pierre"; });
    ASSERT_NE(org, result.directory.organizations.end());
    EXPECT_EQ(org->name, "CHU Saint-Pierre (Bruxelles)");
}

TEST(Importer, NullFieldsStayUnknown) {
    const auto result = read_seed_files(seed_services(), seed_categories());
    ASSERT_TRUE(result.ok());
    const auto* s = find(result.directory, "espace-p-bruxelles");
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->phones.empty());
    EXPECT_EQ(s->hours, std::nullopt);
    EXPECT_EQ(s->email, std::nullopt);
    EXPECT_EQ(s->appointment, std::nullopt);
    EXPECT_EQ(s->address.street, std::nullopt);
    EXPECT_EQ(s->address.postal_code, std::nullopt);
    EXPECT_EQ(s->address.municipality, std::nullopt);
    EXPECT_EQ(s->address.lat, std::nullopt);
    EXPECT_EQ(s->address.city, "Bruxelles");
    EXPECT_EQ(s->free, true);
    EXPECT_EQ(s->anonymous, true);
    ASSERT_TRUE(s->languages);
    EXPECT_EQ(s->languages->size(), 7u);
    EXPECT_EQ(s->confidence, Confidence::partial);
}

TEST(Importer, ValidRecordParsesEveryField) {
    const auto result = parse(json::array{valid_record("ok")});
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    ASSERT_EQ(result.directory.services.size(), 1u);
    const auto& s = result.directory.services[0];
    EXPECT_EQ(s.organization_id, "maison-test");
    ASSERT_EQ(result.directory.organizations.size(), 1u);
    EXPECT_EQ(result.directory.organizations[0],
              (Organization{"maison-test", "Maison Test (asbl)"}));
    EXPECT_EQ(s.description.nl, "");
    EXPECT_EQ(s.phones[1], (Phone{"112", std::nullopt, std::nullopt, std::nullopt}));
    ASSERT_TRUE(s.hours);
    ASSERT_EQ(s.hours->size(), 3u);
    EXPECT_EQ((*s.hours)[0], (HoursRange{0b0000111, 9 * 60, 17 * 60, std::nullopt}));
    EXPECT_EQ((*s.hours)[1], (HoursRange{0b0100000, 22 * 60, 6 * 60, std::string("nuit")}));
    EXPECT_EQ((*s.hours)[2], (HoursRange{0b1000000, 0, 24 * 60, std::nullopt}));
    EXPECT_EQ(s.appointment, Appointment::walk_in);
    EXPECT_EQ(s.anonymous, std::nullopt);
    EXPECT_EQ(s.last_verified_at, "2026-05-01");
}

TEST(Importer, AbsentOptionalFieldsStayUnknown) {
    auto record = valid_record("sparse");
    for (const char* key :
         {"description", "audience", "address", "phones", "email", "website", "hours", "languages",
          "free", "anonymous", "appointment", "sources", "notes", "last_verified_at"})
        record.erase(key);
    const auto result = parse(json::array{record});
    ASSERT_TRUE(result.ok()) << describe(result.problems);
    const auto& s = result.directory.services[0];
    EXPECT_EQ(s.hours, std::nullopt);
    EXPECT_EQ(s.languages, std::nullopt);
    EXPECT_EQ(s.free, std::nullopt);
    EXPECT_EQ(s.address, Address{});
    EXPECT_TRUE(s.description.empty());

    // An empty hours list is known (never open), not unknown.
    record["hours"] = json::array{};
    const auto known = parse(json::array{record});
    ASSERT_TRUE(known.ok());
    ASSERT_TRUE(known.directory.services[0].hours);
    EXPECT_TRUE(known.directory.services[0].hours->empty());
}

TEST(Importer, MissingId) {
    auto first = valid_record("first");
    auto second = valid_record("x");
    second.erase("id");
    const auto result = parse(json::array{first, second});
    expect_problem(result, "#1", "id");
}

TEST(Importer, NonStringId) {
    const auto result = parse_one([](json::object& r) { r["id"] = 42; });
    expect_problem(result, "#0", "id");
}

TEST(Importer, BadIdCharacters) {
    for (const char* id : {"Bad Id", "accents-é", "-leading", "trailing-", "under_score"}) {
        const auto result = parse_one([&](json::object& r) { r["id"] = id; });
        expect_problem(result, id, "id");
    }
}

TEST(Importer, DuplicateId) {
    const auto result =
        parse(json::array{valid_record("twice"), valid_record("other"), valid_record("twice")});
    expect_problem(result, "twice", "id");
    EXPECT_NE(result.problems[0].message.find("duplicate"), std::string::npos);
}

TEST(Importer, UnknownCategory) {
    const auto result = parse_one([](json::object& r) {
        r["categories"] = json::array{"legal-aid", "nope"};
    });
    expect_problem(result, "bad-record", "categories[1]");
    EXPECT_NE(result.problems[0].message.find("nope"), std::string::npos);
}

TEST(Importer, EmptyCategories) {
    expect_problem(parse_one([](json::object& r) { r["categories"] = json::array{}; }),
                   "bad-record", "categories");
    expect_problem(parse_one([](json::object& r) { r.erase("categories"); }), "bad-record",
                   "categories");
}

TEST(Importer, NameWithNoText) {
    expect_problem(parse_one([](json::object& r) {
                       r["name"] = json::object{{"fr", ""}, {"nl", nullptr}};
                   }),
                   "bad-record", "name");
    expect_problem(parse_one([](json::object& r) { r.erase("name"); }), "bad-record", "name");
    expect_problem(parse_one([](json::object& r) { r["name"] = "Service test"; }), "bad-record",
                   "name");
}

TEST(Importer, UnknownLanguageKeyInName) {
    const auto result = parse_one([](json::object& r) { r["name"].as_object()["de"] = "Dienst"; });
    expect_problem(result, "bad-record", "name.de");
}

TEST(Importer, BadPhoneNumber) {
    for (const char* number : {"02 123 45 67", "+32 (0)2 123", "phone", "12", "+0 2 123 45 67"}) {
        const auto result = parse_one([&](json::object& r) {
            r["phones"] = json::array{json::object{{"number", "+32 2 123 45 67"}},
                                      json::object{{"number", number}}};
        });
        expect_problem(result, "bad-record", "phones[1].number");
    }
}

TEST(Importer, BadEmail) {
    for (const char* email : {"not-an-email", "a@b", "a@@b.be", "a b@c.be"}) {
        const auto result = parse_one([&](json::object& r) { r["email"] = email; });
        expect_problem(result, "bad-record", "email");
    }
    expect_problem(parse_one([](json::object& r) { r["email"] = ""; }), "bad-record", "email");
}

TEST(Importer, BadWebsite) {
    for (const char* url :
         {"example.org", "ftp://example.org", "https://", "javascript:alert(1)"}) {
        const auto result = parse_one([&](json::object& r) { r["website"] = url; });
        expect_problem(result, "bad-record", "website");
    }
}

TEST(Importer, BadHoursDay) {
    const auto result = parse_one([](json::object& r) {
        r["hours"].as_array()[1].as_object()["days"] = json::array{"sa", "xx"};
    });
    expect_problem(result, "bad-record", "hours[1].days");
    EXPECT_NE(result.problems[0].message.find("xx"), std::string::npos);
}

TEST(Importer, HoursDaysMissingOrEmpty) {
    expect_problem(
        parse_one([](json::object& r) { r["hours"].as_array()[0].as_object().erase("days"); }),
        "bad-record", "hours[0].days");
    expect_problem(parse_one([](json::object& r) {
                       r["hours"].as_array()[0].as_object()["days"] = json::array{};
                   }),
                   "bad-record", "hours[0].days");
    expect_problem(
        parse_one([](json::object& r) { r["hours"].as_array()[0].as_object()["days"] = "mo"; }),
        "bad-record", "hours[0].days");
}

TEST(Importer, OpensEqualsCloses) {
    const auto result = parse_one(
        [](json::object& r) { r["hours"].as_array()[0].as_object()["closes"] = "09:00"; });
    expect_problem(result, "bad-record", "hours[0].closes");
}

TEST(Importer, OpensAtTwentyFour) {
    const auto result = parse_one([](json::object& r) {
        auto& line = r["hours"].as_array()[0].as_object();
        line["opens"] = "24:00";
        line["closes"] = "06:00";
    });
    expect_problem(result, "bad-record", "hours[0].opens");
}

TEST(Importer, MalformedTimes) {
    for (const char* time : {"25:00", "9:00", "09h00", "24:30", "12:60", "", "noon"}) {
        expect_problem(parse_one([&](json::object& r) {
                           r["hours"].as_array()[0].as_object()["opens"] = time;
                       }),
                       "bad-record", "hours[0].opens");
        expect_problem(parse_one([&](json::object& r) {
                           r["hours"].as_array()[0].as_object()["closes"] = time;
                       }),
                       "bad-record", "hours[0].closes");
    }
}

TEST(Importer, MissingTimes) {
    expect_problem(
        parse_one([](json::object& r) { r["hours"].as_array()[0].as_object().erase("opens"); }),
        "bad-record", "hours[0].opens");
    expect_problem(parse_one([](json::object& r) {
                       r["hours"].as_array()[0].as_object()["closes"] = nullptr;
                   }),
                   "bad-record", "hours[0].closes");
}

TEST(Importer, UnknownFields) {
    expect_problem(parse_one([](json::object& r) { r["colour"] = "red"; }), "bad-record", "colour");
    expect_problem(parse_one([](json::object& r) { r["address"].as_object()["floor"] = 2; }),
                   "bad-record", "address.floor");
    expect_problem(
        parse_one([](json::object& r) { r["hours"].as_array()[0].as_object()["until"] = "17:00"; }),
        "bad-record", "hours[0].until");
}

TEST(Importer, WrongTypes) {
    expect_problem(parse_one([](json::object& r) { r["free"] = "yes"; }), "bad-record", "free");
    expect_problem(parse_one([](json::object& r) { r["anonymous"] = 1; }), "bad-record",
                   "anonymous");
    expect_problem(parse_one([](json::object& r) { r["email"] = 3; }), "bad-record", "email");
    expect_problem(parse_one([](json::object& r) { r["phones"] = "+32 2 123 45 67"; }),
                   "bad-record", "phones");
    expect_problem(parse_one([](json::object& r) { r["hours"] = "always"; }), "bad-record",
                   "hours");
    expect_problem(parse_one([](json::object& r) { r["categories"] = "legal-aid"; }), "bad-record",
                   "categories");
    expect_problem(parse_one([](json::object& r) { r["address"].as_object()["lat"] = "north"; }),
                   "bad-record", "address.lat");
    expect_problem(parse_one([](json::object& r) { r["address"].as_object()["lat"] = 91.0; }),
                   "bad-record", "address.lat");
    expect_problem(parse_one([](json::object& r) { r["languages"] = json::array{"fra"}; }),
                   "bad-record", "languages[0]");
    expect_problem(parse_one([](json::object& r) { r["version"] = 0; }), "bad-record", "version");
    expect_problem(parse_one([](json::object& r) { r["last_verified_at"] = "May 2026"; }),
                   "bad-record", "last_verified_at");
    const auto not_object = parse(json::array{valid_record("fine"), 42});
    ASSERT_FALSE(not_object.ok());
    EXPECT_EQ(not_object.problems[0], (Problem{"#1", "", not_object.problems[0].message}));
    for (const auto& problem : not_object.problems)
        EXPECT_EQ(problem.record, "#1");
}

TEST(Importer, BadConfidence) {
    expect_problem(parse_one([](json::object& r) { r["confidence"] = "sure"; }), "bad-record",
                   "confidence");
    expect_problem(parse_one([](json::object& r) { r.erase("confidence"); }), "bad-record",
                   "confidence");
}

TEST(Importer, BadAppointment) {
    expect_problem(parse_one([](json::object& r) { r["appointment"] = "maybe"; }), "bad-record",
                   "appointment");
    expect_problem(parse_one([](json::object& r) { r["appointment"] = true; }), "bad-record",
                   "appointment");
}

TEST(Importer, MissingOrUnusableOrganization) {
    expect_problem(parse_one([](json::object& r) { r.erase("organization"); }), "bad-record",
                   "organization");
    expect_problem(parse_one([](json::object& r) { r["organization"] = "— (…)"; }), "bad-record",
                   "organization");
}

TEST(Importer, EveryProblemIsReported) {
    json::array records;
    records.push_back(valid_record("good-one"));
    auto email = valid_record("bad-email");
    email["email"] = "nobody";
    records.push_back(email);
    auto phone = valid_record("bad-phone");
    phone["phones"].as_array()[0].as_object()["number"] = "02/123.45.67";
    records.push_back(phone);
    auto category = valid_record("bad-category");
    category["categories"] = json::array{"nope"};
    records.push_back(category);
    auto free = valid_record("bad-free");
    free["free"] = "yes";
    records.push_back(free);
    auto several = valid_record("several");
    several["website"] = "www.example.org";
    several["confidence"] = "sure";
    several["hours"].as_array()[2].as_object()["days"] = json::array{"xx"};
    records.push_back(several);
    auto no_id = valid_record("");
    no_id.erase("id");
    records.push_back(no_id);
    records.push_back(valid_record("good-two"));

    const auto result = parse(records);
    EXPECT_EQ(result.problems.size(), 8u) << describe(result.problems);
    std::multiset<std::string> records_with_problems;
    for (const auto& p : result.problems)
        records_with_problems.insert(p.record);
    EXPECT_EQ(records_with_problems,
              (std::multiset<std::string>{"bad-email", "bad-phone", "bad-category", "bad-free",
                                          "several", "several", "several", "#6"}));
    const std::set<std::pair<std::string, std::string>> expected{{"bad-email", "email"},
                                                                 {"bad-phone", "phones[0].number"},
                                                                 {"bad-category", "categories[0]"},
                                                                 {"bad-free", "free"},
                                                                 {"several", "website"},
                                                                 {"several", "confidence"},
                                                                 {"several", "hours[2].days"},
                                                                 {"#6", "id"}};
    std::set<std::pair<std::string, std::string>> found;
    for (const auto& p : result.problems)
        found.emplace(p.record, p.field);
    EXPECT_EQ(found, expected);
}

TEST(Importer, MalformedJson) {
    const auto result = parse_seed(R"([{"id": "x",)", categories());
    ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
    EXPECT_EQ(result.problems[0].record, "<services>");
    EXPECT_TRUE(result.directory.services.empty());
    EXPECT_FALSE(parse_seed("", categories()).ok());
}

TEST(Importer, NotAnArray) {
    for (const char* text : {R"({"services": []})", "42", "null", R"("text")"}) {
        const auto result = parse_seed(text, categories());
        ASSERT_EQ(result.problems.size(), 1u) << text;
        EXPECT_EQ(result.problems[0].record, "<services>");
    }
}

TEST(Importer, EmptyArrayIsValid) {
    const auto result = parse_seed("[]", categories());
    EXPECT_TRUE(result.ok()) << describe(result.problems);
    EXPECT_TRUE(result.directory.services.empty());
}

TEST(Importer, MissingFiles) {
    test::TempDir dir;
    const auto missing = dir / "missing.json";
    auto result = read_seed_files(missing, seed_categories());
    ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
    EXPECT_EQ(result.problems[0].record, "<" + missing.string() + ">");
    result = read_seed_files(seed_services(), missing);
    ASSERT_EQ(result.problems.size(), 1u) << describe(result.problems);
    EXPECT_EQ(result.problems[0].record, "<" + missing.string() + ">");
    EXPECT_TRUE(result.directory.services.empty());
}

TEST(Importer, BadCategoriesFile) {
    std::vector<Problem> problems;
    const auto parsed = parse_categories(
        R"([{"id": "a", "fr": "A", "nl": "A", "en": "A"},
            {"id": "a", "fr": "B", "nl": "B", "en": "B"},
            {"id": "Bad Id", "fr": "C", "nl": "C", "en": "C"},
            {"id": "no-en", "fr": "D", "nl": "D"}])",
        problems);
    EXPECT_EQ(problems.size(), 3u) << describe(problems);
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
        return p.record == "a" && p.field == "id";
    })) << describe(problems);
    EXPECT_TRUE(std::any_of(problems.begin(), problems.end(), [](const Problem& p) {
        return p.record == "no-en" && p.field == "en";
    })) << describe(problems);
    problems.clear();
    parse_categories("{", problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].record, "<categories>");

    // Services checked against no categories at all are refused.
    EXPECT_FALSE(parse_seed(json::serialize(json::array{valid_record("x")}), {}).ok());
}

TEST(Importer, OrganizationIdFor) {
    EXPECT_EQ(organization_id_for("CHU Saint-Pierre (Bruxelles)"), "chu-saint-pierre");
    EXPECT_EQ(organization_id_for("CHU Saint-Pierre – City Planning (centre de planning)"),
              "chu-saint-pierre-city-planning");
    EXPECT_EQ(organization_id_for("Médecins du Monde"), "medecins-du-monde");
    EXPECT_EQ(organization_id_for("CPAS d'Anderlecht"), "cpas-d-anderlecht");
    EXPECT_EQ(organization_id_for("  ÉLÉGIE  asbl  "), "elegie-asbl");
    EXPECT_EQ(organization_id_for("(Sans nom)"), "sans-nom");
    EXPECT_EQ(organization_id_for(""), "");
    // At most 80 characters, never ending on a hyphen where the cut falls.
    EXPECT_EQ(organization_id_for(std::string(79, 'a') + " bbb"), std::string(79, 'a'));
    EXPECT_EQ(organization_id_for(std::string(100, 'c')).size(), 80u);
    // The same organisation written differently gets the same id.
    EXPECT_EQ(organization_id_for("Chu Saint Pierre"), organization_id_for("CHU Saint-Pierre"));
}

} // namespace
} // namespace relais
