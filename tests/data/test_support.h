#pragma once
// Shared helpers for data/ tests: copies of the bundled directory, the source folder, sample
// records (temporary folders and files: support/files.h).

#include "data/model.h"
#include "support/files.h"

#include <filesystem>
#include <string>

namespace relais::test {

// A writable copy of the bundled Brussels directory inside `dir`.
std::filesystem::path copy_bundled(const TempDir& dir);

// The project's source folder (for data/seed and tests/data files).
std::filesystem::path source_dir();

// A small valid service for tests that build their own directory.
Service sample_service(const std::string& id, const std::string& organization_id);

} // namespace relais::test
