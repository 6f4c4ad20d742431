#pragma once
// The listing editor: opens a listing (or a new one) into its form (ServiceForm), checks the
// form as the user types with the very rules the server answers 422 with, and saves. Saving
// writes the edit locally at once (outbox + local directory); it is sent at the next sync.

#include "app/core/clock.h"
#include "app/staff/serviceform.h"

#include "data/model.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;
class LoginController;
class StaffController;

class EditorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(bool creating READ creating NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY stateChanged)
    // "synced", "pending", "conflict", "rejected" (the listing's edits), or "" for a new one.
    Q_PROPERTY(QString listingState READ listingState NOTIFY stateChanged)
    Q_PROPERTY(QString refusalText READ refusalText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(ServiceForm* form READ form CONSTANT)
public:
    EditorController(DirectoryWorker& worker, DirectoryController& directory,
                     LanguageController& language, LoginController& login, StaffController& staff,
                     Clock clock, QObject* parent = nullptr);

    bool active() const { return active_; }
    bool creating() const { return creating_; }
    bool loading() const { return loading_; }
    bool saving() const { return saving_; }
    QString title() const;
    QString listingState() const { return listingState_; }
    QString refusalText() const { return refusalText_; }
    QString errorText() const { return errorText_; }
    ServiceForm* form() { return &form_; }

    Q_INVOKABLE void open(const QString& id);
    Q_INVOKABLE void create();
    Q_INVOKABLE void close();
    Q_INVOKABLE void save();

signals:
    void stateChanged();
    void saved(const QString& id);

private:
    void start(bool creating);
    void validate();
    DirectoryWorker& worker_;
    DirectoryController& directory_;
    LanguageController& language_;
    LoginController& login_;
    StaffController& staff_;
    Clock clock_;
    ServiceForm form_;

    bool active_ = false, creating_ = false, loading_ = false, saving_ = false;
    QString listingState_, refusalText_, errorText_;
    std::optional<std::int64_t> rejectedEntry_;
    Service original_;
};

} // namespace relais::app
