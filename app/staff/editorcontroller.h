#pragma once
// The listing editor: every field of a service, validated as the user types with the very
// rules the server answers 422 with (service_from_json, data/seed_json.h): the form is turned
// into the wire JSON and checked by that one definition. Saving writes the edit locally at
// once (outbox + local directory); it is sent at the next sync.
// Text fields are addressed by their JSON path ("name.fr", "address.street", "email"...), the
// same paths the problems name, so each message lands under its field.

#include "app/core/clock.h"
#include "app/staff/editorlists.h"

#include "data/model.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>

namespace relais::app {

class DirectoryController;
class DirectoryWorker;
class LanguageController;
class LoginController;
class StaffController;
struct Problem;

// A problem of the shared validator in the user's words.
QString problemText(const QString& field, const QString& message);

class EditorController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool active READ active NOTIFY stateChanged)
    Q_PROPERTY(bool creating READ creating NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY stateChanged)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY stateChanged)
    // "synced", "pending", "conflict", "rejected" (the listing's edits), or "" for a new one.
    Q_PROPERTY(QString listingState READ listingState NOTIFY stateChanged)
    Q_PROPERTY(QString refusalText READ refusalText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(bool hoursKnown READ hoursKnown WRITE setHoursKnown NOTIFY validated)
    Q_PROPERTY(bool markVerified READ markVerified WRITE setMarkVerified NOTIFY validated)
    // Changes after every validation; bind error texts through it.
    Q_PROPERTY(int revision READ revision NOTIFY validated)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY validated)
    Q_PROPERTY(HoursModel* hours READ hours CONSTANT)
    Q_PROPERTY(PhoneModel* phones READ phones CONSTANT)
public:
    EditorController(DirectoryWorker& worker, DirectoryController& directory,
                     LanguageController& language, LoginController& login, StaffController& staff,
                     Clock clock, QObject* parent = nullptr);

    bool active() const { return active_; }
    bool creating() const { return creating_; }
    bool loading() const { return loading_; }
    bool saving() const { return saving_; }
    QString serviceId() const;
    QString title() const;
    QString listingState() const { return listingState_; }
    QString refusalText() const { return refusalText_; }
    QString errorText() const { return errorText_; }
    bool hoursKnown() const { return hoursKnown_; }
    void setHoursKnown(bool known);
    bool markVerified() const { return markVerified_; }
    void setMarkVerified(bool on);
    int revision() const { return revision_; }
    int problemCount() const { return static_cast<int>(errors_.size()); }
    HoursModel* hours() { return &hours_; }
    PhoneModel* phones() { return &phones_; }

    Q_INVOKABLE void open(const QString& id);
    Q_INVOKABLE void create();
    Q_INVOKABLE void close();
    Q_INVOKABLE void save();

    Q_INVOKABLE QString text(const QString& field) const;
    Q_INVOKABLE void setText(const QString& field, const QString& value);
    // free, anonymous: "", "yes", "no"; appointment: "", "required", "optional", "walk-in";
    // confidence: "verified", "partial", "unverified".
    Q_INVOKABLE QString choice(const QString& field) const;
    Q_INVOKABLE void setChoice(const QString& field, const QString& value);
    Q_INVOKABLE bool hasCategory(const QString& id) const;
    Q_INVOKABLE void setCategory(const QString& id, bool on);
    // Every message about `field` and what it contains ("languages" also covers
    // "languages[2]"), in the user's words; empty when all is well.
    Q_INVOKABLE QString errorFor(const QString& field) const;

    // The form as the wire carries it (what the rules were applied to), and its last valid
    // decoding.
    const std::string& wireJson() const { return wireJson_; }
    Service draft() const { return draft_; }

signals:
    void stateChanged();
    void loaded(); // the form's fields were (re)filled: text fields read them again
    void validated();
    void saved(const QString& id);

private:
    void fill(const Service& service);
    void validate();
    std::optional<QString> slugFromName() const;
    DirectoryWorker& worker_;
    DirectoryController& directory_;
    LanguageController& language_;
    LoginController& login_;
    StaffController& staff_;
    Clock clock_;
    HoursModel hours_;
    PhoneModel phones_;

    bool active_ = false, creating_ = false, loading_ = false, saving_ = false;
    bool idEdited_ = false;
    bool filling_ = false;
    QString listingState_, refusalText_, errorText_;
    std::optional<std::int64_t> rejectedEntry_;
    Service original_;
    Service draft_; // the last valid decoding of the form (meaningful when no problems)
    std::map<QString, QString> texts_;
    std::map<QString, QString> choices_;
    QStringList categories_;
    bool hoursKnown_ = false;
    bool markVerified_ = true;
    std::multimap<QString, QString> errors_;       // field path -> message, user's words
    std::multimap<QString, QString> serverErrors_; // the server's 422, until the next edit
    int revision_ = 0;
    std::string wireJson_;
};

} // namespace relais::app
