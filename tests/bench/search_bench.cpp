// Search latency per keystroke over generated directories (1k, 10k, 100k services), beside a
// raw ranked FTS5 query over all text on the same database (the floor to beat).
// Each benchmark reports the median and p99 of single queries as counters (milliseconds).
//
// Generated databases are cached in $RELAIS_BENCH_DIR (default: ./bench-data); sizes come
// from $RELAIS_BENCH_SIZES (default "1000,10000,100000").

#include "data/database.h"
#include "data/generator.h"
#include "data/importer.h"
#include "data/search.h"
#include "data/seed_json.h"
#include "data/store.h"

#include <benchmark/benchmark.h>
#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace relais {
namespace {

std::filesystem::path bench_dir() {
    const char* dir = std::getenv("RELAIS_BENCH_DIR");
    return dir && *dir ? std::filesystem::path(dir) : std::filesystem::path("bench-data");
}

std::vector<int> sizes() {
    const char* env = std::getenv("RELAIS_BENCH_SIZES");
    std::string list = env && *env ? env : "1000,10000,100000";
    std::vector<int> out;
    std::istringstream in(list);
    for (std::string item; std::getline(in, item, ',');)
        out.push_back(std::stoi(item));
    return out;
}

std::vector<Category> bundled_categories() {
    auto db = Database::open(bundled_database_path(), Database::Mode::read_only);
    return Store(db).categories();
}

// A generated directory of `count` services, built once and kept.
std::filesystem::path directory_of(int count) {
    const auto path = bench_dir() / ("generated-" + std::to_string(count) + ".sqlite");
    if (!std::filesystem::exists(path)) {
        std::filesystem::create_directories(bench_dir());
        const auto tmp = path.string() + ".tmp";
        std::filesystem::remove(tmp);
        {
            auto db = Database::open(tmp);
            Store(db).replace_directory(generate_directory(count, 42, bundled_categories()));
            db.sql().exec("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
        }
        std::filesystem::rename(tmp, path);
    } else {
        // Kept from an older build: brought to the current schema (and index) once.
        Database::open(path);
    }
    return path;
}

struct Fixture {
    explicit Fixture(int count)
        : db(Database::open(directory_of(count), Database::Mode::read_only)), searcher(db) {}
    Database db;
    Searcher searcher;
};

Fixture& fixture(int count) {
    static std::map<int, std::unique_ptr<Fixture>> fixtures;
    auto& slot = fixtures[count];
    if (!slot)
        slot = std::make_unique<Fixture>(count);
    return *slot;
}

// Query sets: what is typed, keystroke by keystroke where that is the point.
const std::map<std::string, std::vector<std::string>>& query_sets() {
    static const std::map<std::string, std::vector<std::string>> sets{
        {"one_word", {"logement", "santé", "gezondheid", "shelter", "dépistage", "emploi"}},
        {"prefix1", {"k", "m", "s", "a", "p", "d", "r", "t"}},
        {"prefix2", {"ka", "mi", "sa", "re", "lo", "de", "vi", "pe"}},
        {"prefix3", {"kal", "mir", "san", "log", "dep", "vio", "pre", "for"}},
        // The first letters of a word typed after another.
        {"prefix_after_word",
         {"centre s", "santé m", "aide ju", "logement u", "femmes l", "jeunes em", "test v",
          "kalomi lo"}},
        {"two_words",
         {"aide juridique", "santé mentale", "hébergement urgence", "femmes logement", "test vih",
          "jeunes emploi"}},
        {"typo",
         {"logment", "sante mentalle", "gezondheit", "depistgae", "alphabetisaton", "hebergment"}},
        {"filters_open_at", {"santé", "logement", "aide", "s", "emploi", "jeunes"}},
    };
    return sets;
}

void report(benchmark::State& state, std::vector<double>& ms) {
    std::sort(ms.begin(), ms.end());
    if (ms.empty())
        return;
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p99_ms"] = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
    state.counters["max_ms"] = ms.back();
}

void BM_Search(benchmark::State& state, const std::string& kind) {
    auto& f = fixture(static_cast<int>(state.range(0)));
    const auto& queries = query_sets().at(kind);
    auto make = [&](const std::string& text) {
        SearchQuery query;
        query.text = text;
        if (kind == "filters_open_at") {
            query.categories = {"health-care", "housing-shelter", "social-aid"};
            query.open_at =
                std::chrono::sys_days{std::chrono::year{2026} / 12 / 2} + std::chrono::hours{9};
            query.free = true;
        }
        return query;
    };
    // Steady state, as while typing: statements prepared, vocabulary loaded.
    for (const auto& text : queries)
        f.searcher.search(make(text));
    std::vector<double> ms;
    std::size_t i = 0;
    std::size_t hits = 0;
    for (auto _ : state) {
        const SearchQuery query = make(queries[i++ % queries.size()]);
        const auto start = std::chrono::steady_clock::now();
        const auto result = f.searcher.search(query);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        hits += result.hits.size();
        benchmark::DoNotOptimize(result);
    }
    state.counters["hits_per_query"] =
        static_cast<double>(hits) / static_cast<double>(std::max<std::size_t>(ms.size(), 1));
    report(state, ms);
}

// The floor: one ranked FTS5 query over all text, as a naive implementation would run it.
void BM_RawFts(benchmark::State& state, const std::string& kind) {
    auto& f = fixture(static_cast<int>(state.range(0)));
    const auto& queries = query_sets().at(kind);
    SQLite::Statement statement(f.db.sql(), "SELECT rowid FROM search_fts WHERE search_fts "
                                            "MATCH ? ORDER BY bm25(search_fts) LIMIT 20");
    std::vector<double> ms;
    std::size_t i = 0;
    for (auto _ : state) {
        // Each word quoted; the last one as a prefix, as typed. (The floor's statement is
        // prepared once, so it is timed in the same steady state.)
        std::istringstream words(queries[i++ % queries.size()]);
        std::string match, word;
        while (words >> word)
            match += (match.empty() ? "" : " ") + ("\"" + word + "\"");
        if (kind.starts_with("prefix"))
            match += "*";
        const auto start = std::chrono::steady_clock::now();
        statement.reset();
        statement.bind(1, match);
        int rows = 0;
        while (statement.executeStep())
            ++rows;
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        benchmark::DoNotOptimize(rows);
    }
    report(state, ms);
}

// Start-up: open the bundled directory and answer a first query.
void BM_BundledOpenFirstQuery(benchmark::State& state) {
    for (auto _ : state) {
        auto db = Database::open(bundled_database_path(), Database::Mode::read_only);
        Searcher searcher(db);
        SearchQuery query;
        query.text = "utsopi";
        benchmark::DoNotOptimize(searcher.search(query));
    }
}
BENCHMARK(BM_BundledOpenFirstQuery)->Unit(benchmark::kMillisecond);

// Import: parse + validate + write + index a generated seed file of N services.
void BM_Import(benchmark::State& state) {
    const int count = static_cast<int>(state.range(0));
    const auto categories = bundled_categories();
    const auto directory = generate_directory(count, 7, categories);
    boost::json::array services;
    std::map<std::string, std::string> names;
    for (const auto& o : directory.organizations)
        names[o.id] = o.name;
    for (const auto& s : directory.services) {
        auto value = to_json(s);
        value.as_object()["organization"] = names[s.organization_id];
        services.push_back(std::move(value));
    }
    const std::string text = boost::json::serialize(services);
    const auto path = bench_dir() / "import.sqlite";
    std::filesystem::create_directories(bench_dir());
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::remove(path);
        std::filesystem::remove(path.string() + "-wal");
        std::filesystem::remove(path.string() + "-shm");
        state.ResumeTiming();
        auto result = parse_seed(text, categories);
        if (!result.ok())
            state.SkipWithError("generated seed did not validate");
        auto db = Database::open(path);
        Store(db).replace_directory(result.directory);
    }
    state.counters["services"] = count;
}

void register_all() {
    for (const int size : sizes()) {
        for (const auto& [kind, queries] : query_sets()) {
            (void)queries;
            benchmark::RegisterBenchmark(("search/" + kind).c_str(), BM_Search, kind)
                ->Arg(size)
                ->Iterations(200)
                ->Unit(benchmark::kMillisecond);
            if (kind != "filters_open_at")
                benchmark::RegisterBenchmark(("raw_fts/" + kind).c_str(), BM_RawFts, kind)
                    ->Arg(size)
                    ->Iterations(100)
                    ->Unit(benchmark::kMillisecond);
        }
        if (size <= 10000)
            benchmark::RegisterBenchmark("import", BM_Import)
                ->Arg(size)
                ->Iterations(1)
                ->Unit(benchmark::kMillisecond);
    }
}

} // namespace
} // namespace relais

int main(int argc, char** argv) {
    relais::register_all();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
