// The client sync engine against a real server: bootstrap, incremental pull, deletions,
// resync, the outbox with its conflicts, interrupted transfers, many clients at once.
#include "test_support.h"

#include "data/changelog.h"
#include "data/outbox.h"
#include "data/seed_json.h"
#include "data/store.h"
#include "sync/engine.h"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <future>

namespace relais::test {
namespace {
namespace json = boost::json;
using sync::SyncEngine;
using sync::SyncOptions;
using sync::SyncReport;

struct ClientState {
    std::vector<Service> services;
    std::optional<std::string> cursor;
    bool operator==(const ClientState&) const = default;
};

ClientState state_of(Database& db) {
    Store store(db);
    return {store.services(), store.meta("sync_cursor")};
}

class EngineTest : public ::testing::Test {
protected:
    TestServer server;
    TempDir dir;

    SyncOptions options(std::optional<std::string> token = std::nullopt) {
        SyncOptions result;
        result.server_url = server.url();
        result.token = std::move(token);
        result.backoff = std::chrono::milliseconds(10);
        return result;
    }
    SyncReport sync(Database& db, SyncOptions opts) {
        SyncEngine engine(db, std::move(opts));
        return engine.run();
    }
    std::vector<Service> server_services() {
        Database db = Database::open(server.db_path());
        return Store(db).services();
    }
    // A write through the server, as another device would make it.
    std::string admin_token() {
        if (admin_.empty()) {
            add_account(server.db_path(), "root", "org-0", Role::admin, "root password");
            admin_ = login_token(server.url(), "root", "root password");
        }
        return admin_;
    }
    sync::HttpResponse server_write(const std::string& method, const Service& service) {
        sync::HttpClient client(server.url());
        return client.request(method, "/v1/services/" + service.id,
                              {{"Authorization", "Bearer " + admin_token()},
                               {"If-Match", "\"" + std::to_string(service.version) + "\""}},
                              method == "PUT" ? json::serialize(relais::to_json(service)) : "");
    }

private:
    std::string admin_;
};

TEST_F(EngineTest, BootstrapCopiesTheDirectoryAndIndexesIt) {
    Database db = Database::open(dir / "client.sqlite");
    const SyncReport report = sync(db, options());
    EXPECT_TRUE(report.bootstrapped);
    EXPECT_EQ(report.upserts, 30);
    EXPECT_EQ(report.cursor, 30);
    Store store(db);
    EXPECT_EQ(store.services(), server_services());
    EXPECT_EQ(store.meta("sync_cursor"), "30");
    EXPECT_EQ(store.meta("server_url"), server.url());
    EXPECT_NO_THROW(store.check_search_index());

    // Nothing new: a second run applies nothing.
    const SyncReport again = sync(db, options());
    EXPECT_FALSE(again.bootstrapped);
    EXPECT_EQ(again.upserts, 0);
    EXPECT_EQ(again.cursor, 30);
}

TEST_F(EngineTest, IncrementalPullAppliesUpdatesAndDeletes) {
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options());
    std::vector<Service> services = server_services();
    Service changed = services[3];
    changed.notes = "moved to a new address";
    ASSERT_EQ(server_write("PUT", changed).status, 200);
    ASSERT_EQ(server_write("DELETE", services[5]).status, 204);

    std::vector<sync::SyncProgress> progress;
    SyncEngine engine(db, options());
    engine.on_progress = [&](const sync::SyncProgress& p) {
        progress.push_back(p);
    };
    const SyncReport report = engine.run();
    EXPECT_FALSE(report.bootstrapped);
    EXPECT_EQ(report.upserts, 1);
    EXPECT_EQ(report.deletes, 1);
    EXPECT_EQ(report.cursor, 32);
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back().cursor, 32);
    Store store(db);
    EXPECT_EQ(store.services(), server_services());
    EXPECT_EQ(store.service(changed.id)->notes, "moved to a new address");
    EXPECT_EQ(store.service(changed.id)->version, changed.version + 1);
    EXPECT_FALSE(store.service(services[5].id));
    EXPECT_NO_THROW(store.check_search_index());
}

TEST_F(EngineTest, SmallPagesCommitOneAtATime) {
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options());
    for (Service service : server_services()) {
        service.notes = "checked";
        ASSERT_EQ(server_write("PUT", service).status, 200);
    }
    SyncOptions small = options();
    small.page_limit = 4;
    SyncEngine engine(db, small);
    int pages = 0;
    engine.on_progress = [&](const sync::SyncProgress& p) {
        if (p.stage == sync::SyncProgress::Stage::pull)
            ++pages;
    };
    const SyncReport report = engine.run();
    EXPECT_EQ(pages, 8);
    EXPECT_EQ(report.upserts, 30);
    EXPECT_EQ(Store(db).services(), server_services());
}

