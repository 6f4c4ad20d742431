#include "app/syncbackend.h"

#include <QCoreApplication>

#ifdef RELAIS_HAVE_SYNC
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
                    const std::function<void(SyncProgress)>& progress) override {
        try {
            Database db = Database::open(database);
            sync::SyncOptions options;
            options.server_url = serverUrl;
            sync::SyncEngine engine(db, options);
            engine.on_progress = [&](const sync::SyncProgress& step) {
                progress({static_cast<int>(step.applied), 0});
            };
            {
                std::lock_guard lock(mutex_);
                if (cancelled_)
                    return {false, false, 0,
                            QCoreApplication::translate("SyncController", "Sync cancelled.")};
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
            const sync::SyncReport report = engine.run();
            return {true, false, static_cast<int>(report.upserts + report.deletes), {}};
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
                    const std::function<void(SyncProgress)>&) override {
        return {false, false, 0,
                QCoreApplication::translate("SyncController",
                                            "Sync is not available in this version of Relais.")};
    }
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
