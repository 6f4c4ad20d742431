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

// all: every id in the first k; any: at least one; none: none of them (a generic need in
// Brussels must not put services elsewhere first).
enum class Mode { all, any, none };

struct Case {
    std::string query;
    int k = 0;
    Mode mode = Mode::all;
    std::vector<std::string> expected;
};

std::vector<Case> load_cases(const char* file) {
    std::ifstream in(test::source_dir() / "tests/data" / file);
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
        c.mode = mode == "all" ? Mode::all : mode == "any" ? Mode::any : Mode::none;
        std::istringstream list(ids);
        for (std::string id; std::getline(list, id, ',');)
            c.expected.push_back(id);
        cases.push_back(std::move(c));
    }
    return cases;
}

// Runs every case of `file` against the bundled directory; prints the pass rate and the mean
// reciprocal rank (over the cases that expect ids).
void run_cases(const char* file) {
    const auto cases = load_cases(file);
    ASSERT_GE(cases.size(), 20u);
    auto db = Database::open(bundled_database_path(), Database::Mode::read_only);
    Searcher searcher(db);
    int passed = 0, ranked = 0;
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
        int best = 0, within = 0;
        for (const auto& id : c.expected) {
            const int rank = rank_of(id);
            within += rank > 0 && rank <= c.k ? 1 : 0;
            if (rank > 0 && (best == 0 || rank < best))
                best = rank;
        }
        const bool ok = c.mode == Mode::all   ? within == static_cast<int>(c.expected.size())
                        : c.mode == Mode::any ? within > 0
                                              : within == 0;
        if (c.mode != Mode::none) {
            ++ranked;
            if (best > 0)
                reciprocal_ranks += 1.0 / best;
        }
        passed += ok ? 1 : 0;
        std::string top;
        for (std::size_t i = 0;
             i < std::min<std::size_t>(ids.size(), static_cast<std::size_t>(c.k)); ++i)
            top += (i ? ", " : "") + ids[i];
        EXPECT_TRUE(ok) << file << ": '" << c.query << "' expected "
                        << (c.mode == Mode::all   ? "all"
                            : c.mode == Mode::any ? "any"
                                                  : "none")
                        << " of its ids in the top " << c.k << "; got: " << top;
    }
    const double rate = 100.0 * passed / static_cast<double>(cases.size());
    const double mrr = reciprocal_ranks / static_cast<double>(std::max(ranked, 1));
    std::cout << file << ": " << passed << "/" << cases.size() << " cases pass (" << std::fixed
              << std::setprecision(1) << rate << "%), mean reciprocal rank " << std::setprecision(3)
              << mrr << '\n';
}

TEST(Relevance, EveryCasePasses) {
    run_cases("relevance_cases.tsv");
}

TEST(Relevance, EverySituationPasses) {
    run_cases("relevance_situations.tsv");
}

} // namespace
} // namespace relais
