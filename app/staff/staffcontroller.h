#pragma once
// Association staff's "My listings": their organisation's services with staleness and the
// state of their edits; "still accurate" in one tap; retire a listing; drop a refused edit.
// Every action is written locally at once (outbox + local directory) on the worker thread and
// sent at the next sync.

#include "app/core/clock.h"
#include "app/staff/stafflistingmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <string>
#include <utility>
#include <vector>

namespace relais::app {

class DirectoryWorker;
class LanguageController;
class LoginController;
class SyncController;

// A server's refusal of an edit (its error body), in plain words.
struct Refusal {
    QString kind; // "forbidden", "invalid_fields", "not_found", ...
    QString text;
    std::vector<std::pair<QString, QString>> details; // field path, server message
};
Refusal describeRefusal(const std::string& errorJson);

class StaffController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(StaffListingModel* listings READ listings CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY changed)
    Q_PROPERTY(int staleCount READ staleCount NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
public:
    StaffController(DirectoryWorker& worker, LanguageController& language, LoginController& login,
                    SyncController& sync, Clock clock, QObject* parent = nullptr);

    StaffListingModel* listings() { return &listings_; }
    bool loading() const { return loading_; }
    int pendingCount() const { return pending_; }
    int conflictCount() const { return conflicts_; }
    int staleCount() const { return stale_; }
    QString message() const { return message_; }
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void confirm(const QString& id);
    Q_INVOKABLE void retire(const QString& id);
    Q_INVOKABLE void discardRefused(const QString& id);
    // Local directory changed by an edit elsewhere (editor, conflict screen).
    void noteEdited(const QString& message);

signals:
    void changed();
    void edited(); // the local directory changed: search and detail re-read it

private:
    template <typename Task> void write(Task task, QString done);
    DirectoryWorker& worker_;
    LanguageController& language_;
    LoginController& login_;
    Clock clock_;
    StaffListingModel listings_;
    bool loading_ = false;
    int pending_ = 0, conflicts_ = 0, stale_ = 0;
    QString message_;
    QString errorText_;
};

} // namespace relais::app
