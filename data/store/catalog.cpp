#include "data/savepoint.h"
#include "data/service_row.h"
#include "data/store/impl.h"
#include "data/tokenizer.h"

// Organisations and categories: read, and written with the index entries of their services
// (which hold their names).

namespace relais {

using detail::bind_category;
using detail::guarded;

std::optional<Organization> Store::organization(std::string_view id) {
    return guarded(*statements_, [&]() -> std::optional<Organization> {
        auto& row = (*statements_)("SELECT id, name FROM organizations WHERE id = ?");
        row.bind(1, std::string(id));
        if (!row.executeStep())
            return std::nullopt;
        return Organization{row.getColumn(0).getString(), row.getColumn(1).getString()};
    });
}

std::vector<Organization> Store::organizations() {
    return guarded(*statements_, [&] {
        std::vector<Organization> out;
        SQLite::Statement rows(db_.sql(), "SELECT id, name FROM organizations ORDER BY id");
        while (rows.executeStep())
            out.push_back(
                Organization{rows.getColumn(0).getString(), rows.getColumn(1).getString()});
        return out;
    });
}

std::vector<Category> Store::categories() {
    return guarded(*statements_, [&] {
        std::vector<Category> out;
        // Categories keep the order of the taxonomy file (insertion order).
        SQLite::Statement rows(db_.sql(), "SELECT id, label_fr, label_nl, label_en FROM "
                                          "categories ORDER BY rowid");
        while (rows.executeStep())
            out.push_back(Category{rows.getColumn(0).getString(),
                                   {rows.getColumn(1).getString(), rows.getColumn(2).getString(),
                                    rows.getColumn(3).getString()}});
        return out;
    });
}

void Store::put(const Organization& organization) {
    guarded(*statements_, [&] {
        WriteScope scope(db_.sql());
        // The organisation's name is indexed with each of its services, in the full-text
        // index and in the typeahead prefixes (which need only the names).
        std::vector<std::pair<std::int64_t, Service>> rows;
        auto& services = (*statements_)("SELECT rowid, name_fr, name_nl, name_en, other_names "
                                        "FROM services WHERE organization_id = ?");
        services.bind(1, organization.id);
        while (services.executeStep()) {
            Service names;
            names.organization_id = organization.id;
            names.name = {services.getColumn(1).getString(), services.getColumn(2).getString(),
                          services.getColumn(3).getString()};
            names.other_names = list_of_json(services.getColumn(4).getString());
            rows.emplace_back(services.getColumn(0).getInt64(), std::move(names));
        }
        for (const auto& [row, names] : rows)
            unindex_service(row);
        auto& upsert = (*statements_)("INSERT INTO organizations(id, name) VALUES (?1, ?2) "
                                      "ON CONFLICT(id) DO UPDATE SET name = ?2");
        upsert.bind(1, organization.id);
        upsert.bind(2, organization.name);
        upsert.exec();
        const auto words = fold_words(organization.name);
        for (const auto& [row, names] : rows) {
            index_service(row);
            auto& clear = (*statements_)("DELETE FROM name_prefixes WHERE service_rowid = ?");
            clear.bind(1, row);
            clear.exec();
            write_name_prefixes(row, names, words);
        }
        scope.commit();
    });
}

void Store::put(const Category& category) {
    guarded(*statements_, [&] {
        WriteScope scope(db_.sql());
        std::vector<std::int64_t> rows;
        auto& services = (*statements_)(
            "SELECT DISTINCT service_rowid FROM service_categories WHERE category_id = ?");
        services.bind(1, category.id);
        while (services.executeStep())
            rows.push_back(services.getColumn(0).getInt64());
        for (const auto row : rows)
            unindex_service(row);
        auto& upsert = (*statements_)(
            "INSERT INTO categories(id, label_fr, label_nl, label_en) VALUES (?1, ?2, ?3, ?4) "
            "ON CONFLICT(id) DO UPDATE SET label_fr = ?2, label_nl = ?3, label_en = ?4");
        bind_category(upsert, category);
        upsert.exec();
        for (const auto row : rows)
            index_service(row);
        scope.commit();
    });
}

} // namespace relais
