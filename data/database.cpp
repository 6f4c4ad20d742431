#include "data/database.h"

#include "data/error.h"
#include "data/place.h"
#include "data/store.h"
#include "data/synonyms.h"
#include "data/tokenizer.h"
#include "migrations.h"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <charconv>
#include <cstdlib>
#include <optional>
#include <string>
#include <tuple>

namespace relais {
namespace {

// Migrations are the compiled-in data/schema/NNN_*.sql files; NNN is the version each
// one brings the schema to. They are checked to be numbered 1..N without gaps.
int migration_number(std::string_view file_name) {
    int number = 0;
    const auto [end, ec] =
        std::from_chars(file_name.data(), file_name.data() + file_name.size(), number);
    if (ec != std::errc{} || end == file_name.data())
        throw Error(ErrorCode::corrupt,
                    "migration file without a number: " + std::string(file_name));
    return number;
}

void migrate(SQLite::Database& db, const std::filesystem::path& path) {
    const int current = db.execAndGet("PRAGMA user_version").getInt();
    const int known = Database::current_schema_version();
    if (current > known) {
        throw Error(ErrorCode::schema_too_new,
                    path.string() + " was written by a newer version of Relais (schema " +
                        std::to_string(current) + ", this program knows up to " +
                        std::to_string(known) + "); update Relais to open it");
    }
    for (const auto& file : embedded::migrations()) {
        const int number = migration_number(file.name);
        if (number <= current)
            continue;
        // One transaction per step: a failed step leaves the previous version intact and
        // stops here; we never carry on over a half-migrated schema.
        SQLite::Transaction transaction(db);
        db.exec(std::string(file.text));
        db.exec("PRAGMA user_version = " + std::to_string(number));
        transaction.commit();
    }
}

// The index holds what the tokenizer and the synonym lists made of the texts; when either
// changes (a new release), the index is rebuilt from the records so that queries and index
// agree. Bump the version when the tokenizer's output changes.
constexpr int kTokenizerVersion = 1;

void refresh_search_index(SQLite::Database& db) {
    const std::string expected =
        std::to_string(kTokenizerVersion) + ":" + std::to_string(synonym_table().fingerprint);
    SQLite::Statement current(db, "SELECT value FROM meta WHERE key = 'index_fingerprint'");
    if (current.executeStep() && current.getColumn(0).getString() == expected)
        return;
    current.reset();
    SQLite::Transaction transaction(db);
    rebuild_indexes(db);
    SQLite::Statement store(db, "INSERT INTO meta(key, value) VALUES ('index_fingerprint', ?1) "
                                "ON CONFLICT(key) DO UPDATE SET value = ?1");
    store.bind(1, expected);
    store.exec();
    transaction.commit();
}

// The rules of data/place.h and tokenizer.h as SQL functions, for migrations and the index's
// view: relais_area(area, postal_code, municipality, city), relais_digits(number).
void area_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    auto text = [&](int i) -> std::optional<std::string> {
        if (sqlite3_value_type(arguments[i]) == SQLITE_NULL)
            return std::nullopt;
        return std::string(reinterpret_cast<const char*>(sqlite3_value_text(arguments[i])));
    };
    Service service;
    if (const auto area = text(0))
        service.area = area_from_string(*area);
    service.address.postal_code = text(1);
    service.address.municipality = text(2);
    service.address.city = text(3);
    const auto area = to_string(area_of(service));
    sqlite3_result_text(context, area.data(), static_cast<int>(area.size()), SQLITE_STATIC);
}

void digits_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    const auto* number = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const auto key = number ? number_key(number) : std::string();
    sqlite3_result_text(context, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

void register_functions(sqlite3* db) {
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    for (const auto& [name, arguments, function] :
         {std::tuple{"relais_area", 4, &area_function},
          std::tuple{"relais_digits", 1, &digits_function}}) {
        const int rc = sqlite3_create_function_v2(db, name, arguments, flags, nullptr, function,
                                                  nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            throw Error(ErrorCode::sqlite, std::string("cannot register ") + name, rc);
    }
}

} // namespace

int Database::current_schema_version() {
    int version = 0;
    for (const auto& file : embedded::migrations()) {
        const int number = migration_number(file.name);
        if (number != version + 1)
            throw Error(ErrorCode::corrupt, "migrations are not numbered 1..N");
        version = number;
    }
    return version;
}

Database Database::open(const std::filesystem::path& path, Mode mode) {
    if (mode == Mode::read_only && !std::filesystem::exists(path))
        throw Error(ErrorCode::io, "no such database: " + path.string());
    const int flags = mode == Mode::read_only ? SQLite::OPEN_READONLY
                                              : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(path.string(), flags, 5000);
        register_tokenizer(db->getHandle());
        register_functions(db->getHandle());
        // Reading the schema is the first thing that fails on a file that is not SQLite.
        db->exec("PRAGMA foreign_keys = ON");
        if (mode == Mode::read_write) {
            // Migrate (or refuse a newer schema) first: switching to WAL rewrites the file's
            // header, and a refused file must be left untouched.
            migrate(*db, path);
            db->exec("PRAGMA journal_mode = WAL");
            db->exec("PRAGMA synchronous = NORMAL");
            // Imports and index rebuilds touch pages all over the index; a 32 MiB cache
            // keeps them in memory (the default is 2 MiB).
            db->exec("PRAGMA cache_size = -32768");
            refresh_search_index(*db);
        } else {
            const int current = db->execAndGet("PRAGMA user_version").getInt();
            if (current > current_schema_version())
                throw Error(ErrorCode::schema_too_new,
                            path.string() + " was written by a newer version of Relais");
            if (current < current_schema_version())
                throw Error(ErrorCode::corrupt,
                            path.string() + " needs an upgrade; open it read-write once");
        }
    } catch (const SQLite::Exception& e) {
        throw from_sqlite(e, path.string());
    }
    return Database(std::move(db), path);
}

Database::Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path)
    : db_(std::move(db)), path_(std::move(path)) {
}

Database::~Database() = default;

int Database::schema_version() {
    return db_->execAndGet("PRAGMA user_version").getInt();
}

std::filesystem::path bundled_database_path() {
    if (const char* overridden = std::getenv("RELAIS_BUNDLED_DB"); overridden && *overridden)
        return overridden;
    // Installed (the Debian packages): PREFIX/bin/program finds PREFIX/share/relais/.
    std::error_code error;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        auto installed = program.parent_path().parent_path() / RELAIS_INSTALLED_DB;
        if (std::filesystem::is_regular_file(installed, error))
            return installed;
    }
    return RELAIS_BUNDLED_DB_PATH;
}

} // namespace relais
