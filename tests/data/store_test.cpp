#include "data/store.h"

#include "data/error.h"
#include "data/generator.h"
#include "data/importer.h"
#include "data/search.h"
#include "test_support.h"

#include <SQLiteCpp/Transaction.h>
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace relais {
namespace {

using test::sample_service;
using test::TempDir;

Category housing() {
    return Category{"housing-shelter", {"Logement et hébergement", "Huisvesting", "Housing"}};
}
Category legal() {
    return Category{"legal-aid", {"Aide juridique", "Juridische hulp", "Legal aid"}};
}

// A fresh directory file with two categories and two organisations, no services.
class StoreTest : public ::testing::Test {
protected:
    TempDir dir;
    std::filesystem::path path = dir / "directory.sqlite";
    std::optional<Database> db;
    std::optional<Store> store;

    void SetUp() override {
        db.emplace(Database::open(path));
        store.emplace(*db);
        store->put(housing());
        store->put(legal());
        store->put(Organization{"org-a", "Zorglub Association"});
        store->put(Organization{"org-b", "Maison Verte"});
    }

    void reopen(Database::Mode mode = Database::Mode::read_write) {
        store.reset();
        db.reset();
        db.emplace(Database::open(path, mode));
        store.emplace(*db);
    }

    // A raw full-text query, bypassing the Searcher: what the index itself holds.
    std::vector<std::int64_t> fts(const std::string& match) {
        SQLite::Statement query(db->sql(), "SELECT rowid FROM search_fts WHERE search_fts MATCH ? "
                                           "ORDER BY rowid");
        query.bind(1, match);
        std::vector<std::int64_t> rows;
        while (query.executeStep())
            rows.push_back(query.getColumn(0).getInt64());
        return rows;
    }

    std::int64_t rowid(const std::string& id) {
        SQLite::Statement query(db->sql(), "SELECT rowid FROM services WHERE id = ?");
        query.bind(1, id);
        if (!query.executeStep())
            return -1;
        return query.getColumn(0).getInt64();
    }

    int count(const std::string& sql) { return db->sql().execAndGet(sql).getInt(); }

    std::vector<std::string> hit_ids(const std::string& text) {
        Searcher searcher(*db);
        SearchQuery query;
        query.text = text;
        std::vector<std::string> ids;
        for (const auto& hit : searcher.search(query).hits)
            ids.push_back(hit.id);
        return ids;
    }

    bool in_transaction() { return sqlite3_get_autocommit(db->sql().getHandle()) == 0; }
};

Service minimal_service(const std::string& id, const std::string& organization_id) {
    Service s;
    s.id = id;
    s.organization_id = organization_id;
    s.name.fr = "Permanence " + id;
    s.categories = {"legal-aid"};
    s.updated_at = "2026-01-01T00:00:00Z";
    return s;
}

TEST_F(StoreTest, PutGetRoundTrip) {
    const auto s = sample_service("s1", "org-a");
    store->put(s);
    EXPECT_EQ(store->service("s1"), s);
    reopen();
    EXPECT_EQ(store->service("s1"), s);
    EXPECT_EQ(store->service("nope"), std::nullopt);
    store->check_search_index();
}

TEST_F(StoreTest, EveryOptionalFieldAbsentRoundTrip) {
    const auto s = minimal_service("bare", "org-b");
    store->put(s);
    const auto back = store->service("bare");
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, s);
    // Unknown stays unknown.
    EXPECT_EQ(back->hours, std::nullopt);
    EXPECT_EQ(back->languages, std::nullopt);
    EXPECT_EQ(back->free, std::nullopt);
    EXPECT_EQ(back->anonymous, std::nullopt);
    EXPECT_EQ(back->appointment, std::nullopt);
    EXPECT_EQ(back->email, std::nullopt);
    EXPECT_EQ(back->website, std::nullopt);
    EXPECT_EQ(back->notes, std::nullopt);
    EXPECT_EQ(back->last_verified_at, std::nullopt);
    EXPECT_EQ(back->address, Address{});
    EXPECT_TRUE(back->phones.empty());
    EXPECT_TRUE(back->description.empty());
    EXPECT_EQ(back->confidence, Confidence::unverified);
}

TEST_F(StoreTest, KnownEmptyListsAreNotUnknown) {
    auto s = minimal_service("empty-lists", "org-b");
    s.hours.emplace();     // known: no opening hours
    s.languages.emplace(); // known: none listed
    s.free = false;
    s.anonymous = false;
    store->put(s);
    const auto back = store->service("empty-lists");
    ASSERT_TRUE(back);
    EXPECT_EQ(*back, s);
    ASSERT_TRUE(back->hours.has_value());
    EXPECT_TRUE(back->hours->empty());
    ASSERT_TRUE(back->languages.has_value());
    EXPECT_TRUE(back->languages->empty());
    EXPECT_EQ(back->free, false);
    EXPECT_EQ(back->anonymous, false);
}

TEST_F(StoreTest, UpdateReplacesChildren) {
    auto s = sample_service("s1", "org-a");
    store->put(s);
    const auto row = rowid("s1");
    s.phones = {Phone{"+32 2 999 99 99", std::nullopt, std::nullopt, std::nullopt},
                Phone{"112", std::string("urgence"), Caveat::dated, PhoneKind::emergency}};
    s.hours = std::vector<HoursRange>{HoursRange{0b1000000, 20 * 60, 8 * 60, std::string("nuit")}};
    s.languages = std::vector<std::string>{"en"};
    s.categories = {"legal-aid", "housing-shelter"};
    s.audience = {};
    s.address = Address{std::nullopt, "1030", "Schaerbeek", std::nullopt, 50.86, 4.37};
    s.version = 2;
    store->put(s);
    EXPECT_EQ(store->service("s1"), s);
    EXPECT_EQ(rowid("s1"), row) << "the index key of a service must stay stable";
    EXPECT_EQ(count("SELECT count(*) FROM phones"), 2);
    EXPECT_EQ(count("SELECT count(*) FROM schedules"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM service_languages"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM service_audiences"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM locations"), 1);
    store->check_search_index();

    // Unknown again after being known.
    s.hours.reset();
    s.languages.reset();
    s.phones.clear();
    store->put(s);
    EXPECT_EQ(store->service("s1"), s);
    EXPECT_EQ(count("SELECT count(*) FROM schedules"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM phones"), 0);
    store->check_search_index();
}

TEST_F(StoreTest, RemoveLeavesTombstone) {
    store->put(sample_service("s1", "org-a"));
    store->put(sample_service("s2", "org-a"));
    ASSERT_EQ(fts("reception").size(), 2u);
    EXPECT_TRUE(store->remove("s1", 5, "2026-06-02T08:00:00Z"));
    EXPECT_EQ(store->service("s1"), std::nullopt);
    EXPECT_TRUE(store->service("s2"));
    const auto tombstones = store->tombstones();
    ASSERT_EQ(tombstones.size(), 1u);
    EXPECT_EQ(tombstones[0].id, "s1");
    EXPECT_EQ(tombstones[0].version, 5);
    EXPECT_EQ(tombstones[0].deleted_at, "2026-06-02T08:00:00Z");
    EXPECT_EQ(store->stats().services, 1);
    EXPECT_EQ(store->stats().tombstones, 1);
    // Children go with the service, and the index forgets it.
    EXPECT_EQ(count("SELECT count(*) FROM phones"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM name_prefixes WHERE service_rowid NOT IN "
                    "(SELECT rowid FROM services)"),
              0);
    EXPECT_EQ(fts("reception"), std::vector<std::int64_t>{rowid("s2")});
    store->check_search_index();

    EXPECT_FALSE(store->remove("s1", 6, "2026-06-03T08:00:00Z")) << "already removed";
    EXPECT_FALSE(store->remove("never-existed", 1, "2026-06-03T08:00:00Z"));
    EXPECT_EQ(store->tombstones().size(), 1u);
    EXPECT_EQ(store->tombstones()[0].version, 5);
    EXPECT_FALSE(in_transaction());
}

TEST_F(StoreTest, PutAfterRemoveClearsTombstone) {
    auto s = sample_service("s1", "org-a");
    store->put(s);
    ASSERT_TRUE(store->remove("s1", 2, "2026-06-02T08:00:00Z"));
    s.version = 3;
    store->put(s);
    EXPECT_EQ(store->service("s1"), s);
    EXPECT_TRUE(store->tombstones().empty());
    EXPECT_EQ(store->stats().tombstones, 0);
    EXPECT_EQ(fts("reception").size(), 1u);
    store->check_search_index();
}

TEST_F(StoreTest, OrganizationRenameReindexes) {
    store->put(sample_service("s1", "org-a"));
    store->put(sample_service("s2", "org-b"));
    const auto row = rowid("s1");
    ASSERT_EQ(fts("zorglub"), std::vector<std::int64_t>{row});
    store->put(Organization{"org-a", "Xylophone Collectif"});
    EXPECT_EQ(store->organization("org-a")->name, "Xylophone Collectif");
    EXPECT_TRUE(fts("zorglub").empty());
    EXPECT_EQ(fts("xylophone"), std::vector<std::int64_t>{row});
    EXPECT_EQ(fts("organization : xylophone"), std::vector<std::int64_t>{row});
    store->check_search_index();
    // The services themselves are unchanged.
    EXPECT_EQ(store->service("s1"), sample_service("s1", "org-a"));
}

TEST_F(StoreTest, OrganizationRenameReachesTypeahead) {
    // The first letters typed are answered from the name-prefix table: a renamed
    // organisation must be found by its new name there too, and not by its old one.
    store->put(sample_service("s1", "org-a"));
    ASSERT_EQ(hit_ids("zo"), std::vector<std::string>{"s1"});
    store->put(Organization{"org-a", "Xylophone Collectif"});
    EXPECT_EQ(hit_ids("xy"), std::vector<std::string>{"s1"});
    EXPECT_TRUE(hit_ids("zo").empty());
    EXPECT_EQ(hit_ids("xylophone"), std::vector<std::string>{"s1"});
    store->check_search_index();
}

TEST_F(StoreTest, CategoryLabelChangeReindexes) {
    store->put(sample_service("s1", "org-a"));  // housing-shelter
    store->put(minimal_service("s2", "org-b")); // legal-aid
    ASSERT_EQ(fts("categories : huisvesting"), std::vector<std::int64_t>{rowid("s1")});
    store->put(Category{"housing-shelter", {"Abri de nuit", "Nachtopvang", "Night shelter"}});
    EXPECT_TRUE(fts("huisvesting").empty());
    EXPECT_EQ(fts("categories : nachtopvang"), std::vector<std::int64_t>{rowid("s1")});
    EXPECT_EQ(fts("categories : juridische"), std::vector<std::int64_t>{rowid("s2")});
    store->check_search_index();
    const auto categories = store->categories();
    ASSERT_EQ(categories.size(), 2u);
    EXPECT_EQ(categories[0].id, "housing-shelter") << "categories keep their first order";
    EXPECT_EQ(categories[0].label.nl, "Nachtopvang");
}

TEST_F(StoreTest, ReplaceDirectoryWithBundledSeed) {
    store->put(sample_service("old", "org-a"));
    ASSERT_TRUE(store->remove("old", 2, "2026-06-02T08:00:00Z"));
    store->put(sample_service("old2", "org-a"));
    const auto seed = read_seed_files(test::source_dir() / "data/seed/brussels-services.json",
                                      test::source_dir() / "data/seed/categories.json");
    ASSERT_TRUE(seed.ok());
    store->replace_directory(seed.directory);
    const auto stats = store->stats();
    EXPECT_EQ(stats.services, static_cast<int>(seed.directory.services.size()));
    EXPECT_EQ(stats.organizations, static_cast<int>(seed.directory.organizations.size()));
    EXPECT_EQ(stats.categories, static_cast<int>(seed.directory.categories.size()));
    EXPECT_EQ(stats.tombstones, 0);
    EXPECT_EQ(store->service("old2"), std::nullopt);
    EXPECT_EQ(store->categories(), seed.directory.categories);
    EXPECT_EQ(store->organizations().size(), seed.directory.organizations.size());
    for (const auto& s : seed.directory.services)
        EXPECT_EQ(store->service(s.id), s) << s.id;
    const auto services = store->services();
    EXPECT_EQ(services.size(), seed.directory.services.size());
    EXPECT_TRUE(std::is_sorted(services.begin(), services.end(),
                               [](const Service& a, const Service& b) { return a.id < b.id; }));
    EXPECT_EQ(store->services_of("chu-saint-pierre").size(), 2u);
    EXPECT_FALSE(fts("utsopi").empty());
    EXPECT_TRUE(fts("zorglub").empty());
    store->check_search_index();

    // And again with something smaller: nothing of the previous directory remains.
    Directory small;
    small.categories = {legal()};
    small.organizations = {Organization{"org-c", "Clinique Juridique"}};
    small.services = {minimal_service("only", "org-c")};
    store->replace_directory(small);
    EXPECT_EQ(store->stats().services, 1);
    EXPECT_EQ(store->stats().organizations, 1);
    EXPECT_EQ(store->stats().categories, 1);
    EXPECT_TRUE(fts("utsopi").empty());
    EXPECT_EQ(count("SELECT count(*) FROM name_prefixes WHERE service_rowid != " +
                    std::to_string(rowid("only"))),
              0);
    store->check_search_index();
}

// Every row of `table`, each as text, in a stable order: what two copies are compared by.
std::vector<std::string> table_rows(Database& db, const std::string& table) {
    SQLite::Statement rows(db.sql(), "SELECT * FROM " + table);
    std::vector<std::string> out;
    while (rows.executeStep()) {
        std::string row;
        for (int i = 0; i < rows.getColumnCount(); ++i)
            row += (rows.getColumn(i).isNull() ? "NULL" : rows.getColumn(i).getString()) + "|";
        out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// replace_directory writes many rows to a statement; put() one record at a time. Both must
// leave the same rows behind, typeahead prefixes and search index included.
TEST(StoreBulkTest, ReplaceDirectoryWritesWhatPutsWrite) {
    TempDir dir;
    const auto seed = read_seed_files(test::source_dir() / "data/seed/brussels-services.json",
                                      test::source_dir() / "data/seed/categories.json");
    ASSERT_TRUE(seed.ok());
    // Not a multiple of the rows written per statement, so both paths of a flush run.
    const Directory directory = generate_directory(301, 11, seed.directory.categories);
    auto bulk = Database::open(dir / "bulk.sqlite");
    Store(bulk).replace_directory(directory);
    auto single = Database::open(dir / "single.sqlite");
    {
        Store store(single);
        SQLite::Transaction transaction(single.sql());
        for (const auto& category : directory.categories)
            store.put(category);
        for (const auto& organization : directory.organizations)
            store.put(organization);
        for (const auto& service : directory.services)
            store.put(service);
        transaction.commit();
    }
    for (const char* table :
         {"services", "organizations", "categories", "locations", "phones", "schedules",
          "service_languages", "service_categories", "service_audiences", "name_prefixes"}) {
        const auto rows = table_rows(bulk, table);
        EXPECT_FALSE(rows.empty()) << table;
        EXPECT_EQ(rows, table_rows(single, table)) << table;
    }
    Store bulk_store(bulk);
    for (const auto& service : directory.services)
        EXPECT_EQ(bulk_store.service(service.id), service) << service.id;
    bulk_store.check_search_index();
    for (const char* query : {"sante", "logement", "aide*", "bruxelles"}) {
        const std::string sql =
            std::string("SELECT group_concat(rowid) FROM search_fts('") + query + "')";
        EXPECT_EQ(bulk.sql().execAndGet(sql).getString(), single.sql().execAndGet(sql).getString())
            << query;
    }
}

TEST_F(StoreTest, ReplaceDirectoryWithBadRecordChangesNothing) {
    store->put(sample_service("keep", "org-a"));
    Directory broken;
    broken.categories = {legal()};
    broken.organizations = {Organization{"org-c", "Clinique"}};
    broken.services = {minimal_service("a", "org-c"), minimal_service("b", "org-missing")};
    try {
        store->replace_directory(broken);
        FAIL() << "a service of an unknown organisation was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_input);
    }
    EXPECT_FALSE(in_transaction());
    EXPECT_EQ(store->service("keep"), sample_service("keep", "org-a"));
    EXPECT_EQ(store->stats().services, 1);
    EXPECT_EQ(store->stats().categories, 2);
    store->check_search_index();
}

TEST_F(StoreTest, SearchIndexConsistentAfterManyWrites) {
    for (int i = 0; i < 30; ++i) {
        auto s = sample_service("svc-" + std::to_string(i), i % 2 ? "org-a" : "org-b");
        s.name.fr = "Service numéro " + std::to_string(i) + " travailleur·euses PAG-ASA";
        store->put(s);
    }
    store->check_search_index();
    for (int i = 0; i < 30; i += 3) {
        auto s = *store->service("svc-" + std::to_string(i));
        s.description.fr = "Nouvelle description " + std::to_string(i);
        s.categories = {"legal-aid"};
        s.version += 1;
        store->put(s);
    }
    store->check_search_index();
    for (int i = 1; i < 30; i += 4)
        ASSERT_TRUE(store->remove("svc-" + std::to_string(i), 9, "2026-06-02T08:00:00Z"));
    store->check_search_index();
    store->put(Organization{"org-a", "Zorglub Renamed"});
    store->put(Organization{"org-b", "Maison Bleue"});
    store->check_search_index();
    store->put(Category{"legal-aid", {"Droit", "Recht", "Law"}});
    store->check_search_index();
    store->put(sample_service("svc-1", "org-b")); // back from the dead
    store->check_search_index();
    store->rebuild_search_index();
    store->check_search_index();
    EXPECT_EQ(store->stats().services, 30 - 8 + 1);
    EXPECT_EQ(fts("pagasa").size(), 30u - 8u);
    EXPECT_EQ(fts("travailleuses").size(), 30u - 8u);
    EXPECT_EQ(fts("recht").size(), 8u) << "live services of the renamed legal-aid category";
}

TEST_F(StoreTest, BatchKeepsTheIndexInStep) {
    for (int i = 0; i < 20; ++i)
        store->put(sample_service("svc-" + std::to_string(i), i % 2 ? "org-a" : "org-b"));
    {
        // A sync page: updates in no particular order, a deletion and a new record, indexed
        // once at the end (in rowid order).
        SQLite::Transaction transaction(db->sql());
        Store::Batch batch(*store);
        for (int i = 19; i >= 0; i -= 2) {
            auto s = *store->service("svc-" + std::to_string(i));
            s.name.fr = "Xylophone " + std::to_string(i);
            s.version += 1;
            store->put(s);
        }
        ASSERT_TRUE(store->remove("svc-4", 2, "2026-06-02T08:00:00Z"));
        store->put(minimal_service("new", "org-a"));
        batch.finish();
        transaction.commit();
    }
    store->check_search_index();
    EXPECT_EQ(fts("xylophone").size(), 10u);
    EXPECT_EQ(fts("permanence"), std::vector<std::int64_t>{rowid("new")});
    EXPECT_EQ(fts("onthaalhuis").size(), 19u) << "the other languages' names stay indexed";
    EXPECT_EQ(hit_ids("xy").size(), 10u) << "typeahead prefixes follow the new names";
    EXPECT_EQ(store->stats().services, 20);
}

TEST_F(StoreTest, MetaGetSet) {
    EXPECT_EQ(store->meta("data_as_of"), std::nullopt);
    store->set_meta("data_as_of", "2026-06-01T10:00:00Z");
    store->set_meta("server_url", "");
    EXPECT_EQ(store->meta("data_as_of"), "2026-06-01T10:00:00Z");
    store->set_meta("data_as_of", "2026-06-02T10:00:00Z");
    EXPECT_EQ(store->meta("data_as_of"), "2026-06-02T10:00:00Z");
    EXPECT_EQ(store->meta("server_url"), "") << "empty is a value, not unknown";
    reopen();
    EXPECT_EQ(store->meta("data_as_of"), "2026-06-02T10:00:00Z");
}

TEST_F(StoreTest, Stats) {
    EXPECT_EQ(store->stats().services, 0);
    store->put(sample_service("s1", "org-a"));  // verified, with hours
    store->put(minimal_service("s2", "org-b")); // unverified, hours unknown
    auto s3 = minimal_service("s3", "org-b");
    s3.hours.emplace();
    s3.confidence = Confidence::partial;
    store->put(s3);
    ASSERT_TRUE(store->remove("s2", 2, "2026-06-02T08:00:00Z"));
    const auto stats = store->stats();
    EXPECT_EQ(stats.services, 2);
    EXPECT_EQ(stats.organizations, 2);
    EXPECT_EQ(stats.categories, 2);
    EXPECT_EQ(stats.with_hours, 2);
    EXPECT_EQ(stats.verified, 1);
    EXPECT_EQ(stats.tombstones, 1);
}

TEST_F(StoreTest, ServicesOfAnOrganization) {
    store->put(sample_service("b", "org-a"));
    store->put(sample_service("a", "org-a"));
    store->put(sample_service("c", "org-b"));
    const auto services = store->services_of("org-a");
    ASSERT_EQ(services.size(), 2u);
    EXPECT_EQ(services[0].id, "a");
    EXPECT_EQ(services[1].id, "b");
    EXPECT_TRUE(store->services_of("nobody").empty());
    EXPECT_EQ(store->organization("nobody"), std::nullopt);
}

TEST_F(StoreTest, WriteIntoReadOnlyDatabaseRaises) {
    store->put(sample_service("s1", "org-a"));
    reopen(Database::Mode::read_only);
    const auto expect_refused = [](auto&& write) {
        try {
            write();
            ADD_FAILURE() << "a write went through a read-only connection";
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::io) << e.what();
        }
    };
    expect_refused([&] { store->put(sample_service("s2", "org-a")); });
    expect_refused([&] { store->put(Organization{"org-a", "Other"}); });
    expect_refused([&] { store->put(legal()); });
    expect_refused([&] { store->remove("s1", 2, "2026-06-02T08:00:00Z"); });
    expect_refused([&] { store->set_meta("k", "v"); });
    expect_refused([&] { store->replace_directory(Directory{}); });
    EXPECT_EQ(store->service("s1"), sample_service("s1", "org-a"));
    EXPECT_EQ(store->stats().services, 1);
    EXPECT_EQ(store->organization("org-a")->name, "Zorglub Association");
    EXPECT_FALSE(in_transaction());
}

TEST_F(StoreTest, UnknownOrganizationIsRefused) {
    store->put(sample_service("s1", "org-a"));
    const auto before = store->stats();
    try {
        store->put(sample_service("s2", "no-such-org"));
        FAIL() << "a service of an unknown organisation was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::invalid_input) << e.what();
    }
    EXPECT_FALSE(in_transaction()) << "a failed put left a transaction open";
    EXPECT_EQ(store->service("s2"), std::nullopt);
    EXPECT_EQ(store->stats().services, before.services);
    EXPECT_EQ(fts("reception").size(), 1u);
    store->check_search_index();

    // Later writes on the same connection are kept.
    store->put(sample_service("s3", "org-b"));
    reopen();
    EXPECT_TRUE(store->service("s3"));
    EXPECT_EQ(store->service("s2"), std::nullopt);
}

TEST_F(StoreTest, RefusedUpdateKeepsTheOldRecord) {
    const auto s = sample_service("s1", "org-a");
    store->put(s);
    auto moved = s;
    moved.organization_id = "no-such-org";
    moved.phones.clear();
    EXPECT_THROW(store->put(moved), Error);
    auto miscategorised = s;
    miscategorised.categories = {"no-such-category"};
    EXPECT_THROW(store->put(miscategorised), Error);
    EXPECT_FALSE(in_transaction());
    EXPECT_EQ(store->service("s1"), s);
    EXPECT_EQ(fts("reception"), std::vector<std::int64_t>{rowid("s1")});
    store->check_search_index();
    reopen();
    EXPECT_EQ(store->service("s1"), s);
}

TEST_F(StoreTest, FailedStatementsDoNotFailTheNextCall) {
    // An interrupted statement (here by a progress handler) must not make the next use of
    // the same prepared statement fail with the old error.
    store->put(sample_service("s1", "org-a"));
    Searcher searcher(*db);
    SearchQuery query;
    query.text = "reception";
    ASSERT_EQ(searcher.search(query).hits.size(), 1u);
    sqlite3* handle = db->sql().getHandle();
    sqlite3_progress_handler(
        handle, 1, [](void*) { return 1; }, nullptr);
    EXPECT_THROW(searcher.search(query), Error);
    EXPECT_THROW(store->put(sample_service("s2", "org-a")), Error);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    EXPECT_EQ(searcher.search(query).hits.size(), 1u);
    store->put(sample_service("s2", "org-a"));
    EXPECT_EQ(searcher.search(query).hits.size(), 2u);
    EXPECT_FALSE(in_transaction());
    store->check_search_index();
}

TEST_F(StoreTest, PutComposesWithCallerTransaction) {
    {
        SQLite::Transaction transaction(db->sql());
        store->put(sample_service("s1", "org-a"));
        store->put(sample_service("s2", "org-a"));
        // Not committed: rolled back.
    }
    EXPECT_EQ(store->stats().services, 0);
    EXPECT_TRUE(fts("reception").empty());
    store->check_search_index();
    {
        SQLite::Transaction transaction(db->sql());
        store->put(sample_service("s1", "org-a"));
        transaction.commit();
    }
    EXPECT_EQ(store->stats().services, 1);
}

} // namespace
} // namespace relais
