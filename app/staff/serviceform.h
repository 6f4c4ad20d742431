#pragma once
// The listing editor's form: every editable field of a service as a typed property, and the
// problems found in it, field by field. The form turns into a relais::Service (starting from
// the record it was loaded from, so that what it does not show is kept) and is checked by the
// one definition of the rules, the server's: to_json and service_from_json (data/seed_json.h).
// Each problem names the field it is about by its JSON path ("email", "phones[1].number");
// the form knows where each value went on the wire, so each message lands on its field or row.

#include "app/staff/editorlists.h"

#include "data/model.h"
#include "data/seed_json.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace relais::app {

// The form's messages, field by field, in the user's words; empty where all is well.
struct ServiceFormErrors {
    Q_GADGET
    QML_VALUE_TYPE(serviceFormErrors)
    Q_PROPERTY(QString serviceId MEMBER serviceId)
    Q_PROPERTY(QString name MEMBER name) // the name as a whole ("in at least one language")
    Q_PROPERTY(QString nameFr MEMBER nameFr)
    Q_PROPERTY(QString nameNl MEMBER nameNl)
    Q_PROPERTY(QString nameEn MEMBER nameEn)
    Q_PROPERTY(QString descriptionFr MEMBER descriptionFr)
    Q_PROPERTY(QString descriptionNl MEMBER descriptionNl)
    Q_PROPERTY(QString descriptionEn MEMBER descriptionEn)
    Q_PROPERTY(QString categories MEMBER categories)
    Q_PROPERTY(QString audience MEMBER audience)
    Q_PROPERTY(QString street MEMBER street)
    Q_PROPERTY(QString postalCode MEMBER postalCode)
    Q_PROPERTY(QString municipality MEMBER municipality)
    Q_PROPERTY(QString city MEMBER city)
    Q_PROPERTY(QString latitude MEMBER latitude)
    Q_PROPERTY(QString longitude MEMBER longitude)
    Q_PROPERTY(QString email MEMBER email)
    Q_PROPERTY(QString website MEMBER website)
    Q_PROPERTY(QString languages MEMBER languages)
    Q_PROPERTY(QString free MEMBER free)
    Q_PROPERTY(QString anonymous MEMBER anonymous)
    Q_PROPERTY(QString appointment MEMBER appointment)
    Q_PROPERTY(QString confidence MEMBER confidence)
    Q_PROPERTY(QString sources MEMBER sources)
    Q_PROPERTY(QString notes MEMBER notes)
    Q_PROPERTY(QString hours MEMBER hours)   // the list; each row has its own messages
    Q_PROPERTY(QString phones MEMBER phones) // the same
    Q_PROPERTY(QString other MEMBER other)   // about no field of the form
public:
    QString serviceId, name, nameFr, nameNl, nameEn, descriptionFr, descriptionNl, descriptionEn;
    QString categories, audience, street, postalCode, municipality, city, latitude, longitude;
    QString email, website, languages, free, anonymous, appointment, confidence, sources, notes;
    QString hours, phones, other;
    bool operator==(const ServiceFormErrors&) const = default;
};

// Where a message shows: a field of the form, or one part of one row of hours or phones.
struct ErrorSlot {
    QString ServiceFormErrors::*field = &ServiceFormErrors::other;
    int row = -1;
    QString HoursRow::*hoursPart = nullptr;
    QString PhoneRow::*phonePart = nullptr;
};

// A problem of the shared rules in the user's words, for the field at `path`.
QString problemText(const std::string& path, const std::string& message);

class ServiceForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by EditorController")
    Q_PROPERTY(QString serviceId READ serviceId WRITE setServiceId NOTIFY changed)
    Q_PROPERTY(QString nameFr READ nameFr WRITE setNameFr NOTIFY changed)
    Q_PROPERTY(QString nameNl READ nameNl WRITE setNameNl NOTIFY changed)
    Q_PROPERTY(QString nameEn READ nameEn WRITE setNameEn NOTIFY changed)
    Q_PROPERTY(QString descriptionFr READ descriptionFr WRITE setDescriptionFr NOTIFY changed)
    Q_PROPERTY(QString descriptionNl READ descriptionNl WRITE setDescriptionNl NOTIFY changed)
    Q_PROPERTY(QString descriptionEn READ descriptionEn WRITE setDescriptionEn NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY changed)
    // Tags separated by commas.
    Q_PROPERTY(QString audience READ audience WRITE setAudience NOTIFY changed)
    Q_PROPERTY(QString street READ street WRITE setStreet NOTIFY changed)
    Q_PROPERTY(QString postalCode READ postalCode WRITE setPostalCode NOTIFY changed)
    Q_PROPERTY(QString municipality READ municipality WRITE setMunicipality NOTIFY changed)
    Q_PROPERTY(QString city READ city WRITE setCity NOTIFY changed)
    // Coordinates as typed: a number, or empty for unknown.
    Q_PROPERTY(QString latitude READ latitude WRITE setLatitude NOTIFY changed)
    Q_PROPERTY(QString longitude READ longitude WRITE setLongitude NOTIFY changed)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY changed)
    Q_PROPERTY(QString website READ website WRITE setWebsite NOTIFY changed)
    // Two-letter codes; none: unknown.
    Q_PROPERTY(QStringList languages READ languages WRITE setLanguages NOTIFY changed)
    Q_PROPERTY(Answer free READ free WRITE setFree NOTIFY changed)
    Q_PROPERTY(Answer anonymous READ anonymous WRITE setAnonymous NOTIFY changed)
    Q_PROPERTY(Visit appointment READ appointment WRITE setAppointment NOTIFY changed)
    Q_PROPERTY(Certainty confidence READ confidence WRITE setConfidence NOTIFY changed)
    // One per line.
    Q_PROPERTY(QString sources READ sources WRITE setSources NOTIFY changed)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY changed)
    Q_PROPERTY(bool hoursKnown READ hoursKnown WRITE setHoursKnown NOTIFY changed)
    // Sets the listing's last_verified_at to today.
    Q_PROPERTY(bool markVerified READ markVerified WRITE setMarkVerified NOTIFY changed)
    Q_PROPERTY(HoursModel* hours READ hours CONSTANT)
    Q_PROPERTY(PhoneModel* phones READ phones CONSTANT)
    Q_PROPERTY(ServiceFormErrors errors READ errors NOTIFY validated)
    Q_PROPERTY(int problemCount READ problemCount NOTIFY validated)
