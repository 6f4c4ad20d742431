// The one translation unit of relais-server that includes Beast (see toolchain notes: each
// Beast TU costs ~10 s and 650 MB to compile).
#include "sync/server.h"

#include "sync/client_addresses.h"
#include "sync/handler_http.h"
#include "sync/request_log.h"
#include "sync/send_file.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <functional>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <vector>

namespace relais::sync {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using boost::system::error_code;

namespace {

// What stop() needs to reach a connection: touched only on the connection's strand.
struct Connection {
    asio::any_io_executor executor;
    bool alive = true;
    bool reading = false; // waiting for (the rest of) a request, nothing in flight
    std::function<void()> cancel;
};

using Response = http::response<http::string_body>;
// A cached body, sent in place: the cache's shared string outlives the write.
using CachedResponse = http::response<http::span_body<const char>>;

template <typename Body>
http::response<Body> to_beast(const HttpResponse& response, typename Body::value_type body,
                              unsigned version, bool keep_alive) {
    http::response<Body> message{static_cast<http::status>(response.status), version};
    message.set(http::field::server, "relais");
    if (!response.content_type.empty())
        message.set(http::field::content_type, response.content_type);
    for (const auto& [name, value] : response.headers)
        message.set(name, value);
    message.body() = std::move(body);
    message.keep_alive(keep_alive);
    message.prepare_payload();
    return message;
}

Response to_beast(HttpResponse&& response, unsigned version, bool keep_alive) {
    std::string body = std::move(response.body);
    return to_beast<http::string_body>(response, std::move(body), version, keep_alive);
}

bool is_parse_error(const error_code& ec) {
    return ec.category() == http::make_error_code(http::error::bad_method).category() &&
           ec != http::error::end_of_stream && ec != http::error::partial_message;
}

} // namespace

struct Server::Impl {
    Impl(ServerOptions opts, Handler& h, Metrics& m)
        : options(std::move(opts)), handler(h), metrics(m),
          workers(static_cast<std::size_t>(std::max(1, options.workers))),
          strand(asio::make_strand(ioc)), acceptor(strand), grace(strand) {
        if (options.tls_cert || options.tls_key) {
            if (!options.tls_cert || !options.tls_key)
                throw std::invalid_argument("TLS needs both a certificate and a key");
            tls.emplace(asio::ssl::context::tls_server);
            tls->set_options(asio::ssl::context::default_workarounds |
                             asio::ssl::context::no_sslv2 | asio::ssl::context::no_sslv3 |
                             asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1 |
                             asio::ssl::context::single_dh_use);
            tls->use_certificate_chain_file(options.tls_cert->string());
            tls->use_private_key_file(options.tls_key->string(), asio::ssl::context::pem);
        }
        // sendfile() has no MSG_NOSIGNAL: a client gone mid-answer must be an error, not the
        // end of the process.
        std::signal(SIGPIPE, SIG_IGN);
        const tcp::endpoint endpoint(asio::ip::make_address(options.address), options.port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(asio::socket_base::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen(asio::socket_base::max_listen_connections);
        bound_port = acceptor.local_endpoint().port();
        for (int i = 0; i < std::max(1, options.threads); ++i) {
            lanes.push_back(std::make_unique<asio::io_context>(1));
            keep_lanes.push_back(asio::make_work_guard(*lanes.back()));
        }
        asio::co_spawn(strand, accept_loop(), asio::detached);
        if (options.handle_signals) {
            signals.emplace(strand, SIGINT, SIGTERM);
            signals->async_wait([this](const error_code& ec, int) {
                if (!ec)
                    stop();
            });
        }
    }

    asio::awaitable<void> accept_loop();
    asio::awaitable<void> refuse(tcp::socket socket, const char* why);
    asio::awaitable<void> run_connection(tcp::socket socket, std::string remote);
    // The handler's answer: at once when it can, otherwise from a worker.
    asio::awaitable<HttpResponse> respond(const HttpRequest& request);
    template <typename Stream>
    asio::awaitable<void> serve(Stream& stream, const std::string& remote, Connection& state);
    template <typename Stream>
    asio::awaitable<bool> answer(Stream& stream, HttpResponse response, unsigned version,
                                 bool keep_alive);
    // A large cached answer on plain TCP, its body by sendfile() (sync/send_file.h).
    asio::awaitable<bool> send_file(beast::tcp_stream& stream, const HttpResponse& response,
                                    unsigned version, bool keep_alive);
    void stop();
    void connection_ended();

    ServerOptions options;
    Handler& handler;
    Metrics& metrics;
    asio::thread_pool workers;
    std::atomic<std::size_t> queued_work{0};
    ClientAddresses addresses{options.trusted_proxies, options.max_connections_per_address};
    RequestLog requests{options.log};
    asio::io_context ioc; // the acceptor, signals and the grace timer, on its own thread
    asio::strand<asio::io_context::executor_type> strand;
    // One event loop per serving thread, and a connection stays on one from start to end: no
    // two threads wait on the same loop or hand a connection's work to each other (that
    // costs more than the work itself on a cached answer). Connections go round the lanes.
    std::vector<std::unique_ptr<asio::io_context>> lanes;
    std::vector<asio::executor_work_guard<asio::io_context::executor_type>> keep_lanes;
    std::size_t next_lane = 0; // on the strand
    tcp::acceptor acceptor;
    asio::steady_timer grace;
    std::optional<asio::signal_set> signals;
    std::optional<asio::ssl::context> tls;
    unsigned short bound_port = 0;
    std::atomic<bool> stopping{false};
    std::atomic<std::size_t> open{0};
    std::mutex mutex; // guards connections
    std::unordered_map<std::uint64_t, std::shared_ptr<Connection>> connections;
    std::uint64_t next_id = 0;
    std::vector<std::thread> threads;
    std::thread preparing; // builds the snapshot once at start, beside the serving threads
};

asio::awaitable<void> Server::Impl::accept_loop() {
    for (;;) {
        error_code ec;
        asio::io_context& lane = *lanes[next_lane++ % lanes.size()];
        tcp::socket socket = co_await acceptor.async_accept(
            asio::make_strand(lane), asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            if (!acceptor.is_open() || stopping)
                co_return;
            // Out of descriptors or similar: pause rather than spin.
            asio::steady_timer pause(strand, std::chrono::milliseconds(50));
            co_await pause.async_wait(asio::redirect_error(asio::use_awaitable, ec));
            continue;
        }
        const auto executor = socket.get_executor();
        if (open.load() >= options.max_connections) {
            metrics.connection_refused();
            asio::co_spawn(executor, refuse(std::move(socket), "too many connections; retry"),
                           asio::detached);
            continue;
        }
        std::string remote;
        {
            error_code ignored;
            const auto endpoint = socket.remote_endpoint(ignored);
            if (!ignored)
                remote = endpoint.address().to_string();
        }
        if (!addresses.admit(remote)) {
            metrics.connection_refused();
            asio::co_spawn(executor,
                           refuse(std::move(socket), "too many connections from your address; "
                                                     "close some, then retry"),
                           asio::detached);
            continue;
        }
        ++open;
        metrics.connection_opened();
        asio::co_spawn(executor, run_connection(std::move(socket), std::move(remote)),
                       asio::detached);
    }
}

asio::awaitable<HttpResponse> Server::Impl::respond(const HttpRequest& request) {
    if (auto quick = handler.try_quick(request))
        co_return std::move(*quick);
    if (queued_work.fetch_add(1) >= options.max_queued_work) {
        --queued_work;
        HttpResponse busy = error_response(503, "busy", "the server is busy; retry shortly");
        busy.headers.emplace_back("Retry-After", "1");
        co_return busy;
    }
    struct Done {
        std::atomic<std::size_t>& queued;
        ~Done() { --queued; }
    } done{queued_work};
    // The coroutine resumes on its connection's strand once the worker is done.
    co_return co_await asio::co_spawn(
        workers.get_executor(),
        [this, &request]() -> asio::awaitable<HttpResponse> { co_return handler.handle(request); },
        asio::use_awaitable);
}

asio::awaitable<void> Server::Impl::refuse(tcp::socket socket, const char* why) {
    // Plain HTTP only: a TLS client would need a handshake we do not spend on refusals.
    beast::tcp_stream stream(std::move(socket));
    if (!tls) {
        stream.expires_after(std::chrono::seconds(1));
        Response message = to_beast(error_response(503, "busy", why), 11, false);
        message.set(http::field::retry_after, "1");
        error_code ec;
        co_await http::async_write(stream, message, asio::redirect_error(asio::use_awaitable, ec));
    }
    error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
}

void Server::Impl::connection_ended() {
    metrics.connection_closed();
    if (--open == 0 && stopping)
        asio::post(strand, [this] {
            grace.cancel();
            keep_lanes.clear(); // the lanes end once idle
        });
}

asio::awaitable<void> Server::Impl::run_connection(tcp::socket socket, std::string remote) {
    struct Ended {
        Impl& impl;
        const std::string& remote;
        ~Ended() {
            impl.addresses.release(remote);
            impl.connection_ended();
        }
    } ended{*this, remote};
    {
        // Each answer goes out whole in one write: Nagle's algorithm could only hold its last
        // segment back until the client's delayed acknowledgement.
        error_code ec;
        socket.set_option(tcp::no_delay(true), ec);
    }
    auto state = std::make_shared<Connection>();
    state->executor = socket.get_executor();
    std::uint64_t id = 0;
    {
        std::lock_guard lock(mutex);
        id = next_id++;
        connections.emplace(id, state);
    }
    struct Unregister {
        Impl& impl;
        std::uint64_t id;
        Connection& state;
        ~Unregister() {
            state.alive = false;
            std::lock_guard lock(impl.mutex);
            impl.connections.erase(id);
        }
    } unregister{*this, id, *state};

    if (tls) {
        beast::ssl_stream<beast::tcp_stream> stream(beast::tcp_stream(std::move(socket)), *tls);
        state->cancel = [&stream] {
            beast::get_lowest_layer(stream).cancel();
        };
        beast::get_lowest_layer(stream).expires_after(options.request_timeout);
        error_code ec;
        co_await stream.async_handshake(asio::ssl::stream_base::server,
                                        asio::redirect_error(asio::use_awaitable, ec));
        if (ec)
            co_return;
        co_await serve(stream, remote, *state);
        beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(1));
        co_await stream.async_shutdown(asio::redirect_error(asio::use_awaitable, ec));
    } else {
        beast::tcp_stream stream(std::move(socket));
        state->cancel = [&stream] {
            stream.cancel();
        };
        co_await serve(stream, remote, *state);
        error_code ec;
        stream.socket().shutdown(tcp::socket::shutdown_send, ec);
    }
}

template <typename Stream>
asio::awaitable<bool> Server::Impl::answer(Stream& stream, HttpResponse response, unsigned version,
                                           bool keep_alive) {
    if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
        if (response.cached_body && response.cached_fd >= 0)
            co_return co_await send_file(stream, response, version, keep_alive);
    }
    beast::get_lowest_layer(stream).expires_after(options.write_timeout);
    error_code ec;
    if (response.cached_body) {
        const std::shared_ptr<const std::string> body = response.cached_body;
        CachedResponse message = to_beast<http::span_body<const char>>(
            response, {body->data(), body->size()}, version, keep_alive);
        co_await http::async_write(stream, message, asio::redirect_error(asio::use_awaitable, ec));
    } else {
        Response message = to_beast(std::move(response), version, keep_alive);
        co_await http::async_write(stream, message, asio::redirect_error(asio::use_awaitable, ec));
    }
    co_return !ec;
}

asio::awaitable<bool> Server::Impl::send_file(beast::tcp_stream& stream,
                                              const HttpResponse& response, unsigned version,
                                              bool keep_alive) {
    const std::shared_ptr<const std::string> body = response.cached_body; // keeps the file open
    http::response<http::empty_body> message =
        to_beast<http::empty_body>(response, {}, version, keep_alive);
    message.content_length(body->size());
    std::ostringstream head;
    head << message.base();
    co_return co_await send_with_file(stream.socket(), head.str(), response.cached_fd, body->size(),
                                      options.write_timeout);
}

template <typename Stream>
asio::awaitable<void> Server::Impl::serve(Stream& stream, const std::string& remote,
                                          Connection& state) {
    beast::flat_buffer buffer;
    for (;;) {
        if (stopping)
            co_return;
        http::request_parser<http::string_body> parser;
        parser.header_limit(options.header_limit);
        parser.body_limit(options.body_limit);
        state.reading = true;
        beast::get_lowest_layer(stream).expires_after(options.request_timeout);
        error_code ec;
        co_await http::async_read(stream, buffer, parser,
                                  asio::redirect_error(asio::use_awaitable, ec));
        state.reading = false;
        const auto started = std::chrono::steady_clock::now();
        if (ec) {
            if (!is_parse_error(ec))
                co_return; // closed, timed out, cancelled: nobody to answer
            // The request cannot be read further: answer, then close.
            const int status = ec == http::error::body_limit     ? 413
                               : ec == http::error::header_limit ? 431
                                                                 : 400;
            co_await answer(stream, unreadable_request(status), 11, false);
            metrics.observe(status, std::chrono::steady_clock::now() - started);
            requests.write("-", "-", status, std::chrono::steady_clock::now() - started);
            if constexpr (std::is_same_v<Stream, beast::tcp_stream>) {
                // Read (and drop) what the client is still sending for a moment, so closing
                // does not reset the connection before it has read our answer.
                error_code ignored;
                stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
                stream.expires_after(std::chrono::milliseconds(500));
                char scratch[4096];
                std::size_t drained = 0;
                while (drained < 1024 * 1024) {
                    const std::size_t n = co_await stream.async_read_some(
                        asio::buffer(scratch), asio::redirect_error(asio::use_awaitable, ec));
                    if (ec)
                        break;
                    drained += n;
                }
            }
            co_return;
        }
        auto& message = parser.get();
        HttpRequest request;
        request.method = std::string(message.method_string());
        request.target = std::string(message.target());
        for (const auto& field : message)
            request.headers.emplace_back(std::string(field.name_string()),
                                         std::string(field.value()));
        request.body = std::move(message.body());
        request.remote_address = addresses.client_address(remote, request);
        HttpResponse response = co_await respond(request);
        const int status = response.status;
        const bool keep_alive = message.keep_alive() && !stopping;
        const bool written =
            co_await answer(stream, std::move(response), message.version(), keep_alive);
        const auto took = std::chrono::steady_clock::now() - started;
        metrics.observe(status, took);
        requests.write(request.method, request.target, status, took);
        if (!written || !keep_alive)
            co_return;
    }
}

void Server::Impl::stop() {
    if (stopping.exchange(true))
        return;
    asio::post(strand, [this] {
        error_code ignored;
        acceptor.close(ignored);
        if (signals)
            signals->cancel(ignored);
        {
            std::lock_guard lock(mutex);
            for (const auto& entry : connections) {
                // Not a structured binding: clang 14 cannot capture one.
                const auto& connection = entry.second;
                asio::post(connection->executor, [connection] {
                    if (connection->alive && connection->reading && connection->cancel)
                        connection->cancel();
                });
            }
        }
        if (open.load() == 0) {
            keep_lanes.clear(); // the lanes end once idle
            return;
        }
        // In-flight requests get a grace period; then everything stops.
        grace.expires_after(options.shutdown_grace);
        grace.async_wait([this](const error_code& ec) {
            if (ec)
                return;
            for (auto& lane : lanes)
                lane->stop();
            ioc.stop();
        });
    });
}

Server::Server(ServerOptions options, Handler& handler, Metrics& metrics)
    : impl_(std::make_unique<Impl>(std::move(options), handler, metrics)) {
}

Server::~Server() {
    stop();
    join();
}

unsigned short Server::port() const {
    return impl_->bound_port;
}

void Server::run() {
    impl_->preparing = std::thread([this] { impl_->handler.prepare(); });
    for (auto& lane : impl_->lanes)
        impl_->threads.emplace_back([&lane] { lane->run(); });
    impl_->ioc.run();
    join();
}

void Server::start() {
    impl_->preparing = std::thread([this] { impl_->handler.prepare(); });
    for (auto& lane : impl_->lanes)
        impl_->threads.emplace_back([&lane] { lane->run(); });
    impl_->threads.emplace_back([this] { impl_->ioc.run(); });
}

void Server::stop() {
    impl_->stop();
}

void Server::join() {
    for (auto& thread : impl_->threads) {
        if (thread.joinable())
            thread.join();
    }
    impl_->threads.clear();
    if (impl_->preparing.joinable())
        impl_->preparing.join();
    impl_->workers.join();
}

} // namespace relais::sync
