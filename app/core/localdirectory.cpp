#include "app/core/localdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace relais::app {

QString bundledDirectoryResource() {
    return u":/relais/relais-brussels.sqlite"_s;
}

namespace {

QString fileIn(const QString& folder) {
    return QDir(folder).filePath(u"relais.sqlite"_s);
}

LocalDirectory failure(const QString& message) {
    return {{}, false, message};
}

// Copies through a temporary file, so an interrupted first start never leaves half a database
// that would then be taken for the real one.
LocalDirectory install(const QString& bundled, const QString& target) {
    QFile source(bundled);
    if (!source.open(QIODevice::ReadOnly))
        return failure(
            QCoreApplication::translate("LocalDirectory", "The bundled directory is missing: %1")
                .arg(source.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return failure(QCoreApplication::translate("LocalDirectory", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(target), out.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return failure(QCoreApplication::translate("LocalDirectory", "Cannot write %1: %2")
                               .arg(QDir::toNativeSeparators(target), out.errorString()));
        }
    }
    if (!out.commit())
        return failure(QCoreApplication::translate("LocalDirectory", "Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(target), out.errorString()));
    return {std::filesystem::path(target.toStdString()), true, {}};
}

} // namespace

LocalDirectory ensureLocalDirectory(const QString& bundled, const QString& folder) {
    if (!QDir().mkpath(folder))
        return failure(QCoreApplication::translate("LocalDirectory", "Cannot create folder %1")
                           .arg(QDir::toNativeSeparators(folder)));
    const QString target = fileIn(folder);
    if (QFile::exists(target))
        return {std::filesystem::path(target.toStdString()), false, {}};
    return install(bundled, target);
}

LocalDirectory resetLocalDirectory(const QString& bundled, const QString& folder) {
    const QString target = fileIn(folder);
    // Stale WAL files would be replayed into the fresh copy.
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);
    QFile::remove(target);
    return ensureLocalDirectory(bundled, folder);
}

} // namespace relais::app
