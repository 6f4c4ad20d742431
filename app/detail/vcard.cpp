#include "app/detail/vcard.h"

#include "app/core/texts.h"

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {

// RFC 2426 §4: backslash, comma, semicolon and newline are escaped in text values.
QString escaped(QString text) {
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u',', u"\\,"_s);
    text.replace(u';', u"\\;"_s);
    text.replace(u"\r\n"_s, u"\\n"_s);
    text.replace(u'\n', u"\\n"_s);
    return text;
}

} // namespace

QString vCard(const Service& service, const QString& organization, const Texts& texts) {
    const QString name = escaped(qs(service.name.in(texts.lang())));
    QStringList lines{u"BEGIN:VCARD"_s, u"VERSION:3.0"_s, u"N:"_s + name + u";;;;"_s,
                      u"FN:"_s + name};
    if (!organization.isEmpty())
        lines << u"ORG:"_s + escaped(organization);
    QStringList notes;
    for (const Phone& phone : service.phones) {
        const bool mobile = phone.kind == PhoneKind::whatsapp;
        lines << (mobile ? u"TEL;TYPE=CELL:"_s : u"TEL;TYPE=WORK,VOICE:"_s) + qs(phone.number);
        if (phone.caveat)
            notes << qs(phone.number) + u": "_s + caveatText(*phone.caveat, texts);
    }
    const Address& address = service.address;
    if (address.street || address.postal_code || address.municipality || address.city) {
        // ADR: post office box; extended; street; locality; region; postal code; country.
        lines << u"ADR;TYPE=WORK:;;"_s + escaped(qs(address.street.value_or(""))) + u';' +
                     escaped(qs(address.municipality.value_or(address.city.value_or("")))) +
                     u";;"_s + escaped(qs(address.postal_code.value_or(""))) + u";"_s;
    }
    if (service.email)
        lines << u"EMAIL;TYPE=INTERNET:"_s + escaped(qs(*service.email));
    if (service.website)
        lines << u"URL:"_s + qs(*service.website);
    if (!notes.isEmpty())
        lines << u"NOTE:"_s + escaped(notes.join(u'\n'));
    lines << u"END:VCARD"_s;
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace relais::app
