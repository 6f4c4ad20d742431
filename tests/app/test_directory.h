#pragma once
// A private copy of the bundled directory per test, in a temporary folder: tests never write
// into the build's bundled file.

#include "data/database.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>

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
    std::filesystem::path path() const { return path_.toStdString(); }
    QString folder() const { return dir_.path(); }

private:
    QTemporaryDir dir_;
    QString path_;
    bool ok_ = false;
};

} // namespace relais::app::test
