#include "data/database.h"

#include "data/error.h"
#include "data/store.h"
#include "migrations.h"
#include "test_support.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace relais {
namespace {

using test::read_file;
using test::TempDir;
using test::write_file;

ErrorCode open_error(const std::filesystem::path& path,
                     Database::Mode mode = Database::Mode::read_write) {
    try {
        Database::open(path, mode);
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()), "");
        return e.code();
    }
    ADD_FAILURE() << "opening " << path << " did not fail";
    return ErrorCode::not_found;
}

int table_count(Database& db) {
    return db.sql().execAndGet("SELECT count(*) FROM sqlite_master").getInt();
}

// A directory written with a rollback journal (as the bundled file is shipped) whose
// user_version claims a schema from the future.
std::filesystem::path future_database(const TempDir& dir) {
    const auto path = dir / "future.sqlite";
    { auto db = Database::open(path); }
    SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
    raw.exec("PRAGMA journal_mode = DELETE");
    raw.exec("PRAGMA user_version = " + std::to_string(Database::current_schema_version() + 1));
    return path;
}

TEST(Database, OpenCreatesAndMigrates) {
    TempDir dir;
    const auto path = dir / "new.sqlite";
    ASSERT_FALSE(std::filesystem::exists(path));
    auto db = Database::open(path);
    EXPECT_TRUE(std::filesystem::exists(path));
    EXPECT_EQ(db.path(), path);
    EXPECT_GE(Database::current_schema_version(), 1);
    EXPECT_EQ(db.schema_version(), Database::current_schema_version());
    EXPECT_EQ(db.sql().execAndGet("PRAGMA user_version").getInt(),
              Database::current_schema_version());
    for (const char* table : {"services", "organizations", "categories", "phones", "schedules",
                              "tombstones", "meta", "search_fts"})
        EXPECT_TRUE(db.sql().tableExists(table)) << table;
    EXPECT_EQ(db.sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
}

TEST(Database, SchemaVersionMatchesTheNumberedMigrations) {
    int highest = 0;
    for (const auto& file : embedded::migrations())
        highest = std::max(highest, std::stoi(std::string(file.name)));
    EXPECT_EQ(Database::current_schema_version(), highest);
    EXPECT_EQ(static_cast<int>(embedded::migrations().size()), highest);
}

TEST(Database, ReopenIsIdempotentAndKeepsData) {
    TempDir dir;
    const auto path = dir / "directory.sqlite";
    int tables = 0;
    {
        auto db = Database::open(path);
        tables = table_count(db);
        Store(db).set_meta("data_as_of", "2026-06-01");
    }
    for (int i = 0; i < 2; ++i) {
        auto db = Database::open(path);
        EXPECT_EQ(db.schema_version(), Database::current_schema_version());
        EXPECT_EQ(table_count(db), tables);
        EXPECT_EQ(Store(db).meta("data_as_of"), "2026-06-01");
    }
}

TEST(Database, WalJournalMode) {
    TempDir dir;
    auto db = Database::open(dir / "wal.sqlite");
    EXPECT_EQ(db.sql().execAndGet("PRAGMA journal_mode").getString(), "wal");
}

TEST(Database, NewerSchemaIsRefusedAndLeftUntouched) {
    TempDir dir;
    const auto path = future_database(dir);
    const auto before = read_file(path);
    EXPECT_EQ(open_error(path), ErrorCode::schema_too_new);
    EXPECT_EQ(open_error(path, Database::Mode::read_only), ErrorCode::schema_too_new);
    EXPECT_TRUE(read_file(path) == before) << "the refused file was modified";
    EXPECT_FALSE(std::filesystem::exists(path.string() + "-wal"));
}

TEST(Database, NewerSchemaMessageSaysToUpdate) {
    TempDir dir;
    const auto path = future_database(dir);
    try {
        Database::open(path);
        FAIL() << "a newer schema was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::schema_too_new);
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
}

TEST(Database, GarbageFileIsCorruptAndLeftUntouched) {
    TempDir dir;
    const auto path = dir / "garbage.sqlite";
    std::string garbage = "This is not a database, just some text. ";
    while (garbage.size() < 8192)
        garbage += garbage;
    write_file(path, garbage);
    EXPECT_EQ(open_error(path), ErrorCode::corrupt);
    EXPECT_EQ(open_error(path, Database::Mode::read_only), ErrorCode::corrupt);
    EXPECT_TRUE(read_file(path) == garbage);
}

TEST(Database, ReadOnlyMissingFileIsIo) {
    TempDir dir;
    const auto path = dir / "missing.sqlite";
    EXPECT_EQ(open_error(path, Database::Mode::read_only), ErrorCode::io);
    EXPECT_FALSE(std::filesystem::exists(path));
}

TEST(Database, ReadWriteInMissingFolderIsIo) {
    TempDir dir;
    EXPECT_EQ(open_error(dir / "no-such-folder" / "x.sqlite"), ErrorCode::io);
}

TEST(Database, ReadOnlyOpensACurrentDirectory) {
    TempDir dir;
    const auto path = dir / "directory.sqlite";
    { Database::open(path); }
    auto db = Database::open(path, Database::Mode::read_only);
    EXPECT_EQ(db.schema_version(), Database::current_schema_version());
}

TEST(Database, ReadOnlyRefusesAnOlderSchema) {
    TempDir dir;
    const auto path = dir / "empty.sqlite";
    { SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE); }
    EXPECT_EQ(open_error(path, Database::Mode::read_only), ErrorCode::corrupt);
    // Read-write brings the same file up to date.
    auto db = Database::open(path);
    EXPECT_EQ(db.schema_version(), Database::current_schema_version());
}

TEST(Database, FailedMigrationStopsAtThePreviousVersion) {
    // A file that claims version 0 while already holding the whole schema: the first step,
    // which creates the base tables, cannot apply, so it fails. (Later steps may be written
    // to apply twice harmlessly; the first one never is.)
    TempDir dir;
    const auto path = dir / "half.sqlite";
    { auto db = Database::open(path); }
    const auto schema = [&] {
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        return raw.execAndGet("SELECT group_concat(sql, ';') FROM sqlite_schema").getString();
    };
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
        raw.exec("PRAGMA user_version = 0");
    }
    const std::string before = schema();
    EXPECT_THROW(Database::open(path), Error);
    {
        SQLite::Database raw(path.string(), SQLite::OPEN_READONLY);
        EXPECT_EQ(raw.execAndGet("PRAGMA user_version").getInt(), 0);
    }
    // Nothing of the failed step is left behind, and a second attempt fails the same way.
    EXPECT_EQ(schema(), before);
    EXPECT_THROW(Database::open(path), Error);
}

