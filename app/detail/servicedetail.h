#pragma once
// One service as the detail screen shows it: every fact already worded in the UI language,
// unknowns spelled out as unknown. An immutable snapshot; a new one replaces it.

#include "app/core/clock.h"
#include "app/core/texts.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <map>

namespace relais::app {

class ServiceDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by DetailController")
    Q_PROPERTY(QString serviceId MEMBER serviceId CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(QString organization MEMBER organization CONSTANT)
    Q_PROPERTY(QString municipality MEMBER municipality CONSTANT)
    Q_PROPERTY(QString description MEMBER description CONSTANT)
    Q_PROPERTY(QStringList categories MEMBER categories CONSTANT)
    Q_PROPERTY(int openState MEMBER openState CONSTANT)
    Q_PROPERTY(QString statusText MEMBER statusText CONSTANT)
    Q_PROPERTY(bool hoursKnown MEMBER hoursKnown CONSTANT)
    Q_PROPERTY(QStringList hours MEMBER hours CONSTANT)
    Q_PROPERTY(QString freeText MEMBER freeText CONSTANT)
    Q_PROPERTY(QString anonymousText MEMBER anonymousText CONSTANT)
    Q_PROPERTY(QString appointmentText MEMBER appointmentText CONSTANT)
    Q_PROPERTY(QString languagesText MEMBER languagesText CONSTANT)
    Q_PROPERTY(QString address MEMBER address CONSTANT)
    Q_PROPERTY(bool streetKnown MEMBER streetKnown CONSTANT)
    Q_PROPERTY(QStringList phoneNumbers MEMBER phoneNumbers CONSTANT)
    Q_PROPERTY(QStringList phoneLabels MEMBER phoneLabels CONSTANT)
    Q_PROPERTY(QString email MEMBER email CONSTANT)
    Q_PROPERTY(QString website MEMBER website CONSTANT)
    Q_PROPERTY(QString directionsUrl MEMBER directionsUrl CONSTANT)
    Q_PROPERTY(QString notes MEMBER notes CONSTANT)
    Q_PROPERTY(QStringList sources MEMBER sources CONSTANT)
    Q_PROPERTY(QString otherNames MEMBER otherNames CONSTANT)
    Q_PROPERTY(QString trustText MEMBER trustText CONSTANT)
    Q_PROPERTY(bool unconfirmed MEMBER unconfirmed CONSTANT)
    Q_PROPERTY(QString localEdit MEMBER localEdit CONSTANT)
    // The contact as a vCard, for the "Show QR code" screen.
    Q_PROPERTY(QString vcard MEMBER vcard CONSTANT)
public:
    explicit ServiceDetail(QObject* parent = nullptr) : QObject(parent) {}

    // Words every fact of `service` with `texts`, evaluating hours at `now`.
    static ServiceDetail* create(const Service& service, const QString& organizationName,
                                 const std::map<std::string, std::string>& categoryLabels,
                                 TimePoint now, const Texts& texts, QObject* parent = nullptr);

    // All facts as plain text, for the clipboard.
    Q_INVOKABLE QString plainText() const;

    // municipality: where it works ("Ixelles", "Antwerpen · outside Brussels", "National line").
    QString serviceId, name, organization, municipality, description;
    QStringList categories;
    int openState = static_cast<int>(OpenState::unknown);
    QString statusText;
    bool hoursKnown = false;
    QStringList hours;
    QString freeText, anonymousText, appointmentText, languagesText;
    QString address;          // empty: unknown
    bool streetKnown = false; // a street, not only a town: somewhere to go in person
    QStringList phoneNumbers, phoneLabels;
    QString email, website, directionsUrl, notes;
    QStringList sources;
    QString vcard;
    QString otherNames; // "also known as", comma-separated; empty when none
    QString trustText;  // data/trust.h's rule in words
    bool unconfirmed = true;
    // An edit of this listing made on this device and not accepted by the server yet:
    // "pending", "conflict" or "rejected"; empty when none.
    QString localEdit;
};

} // namespace relais::app
