#include "sync/metrics.h"

#include <sstream>

namespace relais::sync {

std::uint64_t Metrics::requests() const {
    std::uint64_t total = 0;
    for (const auto& count : by_status_)
        total += count.load(std::memory_order_relaxed);
    return total;
}

void Metrics::observe(int status, std::chrono::nanoseconds latency) {
    if (status >= 0 && status < static_cast<int>(by_status_.size()))
        by_status_[static_cast<std::size_t>(status)].fetch_add(1, std::memory_order_relaxed);
    const double seconds = std::chrono::duration<double>(latency).count();
    std::size_t bucket = 0;
    while (bucket < kBuckets.size() && seconds > kBuckets[bucket])
        ++bucket;
    buckets_[bucket].fetch_add(1, std::memory_order_relaxed);
    latency_ns_.fetch_add(static_cast<std::uint64_t>(latency.count()), std::memory_order_relaxed);
}

std::string Metrics::render(std::int64_t change_log_head, std::int64_t change_log_floor) const {
    std::ostringstream out;
    out << "# HELP relais_http_requests_total HTTP requests answered, by status.\n"
           "# TYPE relais_http_requests_total counter\n";
    for (std::size_t status = 0; status < by_status_.size(); ++status) {
        if (const auto count = by_status_[status].load(std::memory_order_relaxed))
            out << "relais_http_requests_total{status=\"" << status << "\"} " << count << '\n';
    }
    out << "# HELP relais_http_request_duration_seconds Time to answer a request.\n"
           "# TYPE relais_http_request_duration_seconds histogram\n";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        cumulative += buckets_[i].load(std::memory_order_relaxed);
        out << "relais_http_request_duration_seconds_bucket{le=\"";
        if (i < kBuckets.size())
            out << kBuckets[i];
        else
            out << "+Inf";
        out << "\"} " << cumulative << '\n';
    }
    out << "relais_http_request_duration_seconds_sum "
        << static_cast<double>(latency_ns_.load(std::memory_order_relaxed)) / 1e9 << '\n'
        << "relais_http_request_duration_seconds_count " << cumulative << '\n'
        << "# HELP relais_change_log_head Highest sequence number of the change feed.\n"
           "# TYPE relais_change_log_head gauge\n"
        << "relais_change_log_head " << change_log_head << '\n'
        << "# HELP relais_change_log_floor Oldest cursor still served without a resync.\n"
           "# TYPE relais_change_log_floor gauge\n"
        << "relais_change_log_floor " << change_log_floor << '\n'
        << "# HELP relais_connections Open client connections.\n"
           "# TYPE relais_connections gauge\n"
        << "relais_connections " << connections_.load(std::memory_order_relaxed) << '\n'
        << "# HELP relais_connections_refused_total Connections refused at the cap.\n"
           "# TYPE relais_connections_refused_total counter\n"
        << "relais_connections_refused_total " << refused_.load(std::memory_order_relaxed) << '\n'
        << "# HELP relais_snapshots_built_total Snapshots read from the database (the others "
           "came from the response cache).\n"
           "# TYPE relais_snapshots_built_total counter\n"
        << "relais_snapshots_built_total " << snapshots_built_.load(std::memory_order_relaxed)
        << '\n'
        << "# HELP relais_read_answers_built_total Read answers built from the database (the "
           "others came from the response cache).\n"
           "# TYPE relais_read_answers_built_total counter\n"
        << "relais_read_answers_built_total " << answers_built_.load(std::memory_order_relaxed)
        << '\n';
    return out.str();
}

} // namespace relais::sync
