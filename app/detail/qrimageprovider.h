#pragma once
// image://qr/<percent-encoded text>: the text as a QR code, for QML. Stateless: the text
// (a vCard, an address) is in the URL, so nothing is looked up or kept.

#include <QQuickImageProvider>

namespace relais::app {

class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider();
    QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;
};

} // namespace relais::app
