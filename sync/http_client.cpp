// The sync engine's only Beast translation unit.
#include "sync/http_client.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/url/parse.hpp>

#include <atomic>

namespace relais::sync {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;

constexpr std::size_t kReadBuffer = 256 * 1024;
using tcp = asio::ip::tcp;
using boost::system::error_code;

struct HttpClient::Impl {
    ClientOptions options;
    bool secure = false;
    std::string host;
    std::string port;
    std::string prefix; // base path without trailing '/'
    asio::io_context ioc;
    std::optional<asio::ssl::context> tls;
    std::unique_ptr<beast::tcp_stream> plain;
    std::unique_ptr<beast::ssl_stream<beast::tcp_stream>> encrypted;
    beast::flat_buffer buffer;
    std::atomic<bool> aborted{false};

    beast::tcp_stream* lowest() {
        if (encrypted)
            return &beast::get_lowest_layer(*encrypted);
        return plain.get();
    }
    bool connected() { return lowest() && lowest()->socket().is_open(); }

    void drop() {
        plain.reset();
        encrypted.reset();
        buffer.clear();
    }

    asio::awaitable<void> connect(std::chrono::steady_clock::time_point deadline) {
        drop();
        tcp::resolver resolver(ioc);
        error_code ec;
        const auto endpoints = co_await resolver.async_resolve(
            host, port, asio::redirect_error(asio::use_awaitable, ec));
        if (ec)
            throw TransportError(TransportError::Kind::connect, "cannot resolve " + host);
        beast::tcp_stream stream(ioc);
        stream.expires_at(deadline);
        if (options.local_address) {
            // From a chosen local address: bound before connecting, to the first endpoint.
            const tcp::endpoint local(asio::ip::make_address(*options.local_address, ec), 0);
            if (ec)
                throw TransportError(TransportError::Kind::url,
                                     "not a local address: " + *options.local_address);
            const tcp::endpoint remote = *endpoints.begin();
            stream.socket().open(remote.protocol(), ec);
            if (!ec)
                stream.socket().bind(local, ec);
            if (!ec)
                co_await stream.async_connect(remote,
                                              asio::redirect_error(asio::use_awaitable, ec));
        } else {
            co_await stream.async_connect(endpoints, asio::redirect_error(asio::use_awaitable, ec));
        }
        if (ec)
            throw TransportError(ec == beast::error::timeout ? TransportError::Kind::timeout
                                                             : TransportError::Kind::connect,
                                 "cannot connect to " + host + ":" + port + ": " + ec.message());
        stream.socket().set_option(tcp::no_delay(true));
        if (!secure) {
            plain = std::make_unique<beast::tcp_stream>(std::move(stream));
            co_return;
        }
        encrypted = std::make_unique<beast::ssl_stream<beast::tcp_stream>>(std::move(stream), *tls);
        if (!SSL_set_tlsext_host_name(encrypted->native_handle(), host.c_str()))
            throw TransportError(TransportError::Kind::tls, "cannot set TLS server name");
        encrypted->set_verify_callback(asio::ssl::host_name_verification(host));
        co_await encrypted->async_handshake(asio::ssl::stream_base::client,
                                            asio::redirect_error(asio::use_awaitable, ec));
        if (ec) {
            drop();
            throw TransportError(TransportError::Kind::tls,
                                 "TLS handshake failed: " + ec.message());
        }
    }

    template <typename Stream>
    asio::awaitable<HttpResponse> exchange(Stream& stream, http::request<http::string_body>& req,
                                           std::chrono::steady_clock::time_point deadline) {
        beast::get_lowest_layer(stream).expires_at(deadline);
        error_code ec;
        co_await http::async_write(stream, req, asio::redirect_error(asio::use_awaitable, ec));
        if (ec)
            throw_io(ec, "sending the request");
        http::response_parser<http::string_body> parser;
        parser.body_limit(options.max_response);
        // Beast reads no more than the buffer's free room: left at its first size (about the
        // headers'), a 13 MB snapshot came in 1 KB reads, ten times slower than the network.
        buffer.reserve(kReadBuffer);
        co_await http::async_read(stream, buffer, parser,
                                  asio::redirect_error(asio::use_awaitable, ec));
        if (ec)
            throw_io(ec, "reading the response");
        auto& message = parser.get();
        HttpResponse response;
        response.status = static_cast<int>(message.result_int());
        for (const auto& field : message) {
            if (field.name() == http::field::content_type)
                response.content_type = std::string(field.value());
            else
                response.headers.emplace_back(std::string(field.name_string()),
                                              std::string(field.value()));
        }
        response.body = std::move(message.body());
        if (!message.keep_alive())
            drop();
        co_return response;
    }

