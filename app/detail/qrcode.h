#pragma once
// QR codes (libqrencode) as images, for the sheet and the screen: the person points a phone
// camera at one and saves the contact, with nothing typed and no network.

#include <QByteArray>
#include <QImage>

namespace relais::app {

// `data` as a black-on-white QR code, `moduleSize` pixels per module, with the standard quiet
// zone of four modules. A null image when the data does not fit in a QR code.
QImage qrImage(const QByteArray& data, int moduleSize);

} // namespace relais::app
