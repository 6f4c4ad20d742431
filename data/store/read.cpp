#include "data/columns.h"
#include "data/service_row.h"
#include "data/store/impl.h"

// Reading services: the records with their child rows (phones, hours, languages,
// categories, audiences), one or many at a time.

namespace relais {

using detail::guarded;

void Store::read_children(const std::unordered_map<std::int64_t, Service*>& by_rowid,
                          std::optional<std::int64_t> only) {
    // One statement per child table: for one service, by its rowid; for many, one scan in
    // key order (reading 10k services this way is 5 statements, not 50k).
    auto each = [&](const char* one, const char* all, auto&& apply) {
        auto& rows = (*statements_)(only ? one : all);
        if (only)
            rows.bind(1, *only);
        while (rows.executeStep()) {
            const auto it = by_rowid.find(rows.getColumn(0).getInt64());
            if (it != by_rowid.end())
                apply(*it->second, rows);
        }
    };
    each("SELECT service_rowid, number, label, caveat, kind FROM phones WHERE service_rowid = ? "
         "ORDER BY position",
         "SELECT service_rowid, number, label, caveat, kind FROM phones "
         "ORDER BY service_rowid, position",
         [](Service& s, SQLite::Statement& row) {
             Phone phone{
                 row.getColumn(1).getString(), nullable<std::string>(row.getColumn(2)), {}, {}};
             if (const auto text = nullable<std::string>(row.getColumn(3)))
                 phone.caveat = caveat_from_string(*text);
             if (const auto text = nullable<std::string>(row.getColumn(4)))
                 phone.kind = phone_kind_from_string(*text);
             s.phones.push_back(std::move(phone));
         });
    each("SELECT service_rowid, days, opens, closes, note FROM schedules WHERE service_rowid = ? "
         "ORDER BY position",
         "SELECT service_rowid, days, opens, closes, note FROM schedules "
         "ORDER BY service_rowid, position",
         [](Service& s, SQLite::Statement& row) {
             if (s.hours)
                 s.hours->push_back(HoursRange{static_cast<std::uint8_t>(row.getColumn(1).getInt()),
                                               row.getColumn(2).getInt(), row.getColumn(3).getInt(),
                                               nullable<std::string>(row.getColumn(4))});
         });
    each("SELECT service_rowid, language FROM service_languages WHERE service_rowid = ? "
         "ORDER BY position",
         "SELECT service_rowid, language FROM service_languages ORDER BY service_rowid, position",
         [](Service& s, SQLite::Statement& row) {
             if (s.languages)
                 s.languages->push_back(row.getColumn(1).getString());
         });
    each("SELECT service_rowid, category_id FROM service_categories WHERE service_rowid = ? "
         "ORDER BY position",
         "SELECT service_rowid, category_id FROM service_categories "
         "ORDER BY service_rowid, position",
         [](Service& s, SQLite::Statement& row) {
             s.categories.push_back(row.getColumn(1).getString());
         });
    each("SELECT service_rowid, audience FROM service_audiences WHERE service_rowid = ? "
         "ORDER BY position",
         "SELECT service_rowid, audience FROM service_audiences ORDER BY service_rowid, position",
         [](Service& s, SQLite::Statement& row) {
             s.audience.push_back(row.getColumn(1).getString());
         });
}

std::vector<Service> Store::read_services(SQLite::Statement& rows) {
    std::vector<Service> out;
    std::vector<std::int64_t> rowids;
    while (rows.executeStep()) {
        rowids.push_back(rows.getColumn(0).getInt64());
        out.push_back(service_from_row(rows, 1));
    }
    std::unordered_map<std::int64_t, Service*> by_rowid;
    for (std::size_t i = 0; i < out.size(); ++i)
        by_rowid.emplace(rowids[i], &out[i]);
    // A few services: by rowid; many: one scan per child table.
    if (out.size() <= 32) {
        for (const auto rowid : rowids)
            read_children(by_rowid, rowid);
    } else {
        read_children(by_rowid, std::nullopt);
    }
    return out;
}

std::optional<Service> Store::service(std::string_view id) {
    return guarded(*statements_, [&]() -> std::optional<Service> {
        static const std::string sql = std::string("SELECT s.rowid, ") + kServiceRowColumns +
                                       " FROM services s LEFT JOIN locations l ON "
                                       "l.service_rowid = s.rowid WHERE s.id = ?";
        SQLite::Statement row(db_.sql(), sql);
        row.bind(1, std::string(id));
        auto found = read_services(row);
        if (found.empty())
            return std::nullopt;
        return std::move(found.front());
    });
}

std::vector<Service> Store::services() {
    return guarded(*statements_, [&] {
        static const std::string sql = std::string("SELECT s.rowid, ") + kServiceRowColumns +
                                       " FROM services s LEFT JOIN locations l ON "
                                       "l.service_rowid = s.rowid ORDER BY s.id";
        SQLite::Statement rows(db_.sql(), sql);
        return read_services(rows);
    });
}

std::vector<Service> Store::services_of(std::string_view organization_id) {
    return guarded(*statements_, [&] {
        static const std::string sql =
            std::string("SELECT s.rowid, ") + kServiceRowColumns +
            " FROM services s LEFT JOIN locations l ON l.service_rowid = s.rowid "
            "WHERE s.organization_id = ? ORDER BY s.id";
        SQLite::Statement rows(db_.sql(), sql);
        rows.bind(1, std::string(organization_id));
        return read_services(rows);
    });
}

} // namespace relais