// Files created before the names index and the yes/no filter indexes joined the first
// migration had run that step already; migration 6 adds what they lack.
TEST(Database, FirstReleaseFilesGetTheLaterIndexes) {
    TempDir dir;
    const auto path = test::copy_bundled(dir);
    int services = 0;
    {
        auto db = Database::open(path);
        services = db.sql().execAndGet("SELECT count(*) FROM services").getInt();
        // Back to the shape of version 5: what migrations 8 and later added goes (the view
        // first, then the columns it read), then what the first release lacked.
        db.sql().exec(
            "ALTER TABLE tombstones DROP COLUMN organization_id; "
            "DROP VIEW search_docs; DROP INDEX services_place_area; "
            "ALTER TABLE services DROP COLUMN other_names; ALTER TABLE services DROP COLUMN area; "
            "ALTER TABLE services DROP COLUMN place_area; "
            "ALTER TABLE services DROP COLUMN checked_on; "
            "ALTER TABLE services DROP COLUMN evidence_date; ALTER TABLE phones DROP COLUMN "
            "caveat; ALTER TABLE phones DROP COLUMN kind; "
            "ALTER TABLE accounts DROP COLUMN last_login_at; "
            "CREATE VIEW search_docs(rowid, name, organization, categories, keywords, description, "
            "place) AS SELECT s.rowid, s.name_fr || ' ' || s.name_nl || ' ' || s.name_en, o.name, "
            "'', '', s.description_fr, '' FROM services s JOIN organizations o ON o.id = "
            "s.organization_id");
        db.sql().exec("DROP TABLE names_fts; DROP INDEX services_free; "
                      "DROP INDEX services_anonymous; DROP INDEX services_appointment; "
                      "PRAGMA user_version = 5");
    }
    auto db = Database::open(path);
    EXPECT_EQ(db.schema_version(), Database::current_schema_version());
    EXPECT_EQ(db.sql()
                  .execAndGet("SELECT count(*) FROM sqlite_schema WHERE name IN "
                              "('names_fts', 'services_free', 'services_anonymous', "
                              "'services_appointment')")
                  .getInt(),
              4);
    EXPECT_GT(services, 0);
    EXPECT_EQ(db.sql().execAndGet("SELECT count(*) FROM names_fts").getInt(), services);
    EXPECT_GE(db.sql().execAndGet("SELECT count(*) FROM names_fts('utsopi')").getInt(), 1);
    EXPECT_NO_THROW(Store(db).check_search_index());
}

TEST(Database, BundledDirectoryIsCurrent) {
    TempDir dir;
    const auto path = test::copy_bundled(dir);
    auto db = Database::open(path, Database::Mode::read_only);
    EXPECT_EQ(db.schema_version(), Database::current_schema_version());
    EXPECT_GT(Store(db).stats().services, 0);
}

} // namespace
} // namespace relais
