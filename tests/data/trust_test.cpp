// The one trust rule (data/trust.h), as a table: each state, the 12-month boundary, staff
// confirmation, and dates in the future.

#include "data/trust.h"

#include <gtest/gtest.h>

namespace relais {
namespace {

std::chrono::sys_days day(const char* iso) {
    return *parse_day(iso);
}

Service checked(const char* on, Confidence confidence = Confidence::verified) {
    Service service;
    service.confidence = confidence;
    service.checked_on = on;
    return service;
}

TEST(Trust, ParsesDatesMonthsAndDateTimes) {
    EXPECT_EQ(parse_day("2026-11-28"), day("2026-11-28"));
    EXPECT_EQ(parse_day("2026-11"), day("2026-11-01"));
    EXPECT_EQ(parse_day("2026-11-28T09:00:00Z"), day("2026-11-28"));
    EXPECT_EQ(parse_day("2026-02-30"), std::nullopt);
    EXPECT_EQ(parse_day("28/11/2026"), std::nullopt);
    EXPECT_EQ(parse_day("2026-11-28 09:00"), std::nullopt);
}

TEST(Trust, EachStateAsATable) {
    struct Row {
        Service service;
        const char* today;
        TrustState state;
        std::optional<std::string> date;
        std::optional<TrustSource> by;
    };
    Service confirmed = checked("2026-11");
    confirmed.last_verified_at = "2026-12-02T10:15:00Z";
    Service never;
    const Row rows[] = {
        {checked("2026-11"), "2026-12-03", TrustState::checked, "2026-11",
         TrustSource::public_sources},
        {checked("2026-11", Confidence::partial), "2026-12-03", TrustState::checked, "2026-11",
         TrustSource::public_sources},
        // The seed's unverified records were never backed by a check.
        {checked("2026-11", Confidence::unverified), "2026-12-03", TrustState::unconfirmed,
         "2026-11", TrustSource::public_sources},
        {confirmed, "2026-12-03", TrustState::confirmed, "2026-12-02", TrustSource::organization},
        {never, "2026-12-03", TrustState::unconfirmed, std::nullopt, std::nullopt},
        // Twelve months from the first day of the month of the check, then unconfirmed.
        {checked("2026-11"), "2027-11-01", TrustState::checked, "2026-11",
         TrustSource::public_sources},
        {checked("2026-11"), "2027-11-02", TrustState::unconfirmed, "2026-11",
         TrustSource::public_sources},
        {confirmed, "2027-12-02", TrustState::confirmed, "2026-12-02", TrustSource::organization},
        {confirmed, "2027-12-03", TrustState::unconfirmed, "2026-12-02", TrustSource::organization},
        // A date in the future is never trusted.
        {checked("2027-01-05"), "2026-12-03", TrustState::unconfirmed, std::nullopt, std::nullopt},
    };
    for (const auto& row : rows) {
        const auto trust = trust_of(row.service, day(row.today));
        EXPECT_EQ(trust.state, row.state)
            << row.today << " " << row.service.checked_on.value_or("");
        EXPECT_EQ(trust.date, row.date) << row.today;
        EXPECT_EQ(trust.by, row.by) << row.today;
    }
}

TEST(Trust, AConfirmationInTheFutureCountsAsNone) {
    Service service = checked("2026-11");
    service.last_verified_at = "2030-01-01";
    const auto trust = trust_of(service, day("2026-12-03"));
    EXPECT_EQ(trust.state, TrustState::checked);
    EXPECT_EQ(trust.by, TrustSource::public_sources);
}

TEST(Trust, TheNewerOfACheckAndAConfirmationIsSaidWhenBothExpired) {
    Service service = checked("2025-06-10");
    service.last_verified_at = "2025-03-01";
    const auto trust = trust_of(service, day("2026-12-03"));
    EXPECT_EQ(trust.state, TrustState::unconfirmed);
    EXPECT_EQ(trust.date, "2025-06-10");
    EXPECT_EQ(trust.by, TrustSource::public_sources);
}

TEST(Trust, DueForConfirmationWithinThirtyDays) {
    Service service;
    service.last_verified_at = "2026-01-15";
    // Expires on 2027-01-16: due from 2026-12-17.
    EXPECT_FALSE(due_for_confirmation(trust_of(service, day("2026-12-16")), day("2026-12-16")));
    EXPECT_TRUE(due_for_confirmation(trust_of(service, day("2026-12-17")), day("2026-12-17")));
    EXPECT_TRUE(due_for_confirmation(trust_of(Service{}, day("2026-12-17")), day("2026-12-17")));
}

TEST(Trust, OldEvidenceIsSaidWithAnUnconfirmedListing) {
    Service service;
    service.confidence = Confidence::unverified;
    service.evidence_date = "2006";
    const auto trust = trust_of(service, day("2026-12-03"));
    EXPECT_EQ(trust.state, TrustState::unconfirmed);
    EXPECT_EQ(trust.evidence_date, "2006");
}

} // namespace
} // namespace relais
