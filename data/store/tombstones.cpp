#include "data/columns.h"
#include "data/savepoint.h"
#include "data/store/impl.h"

// Removals: a removed service leaves a tombstone (its id, version and time of removal).

namespace relais {

using detail::guarded;

namespace {

Tombstone tombstone_from(SQLite::Statement& row) {
    return Tombstone{row.getColumn(0).getString(), row.getColumn(1).getInt64(),
                     row.getColumn(2).getString(), nullable<std::string>(row.getColumn(3))};
}

} // namespace

bool Store::remove(std::string_view id, std::int64_t version, std::string_view deleted_at) {
    return guarded(*statements_, [&] {
        WriteScope scope(db_.sql());
        auto& find = (*statements_)("SELECT rowid FROM services WHERE id = ?");
        find.bind(1, std::string(id));
        if (!find.executeStep())
            return false;
        const auto rowid = find.getColumn(0).getInt64();
        find.reset();
        auto& tomb =
            (*statements_)("INSERT INTO tombstones(id, version, deleted_at, organization_id) "
                           "SELECT ?1, ?2, ?3, organization_id FROM services WHERE rowid = ?4 "
                           "ON CONFLICT(id) DO UPDATE SET version = ?2, deleted_at = ?3, "
                           "organization_id = excluded.organization_id");
        tomb.bind(1, std::string(id));
        tomb.bind(2, static_cast<std::int64_t>(version));
        tomb.bind(3, std::string(deleted_at));
        tomb.bind(4, rowid);
        tomb.exec();
        unindex_service(rowid);
        for (const char* sql : {"DELETE FROM name_prefixes WHERE service_rowid = ?",
                                "DELETE FROM services WHERE rowid = ?"}) {
            auto& erase = (*statements_)(sql);
            erase.bind(1, rowid);
            erase.exec();
        }
        scope.commit();
        return true;
    });
}

std::vector<Tombstone> Store::tombstones() {
    return guarded(*statements_, [&] {
        std::vector<Tombstone> out;
        SQLite::Statement rows(
            db_.sql(),
            "SELECT id, version, deleted_at, organization_id FROM tombstones ORDER BY id");
        while (rows.executeStep())
            out.push_back(tombstone_from(rows));
        return out;
    });
}

std::optional<Tombstone> Store::tombstone(std::string_view id) {
    return guarded(*statements_, [&]() -> std::optional<Tombstone> {
        SQLite::Statement row(
            db_.sql(),
            "SELECT id, version, deleted_at, organization_id FROM tombstones WHERE id = ?");
        row.bind(1, std::string(id));
        if (!row.executeStep())
            return std::nullopt;
        return tombstone_from(row);
    });
}

} // namespace relais
