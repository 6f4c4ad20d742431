#pragma once
// Reading a column that may be NULL, the one way for every table (records, accounts, the
// outbox, the searcher): SQLiteCpp reads NULL as 0 or "", which would lose "unknown".

#include <SQLiteCpp/Column.h>

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>

namespace relais {

// The column's value, or nullopt when it is NULL. T: std::string, std::int64_t, double, or
// bool (any non-zero integer is true).
template <typename T> std::optional<T> nullable(const SQLite::Column& column) {
    static_assert(std::is_same_v<T, std::string> || std::is_same_v<T, std::int64_t> ||
                  std::is_same_v<T, double> || std::is_same_v<T, bool>);
    if (column.isNull())
        return std::nullopt;
    if constexpr (std::is_same_v<T, std::string>)
        return column.getString();
    else if constexpr (std::is_same_v<T, std::int64_t>)
        return column.getInt64();
    else if constexpr (std::is_same_v<T, double>)
        return column.getDouble();
    else
        return column.getInt() != 0;
}

} // namespace relais
