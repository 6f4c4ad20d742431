#pragma once
// Counters for GET /metrics in Prometheus' text format: requests by status, a latency
// histogram, open connections. Lock-free: every request updates it.

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace relais::sync {

class Metrics {
public:
    void observe(int status, std::chrono::nanoseconds latency);
    void connection_opened() { connections_.fetch_add(1, std::memory_order_relaxed); }
    void connection_closed() { connections_.fetch_sub(1, std::memory_order_relaxed); }
    void connection_refused() { refused_.fetch_add(1, std::memory_order_relaxed); }
    // A snapshot read from the database (not answered from the response cache).
    void snapshot_built() { snapshots_built_.fetch_add(1, std::memory_order_relaxed); }
    // Any read answer built from the database (a snapshot too): the others come from the
    // response cache.
    void answer_built() { answers_built_.fetch_add(1, std::memory_order_relaxed); }
    std::int64_t connections() const { return connections_.load(std::memory_order_relaxed); }
    std::uint64_t requests() const; // answered so far, any status

    std::string render(std::int64_t change_log_head, std::int64_t change_log_floor) const;

private:
    static constexpr std::array<double, 11> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0};
    std::array<std::atomic<std::uint64_t>, 600> by_status_{};
    std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> buckets_{};
    std::atomic<std::uint64_t> latency_ns_{0};
    std::atomic<std::int64_t> connections_{0};
    std::atomic<std::uint64_t> refused_{0};
    std::atomic<std::uint64_t> answers_built_{0};
    std::atomic<std::uint64_t> snapshots_built_{0};
};

} // namespace relais::sync