    void throw_io(const error_code& ec, const char* doing) {
        drop();
        if (aborted)
            throw TransportError(TransportError::Kind::aborted, "aborted");
        if (ec == beast::error::timeout)
            throw TransportError(TransportError::Kind::timeout, std::string("timeout ") + doing);
        throw TransportError(TransportError::Kind::io, std::string(doing) + ": " + ec.message());
    }

    asio::awaitable<HttpResponse> run(http::request<http::string_body> req, bool reuse) {
        const auto deadline = std::chrono::steady_clock::now() + options.timeout;
        if (!reuse || !connected())
            co_await connect(deadline);
        if (encrypted)
            co_return co_await exchange(*encrypted, req, deadline);
        co_return co_await exchange(*plain, req, deadline);
    }
};

HttpClient::HttpClient(const std::string& base_url, ClientOptions options)
    : impl_(std::make_unique<Impl>()) {
    impl_->options = std::move(options);
    const auto parsed = boost::urls::parse_absolute_uri(base_url);
    if (!parsed || !parsed->has_authority() || parsed->host().empty())
        throw TransportError(TransportError::Kind::url, "not an http(s) URL: " + base_url);
    const std::string scheme(parsed->scheme());
    if (scheme != "http" && scheme != "https")
        throw TransportError(TransportError::Kind::url, "not an http(s) URL: " + base_url);
    impl_->secure = scheme == "https";
    impl_->host = parsed->host_address();
    impl_->port = parsed->has_port() ? std::string(parsed->port()) : (impl_->secure ? "443" : "80");
    impl_->prefix = parsed->encoded_path();
    while (!impl_->prefix.empty() && impl_->prefix.back() == '/')
        impl_->prefix.pop_back();
    if (impl_->secure) {
        impl_->tls.emplace(asio::ssl::context::tls_client);
        impl_->tls->set_default_verify_paths();
        if (impl_->options.ca_file)
            impl_->tls->load_verify_file(impl_->options.ca_file->string());
        impl_->tls->set_verify_mode(asio::ssl::verify_peer);
    }
}

HttpClient::~HttpClient() = default;

HttpResponse HttpClient::request(const std::string& method, const std::string& target,
                                 const Headers& headers, const std::string& body) {
    Impl& impl = *impl_;
    if (impl.aborted)
        throw TransportError(TransportError::Kind::aborted, "aborted");
    http::request<http::string_body> req;
    const http::verb verb = http::string_to_verb(method);
    if (verb == http::verb::unknown)
        throw TransportError(TransportError::Kind::url, "unknown method " + method);
    req.method(verb);
    req.target(impl.prefix + target);
    req.version(11);
    const bool default_port = impl.port == (impl.secure ? "443" : "80");
    req.set(http::field::host, default_port ? impl.host : impl.host + ":" + impl.port);
    req.set(http::field::user_agent, "relais-sync");
    for (const auto& [name, value] : headers)
        req.set(name, value);
    if (!body.empty() || verb == http::verb::post || verb == http::verb::put) {
        if (!find_header(headers, "Content-Type"))
            req.set(http::field::content_type, "application/json");
        req.body() = body;
    }
    req.keep_alive(true);
    req.prepare_payload();

    // A kept-alive connection may have been closed by the server meanwhile. Only a GET is sent
    // again on a fresh connection after such a failure; writes always use a fresh one, so a
    // write is never sent twice by this layer.
    const bool idempotent = verb == http::verb::get;
    for (int attempt = 0;; ++attempt) {
        const bool reuse = idempotent && attempt == 0;
        std::optional<HttpResponse> result;
        std::exception_ptr error;
        bool done = false;
        asio::co_spawn(impl.ioc, impl.run(req, reuse),
                       [&](std::exception_ptr e, HttpResponse response) {
                           done = true;
                           error = e;
                           if (!e)
                               result = std::move(response);
                       });
        impl.ioc.restart();
        bool cancelled = false;
        while (!done) {
            impl.ioc.run_for(std::chrono::milliseconds(20));
            if (impl.aborted && !done && !cancelled) {
                cancelled = true;
                if (auto* stream = impl.lowest())
                    stream->cancel();
            }
            if (impl.ioc.stopped() && !done)
                impl.ioc.restart();
        }
        if (!error)
            return std::move(*result);
        try {
            std::rethrow_exception(error);
        } catch (const TransportError& e) {
            const bool retry = reuse && e.kind() == TransportError::Kind::io && !impl.aborted;
            if (!retry)
                throw;
        } catch (const std::exception& e) {
            impl.drop();
            throw TransportError(TransportError::Kind::io, e.what());
        }
    }
}

void HttpClient::abort() {
    impl_->aborted = true;
}
void HttpClient::reset_abort() {
    impl_->aborted = false;
}
void HttpClient::disconnect() {
    impl_->drop();
}

} // namespace relais::sync
