// FeedWatch: the change feed's state is known without asking SQLite while nothing writes to the
// database's folder, and any commit (another connection here, another process alike) is seen by
// the very next call, also when calls interleave the way concurrent requests do.
#include "test_support.h"

#include "data/changelog.h"
#include "data/store.h"
#include "sync/feed_watch.h"

#include <SQLiteCpp/Transaction.h>
#include <gtest/gtest.h>

namespace relais::test {
namespace {

class FeedWatchTest : public ::testing::Test {
protected:
    FeedWatchTest() {
        Database db = Database::open(path);
        Store(db).replace_directory(test_directory(3));
    }

    // A change committed by a connection other than the watch's, as a request or an import
    // would.
    void commit_a_change() {
        Database db = Database::open(path);
        SQLite::Transaction transaction(db.sql());
        ChangeLog(db).record("service-" + std::to_string(++changes), ChangeOp::upsert, 1,
                             "2026-12-01T00:00:00Z");
        transaction.commit();
    }

    sync::FeedState current() {
        Database db = Database::open(path, Database::Mode::read_only);
        return sync::read_feed(db);
    }

    // What a read route does when unchanged() has nothing: version first, then the state.
    void learn(sync::FeedWatch& watch) {
        const std::int64_t version = watch.version();
        watch.remember(version, current());
    }

    TempDir dir;
    std::filesystem::path path = dir / "server.sqlite";
    int changes = 0;
};

TEST_F(FeedWatchTest, KnowsTheStateUntilACommitThenSeesItAtOnce) {
    sync::FeedWatch watch(path);
    EXPECT_FALSE(watch.unchanged()) << "nothing known yet";
    learn(watch);
    const auto known = watch.unchanged();
    ASSERT_TRUE(known);
    EXPECT_EQ(known->etag(), current().etag());
    EXPECT_EQ(watch.unchanged()->etag(), known->etag()) << "still, with nothing written";

    commit_a_change();
    EXPECT_FALSE(watch.unchanged()) << "a commit must be seen by the next call";
    EXPECT_FALSE(watch.unchanged()) << "and stays unknown until learnt again";
    learn(watch);
    ASSERT_TRUE(watch.unchanged());
    EXPECT_EQ(watch.unchanged()->etag(), current().etag());
    EXPECT_NE(watch.unchanged()->etag(), known->etag());
    EXPECT_EQ(watch.now().etag(), current().etag());
}

TEST_F(FeedWatchTest, AStateLearntBeforeACommitSeenElsewhereIsNotKept) {
    // Request A takes the version and reads the state; meanwhile a commit lands and request B
    // notices it; then A remembers what it read. A's state must not be taken as current.
    sync::FeedWatch watch(path);
    learn(watch);
    const std::int64_t version = watch.version(); // A
    const sync::FeedState before = current();     // A
    commit_a_change();
    EXPECT_FALSE(watch.unchanged()); // B
    watch.remember(version, before); // A, late
    EXPECT_FALSE(watch.unchanged()) << "a stale state was taken for the current one";
    learn(watch);
    ASSERT_TRUE(watch.unchanged());
    EXPECT_EQ(watch.unchanged()->etag(), current().etag());
}

TEST_F(FeedWatchTest, NowFollowsEveryCommit) {
    sync::FeedWatch watch(path);
    learn(watch);
    for (int i = 0; i < 3; ++i) {
        commit_a_change();
        EXPECT_EQ(watch.now().etag(), current().etag());
    }
}

} // namespace
} // namespace relais::test
