#include "sync/body_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace relais::sync {

BodyFile BodyFile::of(std::string_view bytes) {
    const int fd = ::memfd_create("relais-answer", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return {};
    BodyFile file(fd);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return {}; // out of memory: the bytes are sent from memory instead
        written += static_cast<std::size_t>(n);
    }
    if (::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) != 0)
        return {};
    return file;
}

BodyFile& BodyFile::operator=(BodyFile&& other) noexcept {
    if (this != &other) {
        BodyFile old(std::exchange(fd_, std::exchange(other.fd_, -1)));
    }
    return *this;
}

BodyFile::~BodyFile() {
    if (fd_ >= 0)
        ::close(fd_);
}

} // namespace relais::sync
