#include "data/store.h"

#include "data/savepoint.h"
#include "data/store/impl.h"

// The store's front: construction, meta and stats, the index's rebuild and check
// (data/store/impl.h lists the parts).

namespace relais {

using detail::guarded;

Store::Store(Database& db) : db_(db), statements_(std::make_unique<Statements>(db.sql())) {
}

Store::~Store() = default;

DirectoryStats Store::stats() {
    return guarded(*statements_, [&] {
        SQLite::Statement row(
            db_.sql(),
            "SELECT (SELECT count(*) FROM services), (SELECT count(*) FROM organizations), "
            "(SELECT count(*) FROM categories), (SELECT count(*) FROM services WHERE "
            "hours_known), (SELECT count(*) FROM services WHERE confidence = 'verified'), "
            "(SELECT count(*) FROM tombstones)");
        row.executeStep();
        return DirectoryStats{row.getColumn(0).getInt(), row.getColumn(1).getInt(),
                              row.getColumn(2).getInt(), row.getColumn(3).getInt(),
                              row.getColumn(4).getInt(), row.getColumn(5).getInt()};
    });
}

std::optional<std::string> Store::meta(std::string_view key) {
    return guarded(*statements_, [&]() -> std::optional<std::string> {
        auto& row = (*statements_)("SELECT value FROM meta WHERE key = ?");
        row.bind(1, std::string(key));
        if (!row.executeStep())
            return std::nullopt;
        return row.getColumn(0).getString();
    });
}

void Store::set_meta(std::string_view key, std::string_view value) {
    guarded(*statements_, [&] {
        auto& upsert = (*statements_)("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                                      "ON CONFLICT(key) DO UPDATE SET value = ?2");
        upsert.bind(1, std::string(key));
        upsert.bind(2, std::string(value));
        upsert.exec();
    });
}

void Store::rebuild_search_index() {
    guarded(*statements_, [&] {
        WriteScope scope(db_.sql());
        rebuild_indexes(db_.sql());
        scope.commit();
    });
}

void Store::check_search_index() {
    try {
        db_.sql().exec("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')");
        db_.sql().exec("INSERT INTO names_fts(names_fts) VALUES ('integrity-check')");
    } catch (const SQLite::Exception& e) {
        throw Error(ErrorCode::corrupt, std::string("search index: ") + e.what(), e.getErrorCode());
    }
}

} // namespace relais
