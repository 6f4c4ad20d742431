#pragma once
// What every test program needs from the file system: a temporary folder of its own, and whole
// files read and written. One library (relais_test_support) for the data, sync and app tests.

#include <filesystem>
#include <string>

namespace relais::test {

// A fresh folder under the system temp dir, removed when the object goes.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// A whole file as bytes; throws std::runtime_error when it cannot be read.
std::string read_file(const std::filesystem::path& path);
// Writes `text` as the whole file, replacing it; throws when it cannot be written.
void write_file(const std::filesystem::path& path, const std::string& text);

} // namespace relais::test
