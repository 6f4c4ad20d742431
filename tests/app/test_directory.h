#pragma once
// A private copy of the bundled directory per test, in a temporary folder: tests never write
// into the build's bundled file.

#include "data/database.h"
#include "data/store.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace relais::app::test {

class TestDirectory {
public:
    TestDirectory() {
        const QString source = QString::fromStdString(bundled_database_path().string());
        path_ = dir_.filePath(QStringLiteral("relais.sqlite"));
        ok_ = dir_.isValid() && QFile::copy(source, path_) &&
              QFile::setPermissions(path_, QFile::ReadOwner | QFile::WriteOwner);
    }
    bool ok() const { return ok_; }
    // Deletes a service from this copy, as a sync could; false when it is not there.
    bool remove(const std::string& id) {
        Database db = Database::open(path());
        Store store(db);
        const auto service = store.service(id);
        return service && store.remove(id, service->version + 1, "2026-10-01T00:00:00Z");
    }
    std::filesystem::path path() const { return path_.toStdString(); }
    QString folder() const { return dir_.path(); }

private:
    QTemporaryDir dir_;
    QString path_;
    bool ok_ = false;
};

} // namespace relais::app::test
