#include "data/place.h"
#include "data/savepoint.h"
#include "data/service_row.h"
#include "data/store/impl.h"
#include "data/tokenizer.h"

#include <future>
#include <type_traits>

// Writing services: one record over its old rows, or a whole directory at once.

namespace relais {

using detail::bind_category;
using detail::bind_value;
using detail::guarded;
using detail::InsertSql;
using detail::Value;

namespace {

template <typename T> Value value_or_null(const std::optional<T>& value) {
    if (!value)
        return nullptr;
    if constexpr (std::is_same_v<T, bool>)
        return std::int64_t{*value ? 1 : 0};
    else
        return Value(*value);
}

// The services columns a record writes, in this order (after the rowid, when given).
constexpr const char* kServiceWriteColumns =
    "id, organization_id, name_fr, name_nl, name_en, description_fr, description_nl, "
    "description_en, email, website, free, anonymous, appointment, hours_known, "
    "languages_known, confidence, notes, sources, last_verified_at, version, updated_at, "
    "other_names, area, place_area, checked_on, evidence_date";
constexpr int kServiceWriteCount = 26;

std::vector<Value> service_values(const Service& s) {
    std::vector<Value> values;
    values.reserve(kServiceWriteCount);
    values.emplace_back(s.id);
    values.emplace_back(s.organization_id);
    for (const auto* text : {&s.name.fr, &s.name.nl, &s.name.en, &s.description.fr,
                             &s.description.nl, &s.description.en})
        values.emplace_back(*text);
    values.push_back(value_or_null(s.email));
    values.push_back(value_or_null(s.website));
    values.push_back(value_or_null(s.free));
    values.push_back(value_or_null(s.anonymous));
    if (s.appointment)
        values.emplace_back(std::string(to_string(*s.appointment)));
    else
        values.emplace_back(nullptr);
    values.emplace_back(std::int64_t{s.hours ? 1 : 0});
    values.emplace_back(std::int64_t{s.languages ? 1 : 0});
    values.emplace_back(std::string(to_string(s.confidence)));
    values.push_back(value_or_null(s.notes));
    values.emplace_back(json_list(s.sources));
    values.push_back(value_or_null(s.last_verified_at));
    values.emplace_back(static_cast<std::int64_t>(s.version));
    values.emplace_back(s.updated_at);
    values.emplace_back(json_list(s.other_names));
    if (s.area)
        values.emplace_back(std::string(to_string(*s.area)));
    else
        values.emplace_back(nullptr);
    values.emplace_back(std::string(to_string(area_of(s))));
    values.push_back(value_or_null(s.checked_on));
    values.push_back(value_or_null(s.evidence_date));
    return values;
}

} // namespace

struct Store::ChildRows {
    explicit ChildRows(Statements& statements)
        : locations(statements, sql(0)), phones(statements, sql(1)), schedules(statements, sql(2)),
          languages(statements, sql(3)), categories(statements, sql(4)),
          audiences(statements, sql(5)) {}

    Rows locations, phones, schedules, languages, categories, audiences;

    void flush() {
        for (auto* rows : {&locations, &phones, &schedules, &languages, &categories, &audiences})
            rows->flush();
    }

private:
    static const InsertSql& sql(int table) {
        static const std::array<InsertSql, 6> tables{{
            {"INSERT INTO locations(service_rowid, street, postal_code, municipality, "
             "municipality_key, "
             "city, lat, lon)",
             8},
            {"INSERT INTO phones(service_rowid, position, number, label, caveat, kind)", 6},
            {"INSERT INTO schedules(service_rowid, position, days, opens, closes, note)", 6},
            {"INSERT INTO service_languages(service_rowid, position, language)", 3},
            {"INSERT INTO service_categories(service_rowid, position, category_id)", 3},
            {"INSERT INTO service_audiences(service_rowid, position, audience)", 3},
        }};
        return tables[static_cast<std::size_t>(table)];
    }
};

std::int64_t Store::write_record(const Service& s, std::optional<std::int64_t> rowid) {
    // A new record is a plain INSERT: an upsert would need a statement journal, written out
    // to a temporary file for every record of a bulk write.
    static const std::string update = [] {
        std::string sql = std::string("UPDATE services SET (") + kServiceWriteColumns + ") = (?1";
        for (int i = 2; i <= kServiceWriteCount; ++i)
            sql += ", ?" + std::to_string(i);
        return sql + ") WHERE rowid = ?" + std::to_string(kServiceWriteCount + 1);
    }();
    static const InsertSql insert(std::string("INSERT INTO services(") + kServiceWriteColumns + ")",
                                  kServiceWriteCount);
    auto& write = (*statements_)(rowid ? update.c_str() : insert.one.c_str());
    const auto values = service_values(s);
    for (std::size_t i = 0; i < values.size(); ++i)
        bind_value(write, static_cast<int>(i + 1), values[i]);
    if (rowid)
        write.bind(kServiceWriteCount + 1, *rowid);
    write.exec();
    const std::int64_t row = rowid ? *rowid : db_.sql().getLastInsertRowid();
    ChildRows children(*statements_);
    add_child_rows(s, row, children);
    children.flush();
    return row;
}

void Store::add_child_rows(const Service& s, std::int64_t row, ChildRows& rows) {
    rows.locations.add(
        row, value_or_null(s.address.street), value_or_null(s.address.postal_code),
        value_or_null(s.address.municipality),
        s.address.municipality ? Value(fold_key(*s.address.municipality)) : Value(nullptr),
        value_or_null(s.address.city), value_or_null(s.address.lat), value_or_null(s.address.lon));
    for (std::size_t i = 0; i < s.phones.size(); ++i)
        rows.phones.add(
            row, static_cast<std::int64_t>(i), s.phones[i].number, value_or_null(s.phones[i].label),
            s.phones[i].caveat ? Value(std::string(to_string(*s.phones[i].caveat)))
                               : Value(nullptr),
            s.phones[i].kind ? Value(std::string(to_string(*s.phones[i].kind))) : Value(nullptr));
    if (s.hours) {
        for (std::size_t i = 0; i < s.hours->size(); ++i) {
            const auto& range = (*s.hours)[i];
            rows.schedules.add(row, static_cast<std::int64_t>(i),
                               static_cast<std::int64_t>(range.days),
                               static_cast<std::int64_t>(range.opens),
                               static_cast<std::int64_t>(range.closes), value_or_null(range.note));
        }
    }
    auto add_list = [&](Rows& table, const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i)
            table.add(row, static_cast<std::int64_t>(i), values[i]);
    };
    if (s.languages)
        add_list(rows.languages, *s.languages);
    add_list(rows.categories, s.categories);
    add_list(rows.audiences, s.audience);
}

