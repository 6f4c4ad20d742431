#pragma once
// Offline first: the directory the app works from is a file in its own data folder. On first
// start it is a copy of the directory bundled in the app, so everything works at once,
// without any network. Later syncs update that copy; a reset restores the bundled one.

#include <QString>

#include <filesystem>

namespace relais::app {

// The bundled directory, compiled into the app as a resource.
QString bundledDirectoryResource();

struct LocalDirectory {
    std::filesystem::path path; // empty on failure
    bool copied = false;        // true when this call installed the bundled copy
    QString error;
};

// `folder/relais.sqlite`, copied from `bundled` when it does not exist yet.
LocalDirectory ensureLocalDirectory(const QString& bundled, const QString& folder);
// Replaces `folder/relais.sqlite` (and its WAL files) with a fresh copy of `bundled`. Only while
// no connection is open on it.
LocalDirectory resetLocalDirectory(const QString& bundled, const QString& folder);

} // namespace relais::app
