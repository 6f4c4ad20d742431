// The search-quality cases (what social workers type → what must come up), run against the
// bundled Brussels directory. Prints the pass rate and the mean reciprocal rank.

#include "data/database.h"
#include "data/search.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace relais {
namespace {

struct Case {
    std::string query;
    int k = 0;
    bool all = true;
    std::vector<std::string> expected;
};

std::vector<Case> load_cases() {
    std::ifstream in(test::source_dir() / "tests/data/relevance_cases.tsv");
    std::vector<Case> cases;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.front() == '#')
            continue;
        std::istringstream fields(line);
        Case c;
        std::string k, mode, ids;
        std::getline(fields, c.query, '\t');
        std::getline(fields, k, '\t');
        std::getline(fields, mode, '\t');
        std::getline(fields, ids, '\t');
        c.k = std::stoi(k);
        c.all = mode == "all";
        std::istringstream list(ids);
        for (std::string id; std::getline(list, id, ',');)
            c.expected.push_back(id);
        cases.push_back(std::move(c));
    }
    return cases;
}

TEST(Relevance, EveryCasePasses) {
    const auto cases = load_cases();
    ASSERT_GE(cases.size(), 20u);
    auto db = Database::open(bundled_database_path(), Database::Mode::read_only);
    Searcher searcher(db);
    int passed = 0;
    double reciprocal_ranks = 0;
    for (const auto& c : cases) {
        SearchQuery query;
        query.text = c.query;
        query.limit = 20;
        const auto result = searcher.search(query);
        std::vector<std::string> ids;
        for (const auto& hit : result.hits)
            ids.push_back(hit.id);
        auto rank_of = [&](const std::string& id) {
            const auto it = std::find(ids.begin(), ids.end(), id);
            return it == ids.end() ? 0 : static_cast<int>(it - ids.begin()) + 1;
        };
        int best = 0;
        bool ok = c.all;
        for (const auto& id : c.expected) {
            const int rank = rank_of(id);
            const bool within = rank > 0 && rank <= c.k;
            ok = c.all ? (ok && within) : (ok || within);
            if (rank > 0 && (best == 0 || rank < best))
                best = rank;
        }
        if (best > 0)
            reciprocal_ranks += 1.0 / best;
        passed += ok ? 1 : 0;
        std::string top;
        for (std::size_t i = 0;
             i < std::min<std::size_t>(ids.size(), static_cast<std::size_t>(c.k)); ++i)
            top += (i ? ", " : "") + ids[i];
        EXPECT_TRUE(ok) << "query '" << c.query << "' expected " << (c.all ? "all" : "any")
                        << " of its ids in the top " << c.k << "; got: " << top;
    }
    const double rate = 100.0 * passed / static_cast<double>(cases.size());
    const double mrr = reciprocal_ranks / static_cast<double>(cases.size());
    std::cout << "relevance: " << passed << "/" << cases.size() << " cases pass (" << std::fixed
              << std::setprecision(1) << rate << "%), mean reciprocal rank " << std::setprecision(3)
              << mrr << '\n';
}

} // namespace
} // namespace relais
