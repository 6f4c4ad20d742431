#include "data/store.h"

#include "data/columns.h"
#include "data/error.h"
#include "data/place.h"
#include "data/savepoint.h"
#include "data/service_row.h"
#include "data/tokenizer.h"

#include <SQLiteCpp/Transaction.h>

#include <algorithm>
#include <array>
#include <future>
#include <iterator>
#include <map>
#include <set>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <variant>

namespace relais {
namespace {

// One value of a row written through Store::Rows.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

template <typename T> Value value_or_null(const std::optional<T>& value) {
    if (!value)
        return nullptr;
    if constexpr (std::is_same_v<T, bool>)
        return std::int64_t{*value ? 1 : 0};
    else
        return Value(*value);
}

// In place for texts: the caller keeps the value alive until the statement has run.
void bind_value(SQLite::Statement& statement, int index, const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value))
        statement.bindNoCopy(index, *text);
    else if (const auto* number = std::get_if<std::int64_t>(&value))
        statement.bind(index, *number);
    else if (const auto* real = std::get_if<double>(&value))
        statement.bind(index, *real);
    else
        statement.bind(index);
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

// An INSERT ("INSERT INTO t(a, b)") for one row and for kRowsPerStatement rows. Kept for the
// program's lifetime: the statement cache knows statements by the address of their text.
constexpr std::size_t kRowsPerStatement = 64;

struct InsertSql {
    InsertSql(std::string_view insert_into, int column_count) : columns(column_count) {
        std::string row = "(?";
        for (int i = 1; i < columns; ++i)
            row += ", ?";
        row += ")";
        one = std::string(insert_into) + " VALUES " + row;
        many = one;
        for (std::size_t i = 1; i < kRowsPerStatement; ++i)
            many += ", " + row;
    }
    int columns;
    std::string one;
    std::string many;
};

Tombstone tombstone_from(SQLite::Statement& row) {
    return Tombstone{row.getColumn(0).getString(), row.getColumn(1).getInt64(),
                     row.getColumn(2).getString(), nullable<std::string>(row.getColumn(3))};
}

// Runs a public operation: SQLite failures become our errors with SQLite's code kept, and
// every cached statement is reset afterwards. A statement left on a row keeps the
// connection's read snapshot open: it would miss what other connections (a sync) write
// since, and its next write would find the database locked.
template <typename Statements, typename F>
auto guarded(Statements& statements, F&& body) -> decltype(body()) {
    struct Idle {
        Statements& statements;
        ~Idle() { statements.reset_all(); }
    } idle{statements};
    try {
        return body();
    } catch (const SQLite::Exception& e) {
        throw from_sqlite(e);
    }
}

} // namespace

// Prepared statements, kept for the Store's lifetime: preparing costs more than running
// most of these, and imports run them tens of thousands of times.
struct Store::Statements {
    explicit Statements(SQLite::Database& database) : db(database) {}
    SQLite::Database& db;
    std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> cache;

    SQLite::Statement& operator()(const char* sql) {
        auto& slot = cache[sql];
        if (!slot)
            slot = std::make_unique<SQLite::Statement>(db, sql);
        // tryReset: reset() would throw again the error of a statement's last failed run
        // (already reported), failing the next, valid write that uses it.
        slot->tryReset();
        slot->clearBindings();
        return *slot;
    }

    void reset_all() {
        for (auto& [sql, statement] : cache)
            statement->tryReset();
    }
};

Store::Store(Database& db) : db_(db), statements_(std::make_unique<Statements>(db.sql())) {
}

// Rows of one table, written kRowsPerStatement to a statement: in a bulk write, running a
// statement costs more than the row it adds. What is left at flush() goes one row at a time.
struct Store::Rows {
    Rows(Statements& statements, const InsertSql& sql) : statements_(statements), sql_(sql) {}

    template <typename... Values> void add(Values&&... row) {
        (values_.emplace_back(std::forward<Values>(row)), ...);
        flush_if_full();
    }
    void add(std::vector<Value>&& row) {
        std::move(row.begin(), row.end(), std::back_inserter(values_));
        flush_if_full();
    }

    void flush() {
        const auto columns = static_cast<std::size_t>(sql_.columns);
        const bool full = values_.size() == kRowsPerStatement * columns;
        for (std::size_t first = 0; first < values_.size();) {
            const std::size_t count = full ? values_.size() : columns;
            auto& insert = statements_(full ? sql_.many.c_str() : sql_.one.c_str());
            for (std::size_t i = 0; i < count; ++i)
                bind_value(insert, static_cast<int>(i + 1), values_[first + i]);
            insert.exec();
            first += count;
        }
        values_.clear();
    }

private:
    void flush_if_full() {
        if (values_.size() == kRowsPerStatement * static_cast<std::size_t>(sql_.columns))
            flush();
    }

