#include "app/sync/synccontroller.h"

#include "app/core/directoryworker.h"
#include "app/core/languagecontroller.h"
#include "app/core/texts.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {
constexpr std::string_view kServerUrlKey = "server_url";
constexpr std::string_view kLastSyncKey = "last_sync_at";

struct SyncSettings {
    std::optional<std::string> serverUrl, lastSync;
};
} // namespace

SyncJob::SyncJob(SyncBackend& backend, std::string serverUrl, std::filesystem::path database,
                 std::optional<std::string> token, QObject* parent)
    : QObject(parent), backend_(backend), serverUrl_(std::move(serverUrl)),
      database_(std::move(database)), token_(std::move(token)) {
}

SyncJob::~SyncJob() {
    if (thread_) {
        // Only a run still going is cancelled: a cancel with nothing running would stop the
        // next sync before it starts.
        if (thread_->isRunning())
            backend_.cancel();
        thread_->wait();
        delete thread_;
    }
}

void SyncJob::start() {
    thread_ = QThread::create([this] {
        const SyncOutcome outcome =
            backend_.run(serverUrl_, database_, token_,
                         [this](SyncProgress step) { emit progress(step.done, step.total); });
        emit finished(outcome);
    });
    thread_->setObjectName(u"sync"_s);
    thread_->start();
}

SyncController::SyncController(DirectoryWorker& worker, LanguageController& language,
                               std::unique_ptr<SyncBackend> backend, Clock clock, QObject* parent)
    : QObject(parent), worker_(worker), language_(language), backend_(std::move(backend)),
      clock_(std::move(clock)) {
    qRegisterMetaType<relais::app::SyncOutcome>();
    connect(&language_, &LanguageController::languageChanged, this, &SyncController::stateChanged);
    worker_.run(
        this,
        [](Connection& connection) {
            return SyncSettings{connection.store.meta(kServerUrlKey),
                                connection.store.meta(kLastSyncKey)};
        },
        [this](Outcome<SyncSettings> outcome) {
            if (!outcome.ok())
                return; // the directory controller already reports why it cannot be read
            if (outcome.value->serverUrl && serverUrl_.isEmpty()) {
                serverUrl_ = qs(*outcome.value->serverUrl);
                emit serverUrlChanged();
            }
            if (outcome.value->lastSync) {
                const QDateTime when =
                    QDateTime::fromString(qs(*outcome.value->lastSync), Qt::ISODate);
                if (when.isValid())
                    lastSync_ = toTimePoint(when);
            }
            emit stateChanged();
        });
}

SyncController::~SyncController() {
    delete job_;
}

void SyncController::setServerUrl(const QString& url) {
    const QString trimmed = url.trimmed();
    if (trimmed == serverUrl_)
        return;
    serverUrl_ = trimmed;
    emit serverUrlChanged();
    worker_.run(
        this,
        [value = ss(trimmed)](Connection& connection) {
            connection.store.set_meta(kServerUrlKey, value);
            return true;
        },
        [this](Outcome<bool> outcome) {
            if (!outcome.ok()) {
                errorText_ = outcome.error;
                emit stateChanged();
            }
        });
}

QString SyncController::lastSync() const {
    const Texts texts(language_.lang());
    if (!lastSync_)
        return tr("Never: using the directory that came with the app");
    const QDateTime when = toDateTime(*lastSync_);
    return texts.locale().toString(when, u"d MMMM yyyy, HH:mm"_s);
}

void SyncController::syncNow() {
    if (job_ || !available())
        return;
    const QUrl url(serverUrl_, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
        url.host().isEmpty()) {
        errorText_ = tr("Enter the server address first, for example https://relais.example.be");
        emit stateChanged();
        return;
    }
    errorText_.clear();
    progress_ = -1;
    job_ = new SyncJob(*backend_, ss(serverUrl_), worker_.databasePath(), token_, this);
    connect(job_, &SyncJob::progress, this, [this](int done, int total) {
        progress_ = total > 0 ? double(done) / total : -1;
        emit stateChanged();
    });
    connect(job_, &SyncJob::finished, this, &SyncController::finish, Qt::QueuedConnection);
    job_->start();
    emit stateChanged();
}

void SyncController::cancel() {
    if (job_)
        job_->cancel();
}

void SyncController::finish(const SyncOutcome& outcome) {
    job_->deleteLater();
    job_ = nullptr;
    offline_ = outcome.offline;
    progress_ = -1;
    if (outcome.ok) {
        errorText_.clear();
        lastSync_ = clock_();
        const std::string stamp = ss(toDateTime(*lastSync_).toUTC().toString(Qt::ISODate));
        worker_.run(
            this,
            [stamp](Connection& connection) {
                connection.store.set_meta(kLastSyncKey, stamp);
                return true;
            },
            [](Outcome<bool>) {});
        emit synced(outcome.changes);
    } else {
        errorText_ = outcome.offline ? tr("No connection to the server. Everything still works "
                                          "offline with the directory on this device.")
                                     : outcome.error;
    }
    emit stateChanged();
    emit finished(outcome);
}

} // namespace relais::app