TEST_F(EngineTest, CursorTooOldReBootstraps) {
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options());
    const Service gone = server_services()[2];
    ASSERT_EQ(server_write("DELETE", gone).status, 204);
    {
        Database server_db = Database::open(server.db_path());
        ASSERT_EQ(ChangeLog(server_db).prune_deletes("9999-01-01T00:00:00Z"), 1);
    }
    const SyncReport report = sync(db, options());
    EXPECT_TRUE(report.bootstrapped);
    EXPECT_FALSE(Store(db).service(gone.id));
    EXPECT_EQ(Store(db).services(), server_services());
}

TEST_F(EngineTest, OutboxPushesAndA409KeepsTheDraftBesideTheServerRecord) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    const std::string alice = login_token(server.url(), "alice", "alice password");
    Database phone = Database::open(dir / "phone.sqlite");
    Database desktop = Database::open(dir / "desktop.sqlite");
    sync(phone, options(alice));
    sync(desktop, options(alice));
    const Service original = Store(phone).services_of("org-0").front();

    Service from_phone = original;
    from_phone.notes = "edited on the phone";
    sync::queue_update(phone, from_phone);
    const SyncReport pushed = sync(phone, options(alice));
    EXPECT_EQ(pushed.pushed, 1);
    EXPECT_TRUE(Outbox(phone).entries().empty());
    EXPECT_EQ(Store(phone).service(original.id)->version, original.version + 1);

    Service from_desktop = original;
    from_desktop.notes = "edited on the desktop, offline";
    sync::queue_update(desktop, from_desktop);
    const SyncReport conflicted = sync(desktop, options(alice));
    EXPECT_EQ(conflicted.pushed, 0);
    EXPECT_EQ(conflicted.conflicts, 1);
    auto entries = Outbox(desktop).entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].state, OutboxState::conflict);
    const Service theirs = sync::service_from_wire(json::parse(*entries[0].server_json));
    EXPECT_EQ(theirs.notes, "edited on the phone");
    EXPECT_EQ(sync::service_from_wire(json::parse(*entries[0].draft_json)).notes,
              "edited on the desktop, offline");
    // The pull still ran: the local copy shows the server's record, the draft waits.
    EXPECT_EQ(Store(desktop).service(original.id)->notes, "edited on the phone");

    // A conflict stays until resolved: another sync does not send it.
    EXPECT_EQ(sync(desktop, options(alice)).waiting, 0);
    EXPECT_EQ(Outbox(desktop).entries().size(), 1u);

    sync::resolve_keep_mine(desktop, entries[0].n);
    const SyncReport resolved = sync(desktop, options(alice));
    EXPECT_EQ(resolved.pushed, 1);
    EXPECT_TRUE(Outbox(desktop).entries().empty());
    Database server_db = Database::open(server.db_path());
    const Service final_record = *Store(server_db).service(original.id);
    EXPECT_EQ(final_record.notes, "edited on the desktop, offline");
    EXPECT_EQ(final_record.version, original.version + 2);
    EXPECT_EQ(Store(desktop).service(original.id)->version, original.version + 2);
}

TEST_F(EngineTest, TakeTheirsDropsTheDraft) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    const std::string alice = login_token(server.url(), "alice", "alice password");
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options(alice));
    Service service = Store(db).services_of("org-0").front();
    Service newer = service;
    newer.notes = "server side";
    ASSERT_EQ(server_write("PUT", newer).status, 200);
    service.notes = "local side";
    sync::queue_update(db, service);
    ASSERT_EQ(sync(db, options(alice)).conflicts, 1);
    sync::resolve_take_theirs(db, Outbox(db).entries().front().n);
    EXPECT_TRUE(Outbox(db).entries().empty());
    EXPECT_EQ(Store(db).service(service.id)->notes, "server side");
}

TEST_F(EngineTest, RefusedEditsAreKeptWithTheServerError) {
    add_account(server.db_path(), "alice", "org-0", Role::staff, "alice password");
    const std::string alice = login_token(server.url(), "alice", "alice password");
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options(alice));
    Service other;
    for (const Service& service : Store(db).services()) {
        if (service.organization_id != "org-0")
            other = service;
    }
    other.notes = "not mine";
    sync::queue_update(db, other);
    const SyncReport report = sync(db, options(alice));
    EXPECT_EQ(report.rejected, 1);
    const auto entries = Outbox(db).entries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].state, OutboxState::rejected);
    EXPECT_NE(entries[0].error_json->find("forbidden"), std::string::npos);
}

TEST_F(EngineTest, WithoutATokenEditsWait) {
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options());
    Service service = Store(db).services().front();
    service.notes = "offline edit";
    sync::queue_update(db, service);
    const SyncReport report = sync(db, options());
    EXPECT_EQ(report.waiting, 1);
    EXPECT_EQ(Outbox(db).pending().size(), 1u);
}

