#pragma once
// The staff token in the platform's secret store through QtKeychain (on Linux desktops the
// Secret Service, e.g. a GNOME keyring); the other session fields in the owner-only file.
// Where no secret store answers (a machine without one, a locked or absent keyring), the
// token goes in that file too, as FileTokenStore keeps it: the user stays logged in.
//
// QtKeychain's jobs are asynchronous; these calls wait for them in a local event loop,
// bounded by a short timeout, so a keyring that never answers costs at most that per call
// (load() runs when the app starts, on the UI thread).

#include "app/staff/tokenstore.h"

#include <chrono>

namespace relais::app {

class KeychainTokenStore final : public TokenStore {
public:
    explicit KeychainTokenStore(QString path, QString service = QStringLiteral("Relais"),
                                std::chrono::milliseconds timeout = std::chrono::seconds(3));

    std::optional<StaffSession> load() const override;
    QString save(const StaffSession& session) override;
    void clear() override;

    // Where the last save put the token: true in the secret store, false in the file.
    bool tokenInSecretStore() const { return inSecretStore_; }

private:
    FileTokenStore file_;
    QString service_;
    QString key_;
    std::chrono::milliseconds timeout_;
    bool inSecretStore_ = false;
};

} // namespace relais::app
