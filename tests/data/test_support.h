#pragma once
// Shared helpers for data/ tests: temporary folders, copies of the bundled directory.

#include "data/model.h"

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

// A writable copy of the bundled Brussels directory inside `dir`.
std::filesystem::path copy_bundled(const TempDir& dir);

// The project's source folder (for data/seed and tests/data files).
std::filesystem::path source_dir();

std::string read_text(const std::filesystem::path& file);
void write_text(const std::filesystem::path& file, const std::string& text);

// A small valid service for tests that build their own directory.
Service sample_service(const std::string& id, const std::string& organization_id);

} // namespace relais::test
