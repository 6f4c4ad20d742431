#pragma once
// A service as a vCard 3.0 (RFC 2426), the contact a phone saves from a QR code: organisation
// and service name, phones, address, website and email. Caveats on a number travel with it
// in the card's note, in the reader's language.

#include "data/model.h"

#include <QString>

namespace relais::app {

class Texts;

QString vCard(const Service& service, const QString& organization, const Texts& texts);

} // namespace relais::app
