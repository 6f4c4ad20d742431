#include "app/sync/syncbackend.h"

#include <QCoreApplication>

#ifdef RELAIS_HAVE_SYNC
#include "app/staff/staffops.h"
#include "sync/engine.h"

#include <mutex>
#endif

namespace relais::app {

namespace {

#ifdef RELAIS_HAVE_SYNC
// The sync engine of sync/: an anonymous pull (and the staff outbox push when logged in).
class EngineSyncBackend final : public SyncBackend {
public:
    bool available() const override { return true; }

    SyncOutcome run(const std::string& serverUrl, const std::filesystem::path& database,
                    const std::optional<std::string>& token,
                    const std::function<void(SyncProgress)>& progress) override {
        try {
            Database db = Database::open(database);
            sync::SyncOptions options;
            options.server_url = serverUrl;
            options.token = token;
            sync::SyncEngine engine(db, options);
            engine.on_progress = [&](const sync::SyncProgress& step) {
                progress({static_cast<int>(step.applied), 0});
            };
            {
                std::lock_guard lock(mutex_);
                if (cancelled_) {
                    cancelled_ = false; // this run is the one cancelled
                    return {false, false, 0,
                            QCoreApplication::translate("SyncController", "Sync cancelled.")};
                }
                engine_ = &engine;
            }
            struct Detach {
                EngineSyncBackend& self;
                ~Detach() {
                    std::lock_guard lock(self.mutex_);
                    self.engine_ = nullptr;
                    self.cancelled_ = false;
                }
            } detach{*this};
            sync::SyncReport report;
            try {
                report = engine.run();
            } catch (...) {
                // The pull may have replaced edits not sent yet: show them again.
                try {
                    showPendingEdits(db);
                } catch (const std::exception&) {
                }
                throw;
            }
            showPendingEdits(db);
            SyncOutcome outcome{true, false, static_cast<int>(report.upserts + report.deletes), {}};
            outcome.pushed = report.pushed;
            outcome.conflicts = report.conflicts;
            outcome.rejected = report.rejected;
            outcome.unauthorized = report.unauthorized;
            return outcome;
        } catch (const sync::SyncError& error) {
            switch (error.kind()) {
            case sync::SyncError::Kind::network:
                return {false, true, 0, QString::fromUtf8(error.what())};
            case sync::SyncError::Kind::aborted:
                return {false, false, 0,
                        QCoreApplication::translate(
                            "SyncController",
                            "Sync cancelled. The directory stays as it was after the last "
                            "completed step.")};
            case sync::SyncError::Kind::server:
                return {false, false, 0,
                        QCoreApplication::translate(
                            "SyncController", "The server reported a problem: %1. Try again later.")
                            .arg(QString::fromUtf8(error.what()))};
            case sync::SyncError::Kind::protocol:
                return {false, false, 0,
                        QCoreApplication::translate(
                            "SyncController",
                            "The server's answer was not understood. Check the server address.")};
            }
        } catch (const std::exception& error) {
            return {false, false, 0,
                    QCoreApplication::translate("SyncController", "Sync failed: %1")
                        .arg(QString::fromUtf8(error.what()))};
        }
        return {false, false, 0, QCoreApplication::translate("SyncController", "Sync failed.")};
    }

    LoginOutcome login(const std::string& serverUrl, const std::string& user,
                       const std::string& password) override {
        LoginOutcome outcome;
        try {
            const sync::SessionInfo session = sync::login(serverUrl, user, password);
            outcome.ok = true;
            outcome.token = session.token;
            outcome.expiresAt = session.expires_at;
            outcome.organizationId = session.organization_id;
            outcome.role = session.role;
        } catch (const sync::SyncError& error) {
            outcome.offline = error.kind() == sync::SyncError::Kind::network;
            const std::string what = error.what();
            if (outcome.offline)
                outcome.error = QCoreApplication::translate(
                    "LoginController",
                    "The server cannot be reached. Check the address and your connection.");
            else if (what.find(" 401") != std::string::npos ||
                     what.find(" 403") != std::string::npos)
                outcome.error = QCoreApplication::translate(
                    "LoginController", "The user name or password is not right.");
            else if (what.find(" 429") != std::string::npos)
                outcome.error = QCoreApplication::translate(
                    "LoginController", "Too many attempts. Wait a few minutes, then try again.");
            else
                outcome.error = QCoreApplication::translate("LoginController",
                                                            "The server refused the login: %1")
                                    .arg(QString::fromUtf8(error.what()));
        } catch (const std::exception& error) {
            outcome.error = QCoreApplication::translate("LoginController", "Login failed: %1")
                                .arg(QString::fromUtf8(error.what()));
        }
        return outcome;
    }

    void logout(const std::string& serverUrl, const std::string& token) override {
        try {
            sync::ClientOptions http;
            http.timeout = std::chrono::seconds(5);
            sync::logout(serverUrl, token, http);
        } catch (const std::exception&) {
            // Best effort: the local copy is gone anyway, and the token expires on its own.
        }
    }

    void cancel() override {
        std::lock_guard lock(mutex_);
        if (engine_)
            engine_->abort();
        else
            cancelled_ = true;
    }

private:
    std::mutex mutex_;
    sync::SyncEngine* engine_ = nullptr;
    bool cancelled_ = false;
};
#endif

// Without the sync engine, sync says plainly that it is not part of this build.
class UnavailableSyncBackend final : public SyncBackend {
public:
    bool available() const override { return false; }
    SyncOutcome run(const std::string&, const std::filesystem::path&,
                    const std::optional<std::string>&,
                    const std::function<void(SyncProgress)>&) override {
        return {false, false, 0,
                QCoreApplication::translate("SyncController",
                                            "Sync is not available in this version of Relais.")};
    }
    LoginOutcome login(const std::string&, const std::string&, const std::string&) override {
        LoginOutcome outcome;
        outcome.error = QCoreApplication::translate(
            "SyncController", "Sync is not available in this version of Relais.");
        return outcome;
    }
    void logout(const std::string&, const std::string&) override {}
    void cancel() override {}
};

} // namespace

std::unique_ptr<SyncBackend> makeSyncBackend() {
#ifdef RELAIS_HAVE_SYNC
    return std::make_unique<EngineSyncBackend>();
#else
    return std::make_unique<UnavailableSyncBackend>();
#endif
}

} // namespace relais::app
