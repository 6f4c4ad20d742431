#pragma once
// A kept response body, written once into an anonymous in-memory file (memfd) so the server can
// send it with sendfile(): the kernel sends from the file's pages, with no copy of the bytes
// through the server for every request, as a static file server does. Sealed against any change
// once written. Where the system has no memfd, the file is simply absent and the server writes
// the bytes from memory.
// Thread rule: immutable once made; fd() may be used from any thread (sendfile takes offsets).

#include <string_view>

namespace relais::sync {

class BodyFile {
public:
    BodyFile() = default;
    // The bytes in a new sealed file; an absent file (fd() < 0) when that cannot be done.
    static BodyFile of(std::string_view bytes);

    BodyFile(BodyFile&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    BodyFile& operator=(BodyFile&& other) noexcept;
    BodyFile(const BodyFile&) = delete;
    BodyFile& operator=(const BodyFile&) = delete;
    ~BodyFile();

    int fd() const { return fd_; }

private:
    explicit BodyFile(int fd) : fd_(fd) {}
    int fd_ = -1;
};

} // namespace relais::sync