public:
    enum Answer { AnswerUnknown, Yes, No };
    Q_ENUM(Answer)
    enum Visit { VisitUnknown, WalkIn, AppointmentPossible, AppointmentRequired };
    Q_ENUM(Visit)
    enum Certainty { Verified, PartlyVerified, NotVerified };
    Q_ENUM(Certainty)

    // What the form holds as a record, and the input a record cannot hold (a time that is
    // not HH:MM, a coordinate that is not a number), already in the user's words.
    struct Conversion {
        struct Mistake {
            ErrorSlot slot;
            QString text;
        };
        Service service;
        std::vector<Mistake> problems;
        std::map<std::string, ErrorSlot> paths; // JSON path -> where its messages show
    };

    explicit ServiceForm(QObject* parent = nullptr);

    // Fills every field from `service`; the conversion starts from it. A new listing's id
    // follows its name (`suggestId`) until the user types one.
    void load(const Service& service, bool suggestId = false);
    Conversion toService(const QDate& today) const;
    // Converts and applies the rules; `knownCategories` as the directory has them.
    void validate(const std::vector<std::string>& knownCategories, const QDate& today);
    // The server's refusal of this record: shown on the fields it names until they change.
    void setServerProblems(std::vector<Problem> problems);

    const ServiceFormErrors& errors() const { return errors_; }
    int problemCount() const { return problemCount_; }
    // The last validated record, meaningful when problemCount() is 0, and as the wire has it.
    const Service& draft() const { return draft_; }
    const std::string& wireJson() const { return wireJson_; }

    QString serviceId() const { return serviceId_; }
    void setServiceId(const QString& value);
    QString nameFr() const { return nameFr_; }
    void setNameFr(const QString& value) { setName(nameFr_, value, &ServiceFormErrors::nameFr); }
    QString nameNl() const { return nameNl_; }
    void setNameNl(const QString& value) { setName(nameNl_, value, &ServiceFormErrors::nameNl); }
    QString nameEn() const { return nameEn_; }
    void setNameEn(const QString& value) { setName(nameEn_, value, &ServiceFormErrors::nameEn); }
    QString descriptionFr() const { return descriptionFr_; }
    void setDescriptionFr(const QString& v) { set(descriptionFr_, v, &Errors::descriptionFr); }
    QString descriptionNl() const { return descriptionNl_; }
    void setDescriptionNl(const QString& v) { set(descriptionNl_, v, &Errors::descriptionNl); }
    QString descriptionEn() const { return descriptionEn_; }
    void setDescriptionEn(const QString& v) { set(descriptionEn_, v, &Errors::descriptionEn); }
    QStringList categories() const { return categories_; }
    void setCategories(const QStringList& v) { set(categories_, v, &Errors::categories); }
    Q_INVOKABLE void setCategory(const QString& id, bool on);
    QString audience() const { return audience_; }
    void setAudience(const QString& v) { set(audience_, v, &Errors::audience); }
    QString street() const { return street_; }
    void setStreet(const QString& v) { set(street_, v, &Errors::street); }
    QString postalCode() const { return postalCode_; }
    void setPostalCode(const QString& v) { set(postalCode_, v, &Errors::postalCode); }
    QString municipality() const { return municipality_; }
    void setMunicipality(const QString& v) { set(municipality_, v, &Errors::municipality); }
    QString city() const { return city_; }
    void setCity(const QString& v) { set(city_, v, &Errors::city); }
    QString latitude() const { return latitude_; }
    void setLatitude(const QString& v) { set(latitude_, v, &Errors::latitude); }
    QString longitude() const { return longitude_; }
    void setLongitude(const QString& v) { set(longitude_, v, &Errors::longitude); }
    QString email() const { return email_; }
    void setEmail(const QString& v) { set(email_, v, &Errors::email); }
    QString website() const { return website_; }
    void setWebsite(const QString& v) { set(website_, v, &Errors::website); }
    QStringList languages() const { return languages_; }
    void setLanguages(const QStringList& v) { set(languages_, v, &Errors::languages); }
    Answer free() const { return free_; }
    void setFree(Answer v) { set(free_, v, &Errors::free); }
    Answer anonymous() const { return anonymous_; }
    void setAnonymous(Answer v) { set(anonymous_, v, &Errors::anonymous); }
    Visit appointment() const { return appointment_; }
    void setAppointment(Visit v) { set(appointment_, v, &Errors::appointment); }
    Certainty confidence() const { return confidence_; }
    void setConfidence(Certainty v) { set(confidence_, v, &Errors::confidence); }
    QString sources() const { return sources_; }
    void setSources(const QString& v) { set(sources_, v, &Errors::sources); }
    QString notes() const { return notes_; }
    void setNotes(const QString& v) { set(notes_, v, &Errors::notes); }
    bool hoursKnown() const { return hoursKnown_; }
    void setHoursKnown(bool known);
    bool markVerified() const { return markVerified_; }
    void setMarkVerified(bool on) { set(markVerified_, on, &Errors::other); }
    HoursModel* hours() { return &hours_; }
    PhoneModel* phones() { return &phones_; }

signals:
    void changed(); // loaded or edited: to check again
    void validated();

private:
    using Errors = ServiceFormErrors;
    // False when `value` is what the field holds already.
    template <typename T> bool assign(T& member, const T& value, QString Errors::*field) {
        if (member == value)
            return false;
        member = value;
        forgetServerProblems([field](const ErrorSlot& slot) { return slot.field == field; });
        return true;
    }
    template <typename T> void set(T& member, const T& value, QString Errors::*field) {
        if (assign(member, value, field))
            emit changed();
    }
    void setName(QString& member, const QString& value, QString Errors::*field);
    void forgetServerProblems(const std::function<bool(const ErrorSlot&)>& about);
    ErrorSlot locate(std::string path) const;

    Service original_;
    bool suggestId_ = false;
    QString serviceId_, nameFr_, nameNl_, nameEn_, descriptionFr_, descriptionNl_, descriptionEn_;
    QStringList categories_;
    QString audience_, street_, postalCode_, municipality_, city_, latitude_, longitude_;
    QString email_, website_;
    QStringList languages_;
    Answer free_ = AnswerUnknown, anonymous_ = AnswerUnknown;
    Visit appointment_ = VisitUnknown;
    Certainty confidence_ = NotVerified;
    QString sources_, notes_;
    bool hoursKnown_ = false;
    bool markVerified_ = true;
    HoursModel hours_;
    PhoneModel phones_;
    bool filling_ = false;

    ServiceFormErrors errors_;
    int problemCount_ = 0;
    std::vector<Problem> serverProblems_;
    std::map<std::string, ErrorSlot> paths_; // of the last conversion
    Service draft_;
    std::string wireJson_;
};

} // namespace relais::app