TEST_F(EngineTest, ACutConnectionLeavesTheCopyUnchangedAndTheNextSyncCompletes) {
    Database db = Database::open(dir / "client.sqlite");
    sync(db, options());
    for (Service service : server_services()) {
        service.notes = "second edition";
        ASSERT_EQ(server_write("PUT", service).status, 200);
    }
    const ClientState before = state_of(db);
    // Cut inside the status line, inside the headers, just after them, in the body, and one
    // byte before the end.
    sync::HttpClient probe(server.url());
    const std::size_t full =
        probe.request("GET", "/v1/changes?since=30&limit=1000").body.size() + 200;
    for (const long cut :
         {5L, 60L, 260L, static_cast<long>(full / 2), static_cast<long>(full - 220)}) {
        CuttingProxy proxy(server.port(), cut);
        SyncOptions through = options();
        through.server_url = proxy.url();
        through.max_attempts = 2;
        Store(db).set_meta("server_url", proxy.url());
        SyncEngine engine(db, through);
        try {
            engine.run();
            ADD_FAILURE() << "a sync cut after " << cut << " bytes succeeded";
        } catch (const sync::SyncError& e) {
            EXPECT_EQ(e.kind(), sync::SyncError::Kind::network) << e.what();
        }
        Store(db).set_meta("server_url", server.url());
        EXPECT_EQ(state_of(db), before) << "cut after " << cut << " bytes";
    }
    const SyncReport report = sync(db, options());
    EXPECT_FALSE(report.bootstrapped);
    EXPECT_EQ(report.upserts, 30);
    EXPECT_EQ(Store(db).services(), server_services());
}

TEST_F(EngineTest, ACutBootstrapLeavesAnEmptyCopyEmpty) {
    Database db = Database::open(dir / "client.sqlite");
    CuttingProxy proxy(server.port(), 3000);
    SyncOptions through = options();
    through.server_url = proxy.url();
    through.max_attempts = 1;
    EXPECT_THROW(sync(db, through), sync::SyncError);
    EXPECT_TRUE(Store(db).services().empty());
    EXPECT_FALSE(Store(db).meta("sync_cursor").value_or("").size());
    EXPECT_TRUE(sync(db, options()).bootstrapped);
    EXPECT_EQ(Store(db).services(), server_services());
}

TEST_F(EngineTest, AbortStopsTheRun) {
    Database db = Database::open(dir / "client.sqlite");
    SyncEngine engine(db, options());
    engine.abort();
    try {
        engine.run();
        ADD_FAILURE() << "an aborted sync ran";
    } catch (const sync::SyncError& e) {
        EXPECT_EQ(e.kind(), sync::SyncError::Kind::aborted);
    }
    EXPECT_TRUE(Store(db).services().empty());
}

TEST_F(EngineTest, UnreachableServerIsANetworkErrorAfterRetries) {
    Database db = Database::open(dir / "client.sqlite");
    SyncOptions nowhere = options();
    nowhere.server_url = "http://127.0.0.1:1";
    nowhere.max_attempts = 3;
    const auto started = std::chrono::steady_clock::now();
    try {
        sync(db, nowhere);
        ADD_FAILURE();
    } catch (const sync::SyncError& e) {
        EXPECT_EQ(e.kind(), sync::SyncError::Kind::network);
    }
    // Two backoffs: 10 ms then 20 ms.
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(30));
}

TEST_F(EngineTest, FiftyClientsAtOnce) {
    constexpr int kClients = 50;
    std::vector<std::future<std::string>> results;
    for (int i = 0; i < kClients; ++i) {
        results.push_back(std::async(std::launch::async, [this, i]() -> std::string {
            try {
                Database db = Database::open(dir / ("client-" + std::to_string(i) + ".sqlite"));
                SyncOptions opts = options();
                opts.max_attempts = 1; // zero errors means zero retries too
                sync::SyncEngine engine(db, opts);
                const SyncReport report = engine.run();
                if (report.upserts != 30 || Store(db).services().size() != 30)
                    return "client " + std::to_string(i) + " got a partial directory";
                return "";
            } catch (const std::exception& e) {
                return "client " + std::to_string(i) + ": " + e.what();
            }
        }));
    }
    for (auto& result : results)
        EXPECT_EQ(result.get(), "");
}

TEST_F(EngineTest, RunSyncIsWhatTheCommandLineCalls) {
    const auto report = sync::run_sync(dir / "cli.sqlite", options());
    EXPECT_TRUE(report.bootstrapped);
    Database db = Database::open(dir / "cli.sqlite");
    EXPECT_EQ(Store(db).services().size(), 30u);
}

} // namespace
} // namespace relais::test