std::int64_t Store::write_service(const Service& s) {
    auto& find = (*statements_)("SELECT rowid FROM services WHERE id = ?");
    find.bind(1, s.id);
    std::optional<std::int64_t> rowid;
    if (find.executeStep())
        rowid = find.getColumn(0).getInt64();
    find.reset();

    if (rowid) {
        unindex_service(*rowid);
        for (const char* sql : {"DELETE FROM phones WHERE service_rowid = ?",
                                "DELETE FROM schedules WHERE service_rowid = ?",
                                "DELETE FROM service_languages WHERE service_rowid = ?",
                                "DELETE FROM service_categories WHERE service_rowid = ?",
                                "DELETE FROM service_audiences WHERE service_rowid = ?",
                                "DELETE FROM locations WHERE service_rowid = ?",
                                "DELETE FROM name_prefixes WHERE service_rowid = ?"}) {
            auto& clear = (*statements_)(sql);
            clear.bind(1, *rowid);
            clear.exec();
        }
    }
    const std::int64_t row = write_record(s, rowid);
    write_name_prefixes(row, s, organization_name_words(s.organization_id));

    auto& untomb = (*statements_)("DELETE FROM tombstones WHERE id = ?");
    untomb.bind(1, s.id);
    untomb.exec();
    return row;
}

void Store::put(const Service& service) {
    guarded(*statements_, [&] {
        WriteScope scope(db_.sql());
        index_service(write_service(service));
        scope.commit();
    });
}

void Store::replace_directory(const Directory& directory) {
    guarded(*statements_, [&] {
        WriteScope scope(db_.sql());
        // Emptying the content first would leave the index unable to forget old rows:
        // clear the index wholesale, then the records (the typeahead prefixes by hand, the
        // other child rows cascade).
        db_.sql().exec("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
        db_.sql().exec("INSERT INTO names_fts(names_fts) VALUES ('delete-all')");
        db_.sql().exec("DELETE FROM name_prefixes; DELETE FROM services; DELETE FROM tombstones; "
                       "DELETE FROM organizations; DELETE FROM categories;");
        for (const auto& category : directory.categories) {
            auto& insert = (*statements_)(
                "INSERT INTO categories(id, label_fr, label_nl, label_en) VALUES (?, ?, ?, ?)");
            bind_category(insert, category);
            insert.exec();
        }
        // The typeahead rows need only the texts: a second thread works them out while this
        // one writes the records (about a sixth of the time of the writes).
        auto prefixes = std::async(std::launch::async, [&] { return prefix_rows(directory); });
        for (const auto& organization : directory.organizations) {
            auto& insert = (*statements_)("INSERT INTO organizations(id, name) VALUES (?, ?)");
            insert.bind(1, organization.id);
            insert.bind(2, organization.name);
            insert.exec();
        }
        // The table is empty: the records take rowids 1..N, in order, many to a statement,
        // then their child rows (which need their service to exist).
        static const InsertSql insert(std::string("INSERT INTO services(rowid, ") +
                                          kServiceWriteColumns + ")",
                                      kServiceWriteCount + 1);
        Rows services(*statements_, insert);
        std::int64_t rowid = 0;
        for (const auto& service : directory.services) {
            auto values = service_values(service);
            values.insert(values.begin(), ++rowid);
            services.add(std::move(values));
        }
        services.flush();
        ChildRows children(*statements_);
        rowid = 0;
        for (const auto& service : directory.services)
            add_child_rows(service, ++rowid, children);
        children.flush();
        auto rows = prefixes.get();
        for (auto& row : rows)
            row.rowid += 1; // from the service's index to its rowid
        insert_name_prefixes(rows);
        // One rebuild is much faster than indexing row by row.
        rebuild_indexes(db_.sql());
        scope.commit();
    });
}

} // namespace relais
