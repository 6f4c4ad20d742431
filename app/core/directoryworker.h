#pragma once
// The only place the client touches SQLite: one worker thread with its own connection
// (Database + Store + Searcher). The UI thread posts tasks and gets results back as queued
// calls; it never waits. Searches are "latest wins": a search that has not started yet is
// replaced by a newer one, so fast typing never builds a queue.

#include "data/database.h"
#include "data/search.h"
#include "data/store.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <exception>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>

namespace relais::app {

// What the worker thread opens once and keeps.
struct Connection {
    explicit Connection(const std::filesystem::path& path);
    Database db;
    Store store;
    Searcher searcher;
};

// A service a scenario or guide names, as far as the directory knows it: its name and
// organisation, or nothing when the directory lacks it (worker thread).
struct FoundService {
    LocalizedText name;
    std::string organization;
};
std::vector<std::optional<FoundService>> findServices(Connection& connection,
                                                      const std::vector<std::string>& ids);

// A task's result, or why it failed, in words fit for a person.
template <typename T> struct Outcome {
    std::optional<T> value;
    QString error;
    bool ok() const { return value.has_value(); }
};

class DirectoryWorker : public QObject {
    Q_OBJECT
public:
    explicit DirectoryWorker(std::filesystem::path databasePath, QObject* parent = nullptr);
    ~DirectoryWorker() override; // stops the thread after its current task

    const std::filesystem::path& databasePath() const { return path_; }

    // Runs task(Connection&) on the worker thread, then done(Outcome) on this object's thread,
    // unless `receiver` was destroyed in between.
    template <typename Task, typename Done> void run(QObject* receiver, Task task, Done done);

    // As run(), but a newer call replaces this one if it has not started yet (its `done` is
    // then never called).
    template <typename Task, typename Done> void runLatest(QObject* receiver, Task task, Done done);

    // Drops the worker's connection (e.g. after a sync replaced the file); the next task
    // reopens it.
    void reconnect();

    // Runs task() on the worker thread with the connection closed, e.g. to replace the file
    // (the next task reopens it), then done(Outcome) as run() does.
    template <typename Task, typename Done>
    void runDisconnected(QObject* receiver, Task task, Done done);

private:
    using Job = std::function<void(Connection*, const QString&)>;
    void post(Job job);
    void postLatest(Job job);
    void execute(const Job& job);
    void prepareWhenIdle();
    static QString describe(const std::exception& error);

    template <typename Task, typename Done> Job wrap(QObject* receiver, Task task, Done done);

    std::filesystem::path path_;
    QThread thread_;
    QObject* context_;                       // lives on thread_: the target of posted tasks
    std::unique_ptr<Connection> connection_; // created, used and destroyed on thread_ only
    std::mutex mutex_;
    std::optional<Job> latest_;
    bool prepareQueued_ = false; // read and written on thread_ only
};

template <typename Task, typename Done>
DirectoryWorker::Job DirectoryWorker::wrap(QObject* receiver, Task task, Done done) {
    // QPointer is only read back on this object's thread, where `receiver` lives.
    return [this, guard = QPointer<QObject>(receiver), task = std::move(task),
            done = std::move(done)](Connection* connection, const QString& openError) mutable {
        using Result = std::invoke_result_t<Task&, Connection&>;
        Outcome<Result> outcome;
        if (!connection) {
            outcome.error = openError;
        } else {
            try {
                outcome.value.emplace(task(*connection));
            } catch (const std::exception& error) {
                outcome.error = describe(error);
            }
        }
        QMetaObject::invokeMethod(
            this,
            [guard, done = std::move(done), outcome = std::move(outcome)]() mutable {
                if (guard)
                    done(std::move(outcome));
            },
            Qt::QueuedConnection);
    };
}

template <typename Task, typename Done>
void DirectoryWorker::run(QObject* receiver, Task task, Done done) {
    post(wrap(receiver, std::move(task), std::move(done)));
}

template <typename Task, typename Done>
void DirectoryWorker::runLatest(QObject* receiver, Task task, Done done) {
    postLatest(wrap(receiver, std::move(task), std::move(done)));
}

template <typename Task, typename Done>
void DirectoryWorker::runDisconnected(QObject* receiver, Task task, Done done) {
    QMetaObject::invokeMethod(
        context_,
        [this, guard = QPointer<QObject>(receiver), task = std::move(task),
         done = std::move(done)]() mutable {
            connection_.reset();
            Outcome<std::invoke_result_t<Task&>> outcome;
            try {
                outcome.value.emplace(task());
            } catch (const std::exception& error) {
                outcome.error = QString::fromUtf8(error.what());
            }
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), outcome = std::move(outcome)]() mutable {
                    if (guard)
                        done(std::move(outcome));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace relais::app
