#pragma once
// The staff session: log in (server address, user, password) on a background thread, keep the
// token in the TokenStore (never in the settings), log out (the server revokes the token,
// best effort; the copy here is always forgotten). The sync controller pushes the
// outbox with this session; when the server refuses it, the session is marked expired and the
// edits wait on this device until the next login.

#include "app/staff/tokenstore.h"
#include "app/sync/synccontroller.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace relais::app {

class DirectoryWorker;

class LoginController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool loggedIn READ loggedIn NOTIFY changed)
    Q_PROPERTY(bool sessionExpired READ sessionExpired NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString user READ user NOTIFY changed)
    Q_PROPERTY(QString organizationId READ organizationId NOTIFY changed)
    Q_PROPERTY(QString organizationName READ organizationName NOTIFY changed)
    Q_PROPERTY(bool admin READ admin NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
public:
    LoginController(DirectoryWorker& worker, SyncController& sync,
                    std::unique_ptr<TokenStore> store, QObject* parent = nullptr);
    ~LoginController() override; // waits for a login in progress

    bool loggedIn() const { return session_.has_value() && !expired_; }
    bool sessionExpired() const { return expired_; }
    bool busy() const { return thread_ != nullptr; }
    QString user() const { return session_ ? session_->user : lastUser_; }
    QString organizationId() const { return session_ ? session_->organizationId : QString(); }
    QString organizationName() const;
    bool admin() const { return session_ && session_->role == u"admin"; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void login(const QString& serverUrl, const QString& user, const QString& password);
    Q_INVOKABLE void logout();

signals:
    void changed();
    void loggedInChanged(); // after login, logout or expiry: "My listings" follows

private:
    void finishLogin(const StaffSession& session, const LoginOutcome& outcome);
    void finishLogout();
    void applySession();
    void lookUpOrganization();
    DirectoryWorker& worker_;
    SyncController& sync_;
    std::unique_ptr<TokenStore> store_;
    std::optional<StaffSession> session_;
    QString lastUser_;
    QString organizationName_;
    bool expired_ = false;
    QString errorText_;
    QThread* thread_ = nullptr;
};

} // namespace relais::app