    Statements& statements_;
    const InsertSql& sql_;
    std::vector<Value> values_;
};

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

Store::~Store() = default;

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

// The index is written one row at a time with VALUES, never INSERT ... SELECT: a statement
// that may write several rows opens a statement savepoint, and FTS5 answers every savepoint
// by flushing its pending data into a new index segment (then merging). Other multi-row
// statements (deleting a record's phones...) do the same once the index is part of the
// transaction, hence Batch for many records.
using IndexColumns = std::array<std::string, 6>;

// What a batch owes the index: each touched row's old values (nullopt for a new row), in
// rowid order (see flush_index).
struct Store::PendingIndex {
    std::map<std::int64_t, std::optional<IndexColumns>> rows;
};

namespace {

std::optional<IndexColumns> read_index_columns(SQLite::Statement& doc, std::int64_t rowid) {
    doc.bind(1, rowid);
    if (!doc.executeStep())
        return std::nullopt;
    IndexColumns columns;
    for (int i = 0; i < 6; ++i)
        columns[static_cast<std::size_t>(i)] = doc.getColumn(i).getString();
    doc.reset();
    return columns;
}

} // namespace

void Store::write_index(const char* command, std::int64_t rowid) {
    auto& doc = (*statements_)("SELECT name, organization, categories, keywords, description, "
                               "place FROM search_docs WHERE rowid = ?");
    if (pending_) {
        // Remember the old values once; the index is written at Batch::finish().
        if (!pending_->rows.contains(rowid))
            pending_->rows.emplace(rowid, command ? read_index_columns(doc, rowid) : std::nullopt);
        return;
    }
    const auto columns = read_index_columns(doc, rowid);
    if (!columns)
        return;
    auto& write = command ? (*statements_)("INSERT INTO search_fts(search_fts, rowid, name, "
                                           "organization, categories, keywords, description, "
                                           "place) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)")
                          : (*statements_)("INSERT INTO search_fts(rowid, name, organization, "
                                           "categories, keywords, description, place) VALUES "
                                           "(?, ?, ?, ?, ?, ?, ?)");
    write.bind(1, rowid);
    for (int i = 0; i < 6; ++i)
        write.bind(i + 2, (*columns)[static_cast<std::size_t>(i)]);
    write.exec();
    write_names_index(command, rowid, *columns);
}

void Store::write_names_index(const char* command, std::int64_t rowid,
                              const std::array<std::string, 6>& columns) {
    auto& names = command ? (*statements_)("INSERT INTO names_fts(names_fts, rowid, name, "
                                           "organization) VALUES ('delete', ?, ?, ?)")
                          : (*statements_)("INSERT INTO names_fts(rowid, name, organization) "
                                           "VALUES (?, ?, ?)");
    names.bind(1, rowid);
    names.bind(2, columns[0]);
    names.bind(3, columns[1]);
    names.exec();
}

void Store::flush_index() {
    auto pending = std::move(pending_);
    // In rowid order, each row's old entry removed just before its new one is added: FTS5
    // then keeps them all in memory and writes one segment at commit. A rowid lower than the
    // previous one makes it first flush its pending data into a new segment (then merge),
    // which made a page of a hundred changes several times slower.
    auto& remove = (*statements_)("INSERT INTO search_fts(search_fts, rowid, name, "
                                  "organization, categories, keywords, description, place) "
                                  "VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& [rowid, old] : pending->rows) {
        if (old) {
            remove.reset();
            remove.bind(1, rowid);
            for (int i = 0; i < 6; ++i)
                remove.bind(i + 2, (*old)[static_cast<std::size_t>(i)]);
            remove.exec();
            write_names_index("delete", rowid, *old);
        }
        write_index(nullptr, rowid);
    }
}

void rebuild_indexes(SQLite::Database& db) {
    db.exec("INSERT INTO search_fts(search_fts) VALUES ('rebuild')");
    // Contentless: emptied and filled again from the same view.
    db.exec("INSERT INTO names_fts(names_fts) VALUES ('delete-all')");
    // In rowid order, as 'rebuild' reads them: FTS5 flushes its pending data whenever the
    // rowid goes down.
    db.exec("INSERT INTO names_fts(rowid, name, organization) "
            "SELECT rowid, name, organization FROM search_docs ORDER BY rowid");
}

// External content: the index forgets a row by being handed its old values.
void Store::unindex_service(std::int64_t rowid) {
    write_index("delete", rowid);
}

