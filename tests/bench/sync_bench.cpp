// Sync over loopback, end to end (server, HTTP, client apply, search index): bootstrap of a
// synthetic directory and an incremental pull of 100 changes. Targets: 10k bootstrap <= 2 s,
// 100 changes <= 100 ms. RELAIS_BENCH_SYNC_SIZE sets the directory size (default 10000).
#include "../sync/test_support.h"

#include "data/changelog.h"
#include "data/store.h"
#include "sync/clock.h"
#include "sync/engine.h"

#include <SQLiteCpp/Transaction.h>
#include <benchmark/benchmark.h>

#include <cstdlib>

namespace {
using namespace relais;

int bench_size() {
    const char* size = std::getenv("RELAIS_BENCH_SYNC_SIZE");
    return size ? std::atoi(size) : 10000;
}

test::TestServer& server() {
    static test::TestServer instance([] {
        test::TestServerSetup setup;
        setup.services = bench_size();
        return setup;
    }());
    return instance;
}

sync::SyncOptions options() {
    sync::SyncOptions result;
    result.server_url = server().url();
    return result;
}

// Accepted writes, as the handler records them (without HTTP: only the pull is measured).
void write_changes(int count, int round) {
    Database db = Database::open(server().db_path());
    Store store(db);
    ChangeLog log(db);
    SQLite::Transaction transaction(db.sql());
    const std::string now = sync::now_iso8601();
    auto services = store.services();
    for (int i = 0; i < count; ++i) {
        Service service = services[static_cast<std::size_t>((round * count + i)) % services.size()];
        service.version += 1;
        service.updated_at = now;
        service.notes = "round " + std::to_string(round);
        store.put(service);
        log.record(service.id, ChangeOp::upsert, service.version, now);
    }
    transaction.commit();
}

void BM_Bootstrap(benchmark::State& state) {
    server();
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        test::TempDir dir;
        const auto path = dir / ("client-" + std::to_string(run++) + ".sqlite");
        { Database::open(path); } // the empty copy exists before the clock runs
        state.ResumeTiming();
        const auto report = sync::run_sync(path, options());
        if (report.upserts != bench_size())
            state.SkipWithError("incomplete bootstrap");
    }
    state.counters["services"] = bench_size();
}
BENCHMARK(BM_Bootstrap)->Unit(benchmark::kMillisecond)->UseRealTime();

// The server's share of a bootstrap: sending the snapshot, built by the first request and
// then answered from the server's response cache (as for every client until the next write).
void BM_SnapshotRequest(benchmark::State& state) {
    sync::HttpClient client(server().url());
    for (auto _ : state) {
        const auto response = client.request("GET", "/v1/snapshot");
        if (response.status != 200)
            state.SkipWithError("snapshot failed");
        state.counters["bytes"] = static_cast<double>(response.body.size());
    }
}
BENCHMARK(BM_SnapshotRequest)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Pull100Changes(benchmark::State& state) {
    test::TempDir dir;
    const auto path = dir / "client.sqlite";
    sync::run_sync(path, options());
    Database db = Database::open(path);
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        write_changes(100, ++round);
        sync::SyncEngine engine(db, options());
        state.ResumeTiming();
        const auto report = engine.run();
        if (report.upserts != 100)
            state.SkipWithError("missed changes");
    }
}
BENCHMARK(BM_Pull100Changes)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
