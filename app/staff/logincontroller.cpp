#include "app/staff/logincontroller.h"

#include "app/core/directoryworker.h"
#include "app/core/texts.h"

#include <QDateTime>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace relais::app {

LoginController::LoginController(DirectoryWorker& worker, SyncController& sync,
                                 std::unique_ptr<TokenStore> store, QObject* parent)
    : QObject(parent), worker_(worker), sync_(sync), store_(std::move(store)) {
    session_ = store_->load();
    if (session_) {
        const QDateTime expires = QDateTime::fromString(session_->expiresAt, Qt::ISODate);
        expired_ = expires.isValid() && expires <= QDateTime::currentDateTimeUtc();
        if (expired_)
            errorText_ = tr("Your session has ended. Log in again: your edits are kept on this "
                            "device and will be sent then.");
    }
    applySession();
    connect(&sync_, &SyncController::finished, this, [this](const SyncOutcome& outcome) {
        if (outcome.unauthorized && session_ && !expired_) {
            expired_ = true;
            errorText_ = tr("Your session has ended. Log in again: your edits are kept on this "
                            "device and will be sent then.");
            applySession();
            emit changed();
            emit loggedInChanged();
        }
    });
}

LoginController::~LoginController() {
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
}

QString LoginController::organizationName() const {
    if (!session_)
        return {};
    return organizationName_.isEmpty() ? session_->organizationId : organizationName_;
}

void LoginController::applySession() {
    sync_.setSessionToken(loggedIn() ? std::optional<std::string>(ss(session_->token))
                                     : std::nullopt);
    lookUpOrganization();
}

void LoginController::lookUpOrganization() {
    if (!session_)
        return;
    worker_.run(
        this,
        [id = ss(session_->organizationId)](Connection& connection) {
            // Store::organization() keeps its cached statement open after the row it read,
            // which holds a read snapshot on this connection; the full list does not.
            for (const Organization& organization : connection.store.organizations()) {
                if (organization.id == id)
                    return qs(organization.name);
            }
            return QString();
        },
        [this](Outcome<QString> outcome) {
            if (outcome.ok() && *outcome.value != organizationName_) {
                organizationName_ = *outcome.value;
                emit changed();
            }
        });
}

void LoginController::login(const QString& serverUrl, const QString& user,
                            const QString& password) {
    if (thread_)
        return;
    const QString server = serverUrl.trimmed();
    const QUrl url(server, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty()) {
        errorText_ = tr("Enter the server address first, for example https://relais.example.be");
        emit changed();
        return;
    }
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        errorText_ = tr("Enter your user name and password.");
        emit changed();
        return;
    }
    sync_.setServerUrl(server);
    errorText_.clear();
    StaffSession request{server, user.trimmed(), {}, {}, {}, {}};
    thread_ = QThread::create([this, request, password] {
        const LoginOutcome outcome =
            sync_.backend().login(ss(request.serverUrl), ss(request.user), ss(password));
        QMetaObject::invokeMethod(
            this, [this, request, outcome] { finishLogin(request, outcome); },
            Qt::QueuedConnection);
    });
    thread_->setObjectName(u"login"_s);
    thread_->start();
    emit changed();
}

void LoginController::finishLogin(const StaffSession& request, const LoginOutcome& outcome) {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    if (!outcome.ok) {
        errorText_ = outcome.error;
        emit changed();
        return;
    }
    StaffSession session = request;
    session.token = qs(outcome.token);
    session.expiresAt = qs(outcome.expiresAt);
    session.organizationId = qs(outcome.organizationId);
    session.role = qs(outcome.role);
    errorText_ = store_->save(session);
    session_ = session;
    lastUser_ = session.user;
    expired_ = false;
    organizationName_.clear();
    applySession();
    emit changed();
    emit loggedInChanged();
    // Edits waiting on this device go out now.
    sync_.syncNow();
}

void LoginController::logout() {
    // The server forgets the token too (best effort, on a thread of its own); the copy here
    // goes at once whatever the answer.
    if (session_ && !session_->token.isEmpty() && !thread_) {
        thread_ =
            QThread::create([this, server = ss(session_->serverUrl), token = ss(session_->token)] {
                sync_.backend().logout(server, token);
                QMetaObject::invokeMethod(
                    this, [this] { finishLogout(); }, Qt::QueuedConnection);
            });
        thread_->setObjectName(u"logout"_s);
        thread_->start();
    }
    store_->clear();
    if (session_)
        lastUser_ = session_->user;
    session_.reset();
    expired_ = false;
    errorText_.clear();
    organizationName_.clear();
    applySession();
    emit changed();
    emit loggedInChanged();
}

void LoginController::finishLogout() {
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    emit changed();
}

} // namespace relais::app
