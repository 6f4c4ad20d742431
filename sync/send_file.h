#pragma once
// A large cached answer on plain TCP: the header, then the body by sendfile() from the
// cache's file (sync/body_file.h), so the kernel sends its own pages instead of a copy made
// per request. Asio, not Beast: the caller writes the header.
// Thread rule: on the socket's executor, as every operation on the socket.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <chrono>
#include <cstddef>
#include <string>

namespace relais::sync {

// Sends `header`, then the first `size` bytes of the file `file`, on `socket` (made
// non-blocking). All must go within `timeout`: a client that stops reading loses the
// connection. False when it did not all go (timed out, or the client went away).
boost::asio::awaitable<bool> send_with_file(boost::asio::ip::tcp::socket& socket,
                                            std::string header, int file, std::size_t size,
                                            std::chrono::milliseconds timeout);

} // namespace relais::sync
