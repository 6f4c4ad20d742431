#include "app/staff/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;
}

std::optional<StaffSession> FileTokenStore::load() const {
    auto session = loadFields();
    if (!session || session->token.isEmpty())
        return std::nullopt;
    return session;
}

std::optional<StaffSession> FileTokenStore::loadFields() const {
    QFile file(path_);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A session file others could read is not trusted: log in again.
    if ((file.permissions() & ~(kOwnerOnly | QFile::ReadUser | QFile::WriteUser)) != 0)
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    StaffSession session{
        object.value(u"server"_s).toString(),          object.value(u"user"_s).toString(),
        object.value(u"token"_s).toString(),           object.value(u"expires_at"_s).toString(),
        object.value(u"organization_id"_s).toString(), object.value(u"role"_s).toString()};
    if (session.serverUrl.isEmpty())
        return std::nullopt;
    return session;
}

QString FileTokenStore::save(const StaffSession& session) {
    const QJsonObject object{{u"server"_s, session.serverUrl},
                             {u"user"_s, session.user},
                             {u"token"_s, session.token},
                             {u"expires_at"_s, session.expiresAt},
                             {u"organization_id"_s, session.organizationId},
                             {u"role"_s, session.role}};
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QDir().mkpath(QFileInfo(path_).absolutePath());
    // Created 0600 from the start (never readable by others, not even for a moment), then
    // renamed over the old file.
    const QString temporary = path_ + u".new"_s;
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly) ||
        file.write(bytes) != bytes.size() || !file.flush()) {
        const QString error = file.errorString();
        file.close();
        QFile::remove(temporary);
        return QCoreApplication::translate("LoginController",
                                           "The session could not be kept on this device: %1")
            .arg(error);
    }
    file.close();
    QFile::setPermissions(temporary, kOwnerOnly);
    QFile::remove(path_);
    if (!QFile::rename(temporary, path_)) {
        QFile::remove(temporary);
        return QCoreApplication::translate("LoginController",
                                           "The session could not be kept on this device: %1")
            .arg(QDir::toNativeSeparators(path_));
    }
    return {};
}

void FileTokenStore::clear() {
    QFile::remove(path_);
    QFile::remove(path_ + u".new"_s);
}

} // namespace relais::app
