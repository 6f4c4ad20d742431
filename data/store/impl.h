#pragma once
// The store's shared parts. Its work is split by concern, one file each (data/store/*.cpp):
// read.cpp (services with their child rows), write.cpp (writing services, one or a whole
// directory), catalog.cpp (organisations and categories), tombstones.cpp (removals and their
// tombstones), index.cpp (the full-text indexes, Batch), prefixes.cpp (the typeahead
// prefixes); store.cpp is the front (meta, stats, index checks). Internal to the store.

#include "data/error.h"
#include "data/store.h"

#include <SQLiteCpp/Statement.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <variant>
#include <vector>

namespace relais {
namespace detail {

// One value of a row written through Store::Rows.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// In place for texts: the caller keeps the value alive until the statement has run.
inline void bind_value(SQLite::Statement& statement, int index, const Value& value) {
    if (const auto* text = std::get_if<std::string>(&value))
        statement.bindNoCopy(index, *text);
    else if (const auto* number = std::get_if<std::int64_t>(&value))
        statement.bind(index, *number);
    else if (const auto* real = std::get_if<double>(&value))
        statement.bind(index, *real);
    else
        statement.bind(index);
}

// A category's id and labels, bound as ?1 to ?4 (fr, nl, en).
inline void bind_category(SQLite::Statement& statement, const Category& category) {
    statement.bind(1, category.id);
    statement.bind(2, category.label.fr);
    statement.bind(3, category.label.nl);
    statement.bind(4, category.label.en);
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

} // namespace detail

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

// Rows of one table, written kRowsPerStatement to a statement: in a bulk write, running a
// statement costs more than the row it adds. What is left at flush() goes one row at a time.
struct Store::Rows {
    Rows(Statements& statements, const detail::InsertSql& sql)
        : statements_(statements), sql_(sql) {}

    template <typename... Values> void add(Values&&... row) {
        (values_.emplace_back(std::forward<Values>(row)), ...);
        flush_if_full();
    }
    void add(std::vector<detail::Value>&& row) {
        std::move(row.begin(), row.end(), std::back_inserter(values_));
        flush_if_full();
    }

    void flush() {
        const auto columns = static_cast<std::size_t>(sql_.columns);
        const bool full = values_.size() == detail::kRowsPerStatement * columns;
        for (std::size_t first = 0; first < values_.size();) {
            const std::size_t count = full ? values_.size() : columns;
            auto& insert = statements_(full ? sql_.many.c_str() : sql_.one.c_str());
            for (std::size_t i = 0; i < count; ++i)
                detail::bind_value(insert, static_cast<int>(i + 1), values_[first + i]);
            insert.exec();
            first += count;
        }
        values_.clear();
    }

private:
    void flush_if_full() {
        if (values_.size() == detail::kRowsPerStatement * static_cast<std::size_t>(sql_.columns))
            flush();
    }

    Statements& statements_;
    const detail::InsertSql& sql_;
    std::vector<detail::Value> values_;
};

using IndexColumns = std::array<std::string, 6>;

// What a batch owes the index: each touched row's old values (nullopt for a new row), in
// rowid order (see flush_index).
struct Store::PendingIndex {
    std::map<std::int64_t, std::optional<IndexColumns>> rows;
};

} // namespace relais
