// The searcher's parts, each on its own: query expressions (data/search/query.h), the
// measures of close words (vocabulary.h) and the ranking order (ranking.h).

#include "data/search/query.h"
#include "data/search/ranking.h"
#include "data/search/vocabulary.h"

#include <gtest/gtest.h>

namespace relais {
namespace {

TEST(SearchQueryPart, TokensAreQuotedSoThatNoWordIsAnOperator) {
    EXPECT_EQ(quote("and"), "\"and\"");
    EXPECT_EQ(quote("a\"b"), "\"a\"\"b\"");
    EXPECT_EQ(expression(Alternative{{"aide", "juridique"}, false, false, false}),
              "\"aide juridique\"");
    EXPECT_EQ(expression(Alternative{{"utso"}, true, false, false}), "\"utso\"*");
    EXPECT_EQ(expression(Alternative{{"legalaid"}, false, true, true}), "keywords : \"legalaid\"");
}

TEST(SearchQueryPart, ScopesChooseTheAlternatives) {
    Term term;
    term.alternatives = {Alternative{{"avocat"}, false, false, false},
                         Alternative{{"0syn3"}, false, false, true},
                         Alternative{{"legalaid"}, false, true, true}};
    term.typo_alternatives = {Alternative{{"avocats"}, false, false, false}};
    EXPECT_EQ(expression(term, Scope{}).phrases, 3);
    EXPECT_EQ(expression(term, Scope{true, false, false}).phrases, 4);
    // The names index has no keywords column; literal leaves the synonym groups out.
    EXPECT_EQ(expression(term, Scope{false, true, false}).phrases, 2);
    EXPECT_EQ(expression(term, Scope{false, true, true}).text, "(\"avocat\")");
    EXPECT_EQ(expression(Term{}, Scope{}).phrases, 0);
}

TEST(SearchVocabularyPart, DistanceIsBoundedAndCountsTranspositions) {
    std::vector<int> scratch;
    EXPECT_EQ(bounded_distance("avocat", "avocat", 2, scratch), 0);
    EXPECT_EQ(bounded_distance("avocta", "avocat", 2, scratch), 1); // transposition
    EXPECT_EQ(bounded_distance("logment", "logement", 2, scratch), 1);
    EXPECT_EQ(bounded_distance("abc", "xyzabc", 2, scratch), 3); // gives up past the limit
    EXPECT_EQ(allowed_typos(3), 0);
    EXPECT_EQ(allowed_typos(4), 1);
    EXPECT_EQ(allowed_typos(7), 1);
    EXPECT_EQ(allowed_typos(8), 2);
}

TEST(SearchVocabularyPart, LetterKindsGiveALowerBound) {
    for (const auto& [a, b] : {std::pair{"logement", "logment"}, std::pair{"sante", "santé"},
                               std::pair{"utsopi", "pagasa"}, std::pair{"107", "1712"}}) {
        std::vector<int> scratch;
        EXPECT_LE(fewest_edits(letters_of(a), letters_of(b)), bounded_distance(a, b, 20, scratch))
            << a << " " << b;
    }
}

TEST(SearchRankingPart, PlaceRanksTheMunicipalityItsNeighboursBrusselsThenElsewhere) {
    const Municipality* evere = find_municipality("Evere");
    RankingWants wants;
    wants.near = evere;
    ServiceSignals service;
    service.area = Area::brussels;
    service.municipality = evere;
    EXPECT_EQ(place_rank(service, wants), 0);
    service.municipality = find_municipality("Schaerbeek");
    EXPECT_EQ(place_rank(service, wants), 1);
    service.municipality = find_municipality("Uccle");
    EXPECT_EQ(place_rank(service, wants), 2);
    service.area = Area::national;
    EXPECT_EQ(place_rank(service, wants), 2);
    service.area = Area::flanders;
    EXPECT_EQ(place_rank(service, wants), 3);
}

TEST(SearchRankingPart, NamesThenMatchThenRelevance) {
    // No signals known (an empty directory): the order is names, match kind, then bm25.
    const RankingSignals none;
    std::vector<RankedCandidate> candidates{
        {1, 0, 0, 0, 5.0}, {2, 1, 0, 0, 9.0}, {3, 0, 1, 1, 1.0}, {4, 0, 0, 0, 7.0}};
    rank(candidates, RankingWants{}, none);
    std::vector<std::int64_t> order;
    for (const auto& c : candidates)
        order.push_back(c.rowid);
    EXPECT_EQ(order, (std::vector<std::int64_t>{3, 4, 1, 2}));
}

} // namespace
} // namespace relais
