#include "app/detail/servicedetail.h"

#include "app/core/datatexts.h"
#include "app/detail/vcard.h"

#include "data/place.h"

using namespace Qt::StringLiterals;

namespace relais::app {

ServiceDetail* ServiceDetail::create(const Service& service, const QString& organizationName,
                                     const std::map<std::string, std::string>& categoryLabels,
                                     TimePoint now, const Texts& texts, QObject* parent) {
    auto* detail = new ServiceDetail(parent);
    const Lang lang = texts.lang();
    detail->serviceId = qs(service.id);
    detail->name = qs(service.name.in(lang));
    detail->organization = organizationName;
    detail->vcard = vCard(service, organizationName, texts);
    detail->municipality =
        placeText(area_of(service), service.address.municipality, service.address.city, texts);
    QStringList otherNames;
    for (const std::string& other : service.other_names)
        otherNames << qs(other);
    detail->otherNames = otherNames.join(u", "_s);
    detail->description = qs(service.description.in(lang));
    for (const std::string& category : service.categories) {
        const auto label = categoryLabels.find(category);
        detail->categories << qs(label != categoryLabels.end() ? label->second : category);
    }
    const OpenStatus status = open_status(service.hours, now);
    detail->openState = static_cast<int>(status.state);
    detail->statusText = openStatusText(status, now, texts);
    detail->hoursKnown = service.hours.has_value();
    if (service.hours)
        detail->hours = hoursLines(*service.hours, texts);
    detail->freeText = relais::app::freeText(service.free, texts);
    detail->anonymousText = relais::app::anonymousText(service.anonymous, texts);
    detail->appointmentText = relais::app::appointmentText(service.appointment, texts);
    detail->languagesText = relais::app::languagesText(service.languages, texts);
    detail->address = addressText(service.address);
    detail->streetKnown = service.address.street.has_value() && !service.address.street->empty();
    for (const Phone& phone : service.phones) {
        detail->phoneNumbers << qs(phone.number);
        QString label = phone.label ? phoneLabelText(*phone.label, texts) : QString();
        if (phone.caveat)
            label += (label.isEmpty() ? QString() : u" — "_s) + caveatText(*phone.caveat, texts);
        detail->phoneLabels << label;
    }
    detail->email = qs(service.email.value_or(std::string()));
    detail->website = qs(service.website.value_or(std::string()));
    detail->directionsUrl = relais::app::directionsUrl(service.address);
    detail->notes = qs(service.notes.value_or(std::string()));
    for (const std::string& source : service.sources)
        detail->sources << qs(source);
    const Trust trust = trustAt(service, now);
    detail->trustText = relais::app::trustText(trust, texts);
    detail->unconfirmed = trust.state == TrustState::unconfirmed;
    return detail;
}

QString ServiceDetail::plainText() const {
    // Same facts, same order as on screen; the clipboard text is shared with colleagues.
    const auto tr = [](const char* source) {
        return QCoreApplication::translate("Texts", source);
    };
    QStringList lines{name};
    if (!organization.isEmpty())
        lines << organization;
    lines << (address.isEmpty() ? tr(QT_TRANSLATE_NOOP("Texts", "Address unknown")) : address);
    lines << statusText;
    for (const QString& line : hours)
        lines << u"  "_s + line;
    lines << freeText << anonymousText << appointmentText
          << tr(QT_TRANSLATE_NOOP("Texts", "Languages: %1")).arg(languagesText);
    if (phoneNumbers.isEmpty())
        lines << tr(QT_TRANSLATE_NOOP("Texts", "Phone unknown"));
    for (qsizetype i = 0; i < phoneNumbers.size(); ++i) {
        const QString label = phoneLabels.value(i);
        lines << (label.isEmpty() ? phoneNumbers[i] : phoneNumbers[i] + u" (" + label + u')');
    }
    if (!email.isEmpty())
        lines << email;
    if (!website.isEmpty())
        lines << website;
    return lines.join(u'\n');
}

} // namespace relais::app
