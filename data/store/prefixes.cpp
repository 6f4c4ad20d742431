#include "data/store/impl.h"
#include "data/tokenizer.h"

#include <algorithm>
#include <tuple>

// The typeahead prefixes of each service's names (see name_prefixes in the schema).

namespace relais {

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
    static const detail::InsertSql insert(
        "INSERT OR IGNORE INTO name_prefixes(prefix, tier, service_rowid)", 3);
    Rows table(*statements_, insert);
    for (const auto& row : rows)
        table.add(row.prefix, std::int64_t{row.tier}, row.rowid);
    table.flush();
}

} // namespace relais
