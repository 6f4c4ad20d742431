#include "app/detail/qrimageprovider.h"

#include "app/detail/qrcode.h"

#include <QUrl>

namespace relais::app {

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {
}

QImage QrImageProvider::requestImage(const QString& id, QSize* size, const QSize& requestedSize) {
    // The engine hands the id over mostly decoded; what it left encoded (a "%" itself) is
    // decoded here.
    const QByteArray text = QUrl::fromPercentEncoding(id.toUtf8()).toUtf8();
    QImage image = qrImage(text, 1);
    if (image.isNull())
        return image;
    // Whole pixels per module, never smoothed: a blurred module can fail to scan.
    const int wanted = std::max(requestedSize.width(), requestedSize.height());
    const int scale = std::max(1, wanted / image.width());
    image = image.scaled(image.size() * scale, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace relais::app
