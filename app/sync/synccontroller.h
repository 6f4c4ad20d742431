#pragma once
// Sync status and settings: the server's address, the last successful sync, "sync now" with
// progress and cancel, and errors in plain words. Sync is an anonymous pull: nothing about
// searches or referral sheets is ever sent.

#include "app/core/clock.h"
#include "app/sync/syncbackend.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace relais::app {

class DirectoryWorker;
class LanguageController;

// One sync run on its own thread.
class SyncJob : public QObject {
    Q_OBJECT
public:
    SyncJob(SyncBackend& backend, std::string serverUrl, std::filesystem::path database,
            std::optional<std::string> token, QObject* parent = nullptr);
    ~SyncJob() override; // cancels and waits
    void start();
    void cancel() { backend_.cancel(); }

signals:
    void progress(int done, int total);
    void finished(const relais::app::SyncOutcome& outcome);

private:
    SyncBackend& backend_;
    std::string serverUrl_;
    std::filesystem::path database_;
    std::optional<std::string> token_;
    QThread* thread_ = nullptr;
};

class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY stateChanged)
    // 0..1, or -1 while the amount of work is not known yet.
    Q_PROPERTY(double progress READ progress NOTIFY stateChanged)
    Q_PROPERTY(QString lastSync READ lastSync NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(bool offline READ offline NOTIFY stateChanged)
public:
    SyncController(DirectoryWorker& worker, LanguageController& language,
                   std::unique_ptr<SyncBackend> backend, Clock clock, QObject* parent = nullptr);
    ~SyncController() override;

    bool available() const { return backend_->available(); }
    QString serverUrl() const { return serverUrl_; }
    void setServerUrl(const QString& url);
    bool syncing() const { return job_ != nullptr; }
    double progress() const { return progress_; }
    QString lastSync() const;
    QString errorText() const { return errorText_; }
    bool offline() const { return offline_; }

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void cancel();

    // A staff session: the next syncs push the outbox with it. Empty: anonymous pull only.
    void setSessionToken(std::optional<std::string> token) { token_ = std::move(token); }
    SyncBackend& backend() { return *backend_; }

signals:
    void serverUrlChanged();
    void stateChanged();
    void synced(int changes); // after a successful sync: the directory may have changed
    // After every run, successful or not: staff edits may have been sent or refused.
    void finished(const relais::app::SyncOutcome& outcome);

private:
    void finish(const SyncOutcome& outcome);
    DirectoryWorker& worker_;
    LanguageController& language_;
    std::unique_ptr<SyncBackend> backend_;
    Clock clock_;
    QString serverUrl_;
    std::optional<TimePoint> lastSync_;
    double progress_ = -1;
    QString errorText_;
    bool offline_ = false;
    SyncJob* job_ = nullptr;
    std::optional<std::string> token_;
};

} // namespace relais::app
