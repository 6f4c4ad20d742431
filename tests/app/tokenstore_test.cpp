// Where a staff session is kept: the token in a real Secret Service (a private GNOME keyring
// on its own D-Bus session, see with_keyring.sh) and never in the file then; in the owner-only
// file where no secret store answers.

#include "app/staff/keychaintokenstore.h"
#include "qt_environment.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace relais::app;

namespace {

const auto* const environment =
    ::testing::AddGlobalTestEnvironment(new relais::app::test::QtEnvironment);

const StaffSession kSession{u"http://127.0.0.1:8080"_s, u"alice"_s, u"t0k3n-very-secret"_s,
                            u"2026-12-01T10:00:00Z"_s,  u"org-0"_s, u"staff"_s};

QByteArray contents(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool secretStoreExpected() {
    const char* expected = std::getenv("RELAIS_EXPECT_SECRET_STORE");
    return expected && std::string(expected) == "1";
}

TEST(KeychainTokenStore, KeepsTheTokenInTheSecretStoreAndNotInTheFile) {
    if (!secretStoreExpected())
        GTEST_SKIP() << "runs inside with_keyring.sh";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"staff-session.json"_s);
    KeychainTokenStore store(path);
    EXPECT_TRUE(store.save(kSession).isEmpty());
    EXPECT_TRUE(store.tokenInSecretStore());
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_FALSE(contents(path).contains("t0k3n")) << contents(path).toStdString();
    EXPECT_EQ(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());

    // The next start of the app finds the whole session.
    EXPECT_EQ(KeychainTokenStore(path).load(), kSession);

    // Another data folder is another session.
    QTemporaryDir other;
    EXPECT_FALSE(KeychainTokenStore(other.filePath(u"staff-session.json"_s)).load());

    // Logging out forgets both halves.
    store.clear();
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(KeychainTokenStore(path).load());
    // Even with the file put back, the token is gone from the secret store.
    StaffSession withoutToken = kSession;
    withoutToken.token.clear();
    EXPECT_TRUE(FileTokenStore(path).save(withoutToken).isEmpty());
    EXPECT_FALSE(KeychainTokenStore(path).load());
}

TEST(KeychainTokenStore, WithoutASecretStoreTheOwnerOnlyFileKeepsTheSession) {
    if (secretStoreExpected())
        GTEST_SKIP() << "runs outside with_keyring.sh";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"staff-session.json"_s);
    KeychainTokenStore store(path, u"Relais"_s, std::chrono::milliseconds(2000));
    EXPECT_TRUE(store.save(kSession).isEmpty());
    EXPECT_FALSE(store.tokenInSecretStore());
    EXPECT_EQ(QFile(path).permissions() &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
              QFile::Permissions());
    EXPECT_EQ(KeychainTokenStore(path).load(), kSession);
    store.clear();
    EXPECT_FALSE(KeychainTokenStore(path).load());
}

TEST(FileTokenStore, ASessionFileOthersCanReadIsNotTrusted) {
    QTemporaryDir dir;
    const QString path = dir.filePath(u"staff-session.json"_s);
    FileTokenStore store(path);
    ASSERT_TRUE(store.save(kSession).isEmpty());
    EXPECT_EQ(store.load(), kSession);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    EXPECT_FALSE(store.load());
}

} // namespace
