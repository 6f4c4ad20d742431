#pragma once
// One SQLite connection to a Relais directory, migrated to the current schema.
// Thread rule: a Database belongs to one thread at a time; open one per thread (WAL lets
// readers and one writer work side by side).

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <memory>

namespace relais {

class Database {
public:
    enum class Mode { read_write, read_only };

    // Opens (creating the file in read_write mode) and applies pending migrations, one
    // transaction each. Throws Error: io, corrupt, or schema_too_new for a file written by
    // a newer version (that file is left untouched).
    static Database open(const std::filesystem::path& path, Mode mode = Mode::read_write);

    SQLite::Database& sql() { return *db_; }
    const std::filesystem::path& path() const { return path_; }
    int schema_version();

    // The schema version this code writes.
    static int current_schema_version();

    Database(Database&&) noexcept = default;
    Database& operator=(Database&&) noexcept = default;
    ~Database();

private:
    Database(std::unique_ptr<SQLite::Database> db, std::filesystem::path path);
    std::unique_ptr<SQLite::Database> db_;
    std::filesystem::path path_;
};

// The bundled Brussels directory (a ready SQLite file), and the path programs use when no --db
// is given: RELAIS_BUNDLED_DB in the environment, else the installed copy (share/relais/ beside
// the program's bin/), else where the build put it.
std::filesystem::path bundled_database_path();

} // namespace relais