void Store::index_service(std::int64_t rowid) {
    write_index(nullptr, rowid);
}

Store::Batch::Batch(Store& store) : store_(store) {
    store_.pending_ = std::make_unique<PendingIndex>();
}

Store::Batch::~Batch() {
    store_.pending_.reset();
}

void Store::Batch::finish() {
    guarded(*store_.statements_, [&] {
        if (store_.pending_)
            store_.flush_index();
    });
}

namespace {

// Word prefixes (1-2 letters) of a service's names and its organisation's name, each at its
// lowest tier: 0 the first word of a name, 1 another word of a name, 2 the organisation.
std::map<std::string, int> name_prefixes_of(const Service& service,
                                            const std::vector<std::string>& organization_words) {
    std::map<std::string, int> best;
    auto add_words = [&](const std::vector<std::string>& words, bool is_name) {
        for (std::size_t i = 0; i < words.size(); ++i) {
            const int tier = is_name ? (i == 0 ? 0 : 1) : 2;
            for (std::size_t n = 1; n <= 2 && n <= words[i].size(); ++n) {
                auto [it, inserted] = best.emplace(words[i].substr(0, n), tier);
                if (!inserted && tier < it->second)
                    it->second = tier;
            }
        }
    };
    for (const Lang lang : kLangs)
        add_words(fold_words(service.name.exact(lang)), true);
    for (const auto& other : service.other_names)
        add_words(fold_words(other), true);
    add_words(organization_words, false);
    return best;
}

} // namespace

std::vector<std::string> Store::organization_name_words(const std::string& organization_id) {
    // Not through organization(): public operations reset every cached statement when they
    // end, which must not happen in the middle of this one.
    auto& organization = (*statements_)("SELECT name FROM organizations WHERE id = ?");
    organization.bind(1, organization_id);
    std::vector<std::string> words;
    if (organization.executeStep())
        words = fold_words(organization.getColumn(0).getString());
    organization.tryReset();
    return words;
}

void Store::write_name_prefixes(std::int64_t rowid, const Service& service,
                                const std::vector<std::string>& organization_words) {
    std::vector<NamePrefix> rows;
    add_name_prefixes(rows, rowid, service, organization_words);
    insert_name_prefixes(rows);
}

void Store::add_name_prefixes(std::vector<NamePrefix>& rows, std::int64_t rowid,
                              const Service& service,
                              const std::vector<std::string>& organization_words) {
    for (auto& [prefix, tier] : name_prefixes_of(service, organization_words))
        rows.push_back(NamePrefix{prefix, tier, rowid});
}

std::vector<Store::NamePrefix> Store::prefix_rows(const Directory& directory) {
    // Each organisation's name is folded once, not once per service.
    std::unordered_map<std::string, std::vector<std::string>> organization_words;
    for (const auto& organization : directory.organizations)
        organization_words[organization.id] = fold_words(organization.name);
    const std::vector<std::string> none;
    std::vector<NamePrefix> rows;
    for (std::size_t i = 0; i < directory.services.size(); ++i) {
        const auto& service = directory.services[i];
        const auto words = organization_words.find(service.organization_id);
        add_name_prefixes(rows, static_cast<std::int64_t>(i), service,
                          words == organization_words.end() ? none : words->second);
    }
    // In key order, each row lands next to the previous one in the table's b-tree. Rowids
    // grow with the index, so the order holds once indexes become rowids.
    std::sort(rows.begin(), rows.end(), [](const NamePrefix& a, const NamePrefix& b) {
        return std::tie(a.prefix, a.tier, a.rowid) < std::tie(b.prefix, b.tier, b.rowid);
    });
    return rows;
}

void Store::insert_name_prefixes(const std::vector<NamePrefix>& rows) {
    // OR IGNORE (the rows are distinct by construction) leaves nothing to undo halfway through
    // a statement of many rows, so SQLite keeps no statement journal for it.
    static const InsertSql insert(
        "INSERT OR IGNORE INTO name_prefixes(prefix, tier, service_rowid)", 3);
    Rows table(*statements_, insert);
    for (const auto& row : rows)
        table.add(row.prefix, std::int64_t{row.tier}, row.rowid);
    table.flush();
}

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
        upsert.bind(1, category.id);
        upsert.bind(2, category.label.fr);
        upsert.bind(3, category.label.nl);
        upsert.bind(4, category.label.en);
        upsert.exec();
        for (const auto row : rows)
            index_service(row);
        scope.commit();
    });
}

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
            insert.bind(1, category.id);
            insert.bind(2, category.label.fr);
            insert.bind(3, category.label.nl);
            insert.bind(4, category.label.en);
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
