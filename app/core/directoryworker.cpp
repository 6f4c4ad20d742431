#include "app/core/directoryworker.h"

#include "data/error.h"

#include <QCoreApplication>

namespace relais::app {

Connection::Connection(const std::filesystem::path& path)
    : db(Database::open(path)), store(db), searcher(db) {
}

std::vector<std::optional<FoundService>> findServices(Connection& connection,
                                                      const std::vector<std::string>& ids) {
    std::vector<std::optional<FoundService>> found;
    for (const std::string& id : ids) {
        const auto service = connection.store.service(id);
        if (!service) {
            found.emplace_back();
            continue;
        }
        const auto organization = connection.store.organization(service->organization_id);
        found.push_back(FoundService{service->name, organization ? organization->name : ""});
    }
    return found;
}

DirectoryWorker::DirectoryWorker(std::filesystem::path databasePath, QObject* parent)
    : QObject(parent), path_(std::move(databasePath)), context_(new QObject) {
    thread_.setObjectName(QStringLiteral("directory"));
    context_->moveToThread(&thread_);
    thread_.start();
}

DirectoryWorker::~DirectoryWorker() {
    // The connection must close on the thread that opened it.
    QMetaObject::invokeMethod(
        context_, [this] { connection_.reset(); }, Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
    delete context_;
}

void DirectoryWorker::reconnect() {
    QMetaObject::invokeMethod(
        context_, [this] { connection_.reset(); }, Qt::QueuedConnection);
}

void DirectoryWorker::post(Job job) {
    QMetaObject::invokeMethod(
        context_, [this, job = std::move(job)] { execute(job); }, Qt::QueuedConnection);
}

void DirectoryWorker::postLatest(Job job) {
    bool wake = false;
    {
        std::lock_guard lock(mutex_);
        wake = !latest_.has_value(); // a wake-up is already queued otherwise
        latest_ = std::move(job);
    }
    if (!wake)
        return;
    QMetaObject::invokeMethod(
        context_,
        [this] {
            std::optional<Job> next;
            {
                std::lock_guard lock(mutex_);
                next.swap(latest_);
            }
            if (next)
                execute(*next);
        },
        Qt::QueuedConnection);
}

void DirectoryWorker::execute(const Job& job) {
    QString openError;
    if (!connection_) {
        try {
            connection_ = std::make_unique<Connection>(path_);
        } catch (const std::exception& error) {
            openError = describe(error);
        }
    }
    job(connection_.get(), openError);
    prepareWhenIdle();
}

void DirectoryWorker::prepareWhenIdle() {
    if (prepareQueued_)
        return;
    prepareQueued_ = true;
    // Queued behind what is already waiting. The first text search on a connection (and the
    // first after a sync) loads the index vocabulary: 0.4 s at 100,000 services. Loaded
    // while the person reads the first results, it is not in the way of what they type.
    QMetaObject::invokeMethod(
        context_,
        [this] {
            prepareQueued_ = false;
            {
                std::lock_guard lock(mutex_);
                if (latest_)
                    return; // a search is waiting: it loads what it needs itself
            }
            if (!connection_)
                return;
            try {
                connection_->searcher.prepare();
            } catch (const std::exception&) {
                // The next task meets the same problem and reports it.
            }
        },
        Qt::QueuedConnection);
}

QString DirectoryWorker::describe(const std::exception& error) {
    // The data layer's messages are written for people; keep them, with a plain lead-in.
    if (const auto* dataError = dynamic_cast<const Error*>(&error)) {
        switch (dataError->code()) {
        case ErrorCode::schema_too_new:
            return QCoreApplication::translate(
                "DirectoryWorker",
                "This directory was written by a newer version of Relais. Please update the app.");
        case ErrorCode::corrupt:
            return QCoreApplication::translate("DirectoryWorker",
                                               "The directory file on this device is damaged.");
        case ErrorCode::io:
            return QCoreApplication::translate(
                "DirectoryWorker", "The directory file on this device could not be read or "
                                   "written (full disk or no permission).");
        case ErrorCode::busy:
            return QCoreApplication::translate(
                "DirectoryWorker",
                "Another program is using the directory file; try again in a moment.");
        default:
            break;
        }
    }
    return QCoreApplication::translate("DirectoryWorker", "The directory could not be read: %1")
        .arg(QString::fromUtf8(error.what()));
}

} // namespace relais::app
