#include "sync/send_file.h"

#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <sys/sendfile.h>
#include <sys/socket.h>

#include <cerrno>

namespace relais::sync {
namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

asio::awaitable<bool> send_with_file(tcp::socket& socket, std::string header, int file,
                                     std::size_t size, std::chrono::milliseconds timeout) {
    const int fd = socket.native_handle();
    error_code ec;
    // Once per connection: Asio remembers the mode, the system call is not repeated.
    if (!socket.native_non_blocking())
        socket.native_non_blocking(true, ec);
    if (ec)
        co_return false;
    // The whole within `timeout`: a client that stops reading loses the connection.
    asio::steady_timer deadline(socket.get_executor(), timeout);
    deadline.async_wait([&socket](const error_code& waited) {
        if (!waited) {
            error_code ignored;
            socket.cancel(ignored);
        }
    });
    std::size_t sent = 0;
    off_t offset = 0;
    const auto end = static_cast<off_t>(size);
    while (sent < header.size() || offset < end) {
        // The header leaves with the body's first bytes (MSG_MORE), as one segment.
        const ssize_t n =
            sent < header.size()
                ? ::send(fd, header.data() + sent, header.size() - sent, MSG_NOSIGNAL | MSG_MORE)
                : ::sendfile(fd, file, &offset, static_cast<std::size_t>(end - offset));
        if (n > 0) {
            if (sent < header.size())
                sent += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            co_await socket.async_wait(tcp::socket::wait_write,
                                       asio::redirect_error(asio::use_awaitable, ec));
            if (ec)
                co_return false; // timed out, or the connection is gone
            continue;
        }
        co_return false; // the client went away (EPIPE, ECONNRESET)
    }
    deadline.cancel();
    co_return true;
}

} // namespace relais::sync
