#include "data/search/impl.h"

#include <algorithm>
#include <cstring>
#include <iterator>

// Filters as row sets, checked inside the full-text queries.

namespace relais {

// relais_allowed(rowids, rowid): whether `rowid` is among `rowids`, a blob of sorted 64-bit
// rowids (bound without a copy). Checked inside a full-text query, it makes LIMIT count only
// the services the filters let through, and spares ranking the others.
void allowed_function(sqlite3_context* context, int, sqlite3_value** arguments) {
    const auto* bytes = static_cast<const unsigned char*>(sqlite3_value_blob(arguments[0]));
    const auto count = static_cast<std::size_t>(sqlite3_value_bytes(arguments[0])) / 8;
    const std::int64_t rowid = sqlite3_value_int64(arguments[1]);
    auto at = [&](std::size_t i) {
        std::int64_t value;
        std::memcpy(&value, bytes + i * 8, 8);
        return value;
    };
    std::size_t low = 0, high = count;
    while (low < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (at(middle) < rowid)
            low = middle + 1;
        else
            high = middle;
    }
    sqlite3_result_int(context, low < count && at(low) == rowid);
}

Searcher::Impl::Filters Searcher::Impl::filters(const SearchQuery& query, std::string_view skip) {
    Filters f;
    auto active = [&](std::string_view name) {
        return name != skip;
    };
    if (!query.categories.empty() && active("category")) {
        f.clauses += " AND ROWID IN (SELECT service_rowid FROM service_categories WHERE "
                     "category_id IN (";
        for (std::size_t i = 0; i < query.categories.size(); ++i) {
            f.clauses += i ? ", ?" : "?";
            f.values.push_back(query.categories[i]);
        }
        f.clauses += "))";
    }
    if (query.municipality && active("municipality")) {
        // French and Dutch names of a municipality are equivalent.
        std::set<std::string> keys{fold_key(*query.municipality)};
        const auto typed = fold_words(*query.municipality);
        for (const auto& group : synonyms.groups)
            if (std::find(group.members.begin(), group.members.end(), typed) != group.members.end())
                for (const auto& member : group.members) {
                    std::string key;
                    for (const auto& t : member)
                        key += (key.empty() ? "" : "-") + t;
                    keys.insert(key);
                }
        f.clauses += " AND ROWID IN (SELECT service_rowid FROM locations WHERE "
                     "municipality_key IN (";
        bool first = true;
        for (const auto& key : keys) {
            f.clauses += first ? "?" : ", ?";
            first = false;
            f.values.push_back(key);
        }
        f.clauses += "))";
    }
    if (query.language && active("language")) {
        f.clauses += " AND ROWID IN (SELECT service_rowid FROM service_languages WHERE "
                     "language = ?)";
        f.values.push_back(*query.language);
    }
    if (query.audience && active("audience")) {
        f.clauses += " AND ROWID IN (SELECT service_rowid FROM service_audiences WHERE "
                     "audience = ?)";
        f.values.push_back(*query.audience);
    }
    if (query.free && active("free"))
        f.clauses += " AND ROWID IN (SELECT rowid FROM services WHERE free = 1)";
    if (query.anonymous && active("anonymous"))
        f.clauses += " AND ROWID IN (SELECT rowid FROM services WHERE anonymous = 1)";
    if (query.walk_in && active("walk-in"))
        f.clauses += " AND ROWID IN (SELECT rowid FROM services WHERE appointment IN "
                     "('walk-in', 'optional'))";
    return f;
}

Rowids Searcher::Impl::rowid_set(RowidSets& cache, const std::string& key, const std::string& sql,
                                 const std::vector<std::string>& values) {
    const auto now = directory_version();
    if (now != cache.version) {
        cache.sets.clear();
        cache.version = now;
    }
    if (const auto found = cache.sets.find(key); found != cache.sets.end())
        return found->second;
    if (cache.sets.size() >= 16)
        cache.sets.clear();
    std::vector<std::int64_t> rowids;
    auto& rows = statement(sql);
    int index = 1;
    bind_all(rows, index, values);
    while (rows.executeStep())
        rowids.push_back(rows.getColumn(0).getInt64());
    std::sort(rowids.begin(), rowids.end());
    rowids.erase(std::unique(rowids.begin(), rowids.end()), rowids.end());
    auto set = std::make_shared<const std::vector<std::int64_t>>(std::move(rowids));
    cache.sets.emplace(key, set);
    return set;
}

Rowids Searcher::Impl::allowed_by(const Filters& f) {
    if (f.clauses.empty())
        return nullptr;
    std::string key = f.clauses;
    for (const auto& value : f.values)
        (key += '\x1f') += value;
    return rowid_set(filter_sets, key, "SELECT rowid FROM services WHERE 1" + f.sql("rowid"),
                     f.values);
}

Rowids Searcher::Impl::named_with(const std::string& prefix, const Rowids& allowed) {
    const auto named = rowid_set(
        prefix_sets, prefix, "SELECT service_rowid FROM name_prefixes WHERE prefix = ?", {prefix});
    if (!allowed)
        return named;
    auto both = std::make_shared<std::vector<std::int64_t>>();
    std::set_intersection(allowed->begin(), allowed->end(), named->begin(), named->end(),
                          std::back_inserter(*both));
    return both;
}

void Searcher::Impl::bind_all(SQLite::Statement& statement, int& index,
                              const std::vector<std::string>& values) {
    for (const auto& value : values)
        statement.bind(index++, value);
}

void Searcher::Impl::bind_rowids(SQLite::Statement& statement, int index,
                                 const std::vector<std::int64_t>& rowids) {
    statement.bindNoCopy(index, rowids.data(),
                         static_cast<int>(rowids.size() * sizeof(std::int64_t)));
}

} // namespace relais
