#pragma once
// Reads and writes directory records. Every write keeps the full-text index and the typeahead
// prefixes in step inside the same transaction (explicitly, not through upsert triggers:
// SQLite 3.40 can hand an update trigger wrong old values on upsert).
// Thread rule: as Database, one thread at a time.

#include "data/database.h"
#include "data/model.h"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace relais {

struct Tombstone {
    std::string id;
    std::int64_t version = 0;
    std::string deleted_at;
    std::optional<std::string> organization_id; // who owned it; absent when not known
};

struct DirectoryStats {
    int services = 0;
    int organizations = 0;
    int categories = 0;
    int with_hours = 0;
    int verified = 0;
    int tombstones = 0;
};

// Rebuilds both full-text indexes from the records (no transaction of its own).
void rebuild_indexes(SQLite::Database& db);

class Store {
public:
    explicit Store(Database& db);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    std::optional<Service> service(std::string_view id);
    std::vector<Service> services(); // live services, ordered by id
    std::vector<Service> services_of(std::string_view organization_id);
    std::optional<Organization> organization(std::string_view id);
    std::vector<Organization> organizations();
    std::vector<Category> categories();
    std::vector<Tombstone> tombstones();
    std::optional<Tombstone> tombstone(std::string_view id);
    DirectoryStats stats();

    // Inserts or replaces the whole record as given (version included: the caller owns
    // versioning). Removes a tombstone with the same id. Atomic: in its own transaction, or
    // within the caller's (which must roll back if this throws, as SQLite::Transaction does).
    void put(const Service& service);
    void put(const Organization& organization);
    void put(const Category& category);

    // Groups many writes inside the caller's transaction (a sync page): the full-text index
    // is brought in step once, at finish(), instead of at every record. Without finish()
    // the index lags the records, so the caller's transaction must then roll back.
    class Batch {
    public:
        explicit Batch(Store& store);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        void finish();

    private:
        Store& store_;
    };

    // Deletes a service and leaves a tombstone (keeping its organisation). Returns false when
    // no such live service.
    bool remove(std::string_view id, std::int64_t version, std::string_view deleted_at);

    // Replaces everything with `directory` atomically (in its own transaction, or in the
    // caller's).
    void replace_directory(const Directory& directory);

    // Small key/value facts about this copy ("data_as_of", "sync_cursor", "server_url"...).
    std::optional<std::string> meta(std::string_view key);
    void set_meta(std::string_view key, std::string_view value);

    // Rebuilds the search index from the records (recovery; also run by tests).
    void rebuild_search_index();
    // FTS5 integrity-check of the search index; throws Error(corrupt) on failure.
    void check_search_index();

    Database& database() { return db_; }

private:
    struct Statements;
    struct PendingIndex;
    struct Rows;
    struct ChildRows;
    Database& db_;
    std::unique_ptr<Statements> statements_;
    std::unique_ptr<PendingIndex> pending_; // set while a Batch is open

    std::int64_t write_service(const Service& service);
    // The record and its child rows, as a new row or over `rowid`: no index, no prefixes.
    std::int64_t write_record(const Service& service, std::optional<std::int64_t> rowid);
    // The rows a record has in the child tables (location, phones...), added to `rows`.
    static void add_child_rows(const Service& service, std::int64_t rowid, ChildRows& rows);
    void index_service(std::int64_t rowid);
    void write_index(const char* command, std::int64_t rowid);
    void flush_index();
    void write_names_index(const char* command, std::int64_t rowid,
                           const std::array<std::string, 6>& columns);
    void unindex_service(std::int64_t rowid);
    // A typeahead row (see name_prefixes in the schema).
    struct NamePrefix {
        std::string prefix;
        int tier = 0;
        std::int64_t rowid = 0;
    };
    std::vector<std::string> organization_name_words(const std::string& organization_id);
    void write_name_prefixes(std::int64_t rowid, const Service& service,
                             const std::vector<std::string>& organization_words);
    static void add_name_prefixes(std::vector<NamePrefix>& rows, std::int64_t rowid,
                                  const Service& service,
                                  const std::vector<std::string>& organization_words);
    // The rows of a whole directory, sorted, each with its service's index in place of a rowid.
    static std::vector<NamePrefix> prefix_rows(const Directory& directory);
    void insert_name_prefixes(const std::vector<NamePrefix>& rows);
    void read_children(const std::unordered_map<std::int64_t, Service*>& by_rowid,
                       std::optional<std::int64_t> only);
    std::vector<Service> read_services(SQLite::Statement& rows);
};

} // namespace relais
