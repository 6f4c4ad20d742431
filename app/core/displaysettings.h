#pragma once
// How the app looks on this device: light or dark (or as the system says), and a text size on
// top of the system's. Kept on this device only, beside the recents.

#include <QObject>
#include <QSettings>
#include <QtQml/qqmlregistration.h>

namespace relais::app {

class DisplaySettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    // "system" (follow the system's light or dark), "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY changed)
    // Text size on top of the system's font size: 1 (as the system), up to 1.6.
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY changed)
public:
    static constexpr double kMinScale = 1.0;
    static constexpr double kMaxScale = 1.6;

    // `file`: the device's settings file; empty keeps the choices in memory only (headless).
    explicit DisplaySettings(const QString& file, QObject* parent = nullptr);

    QString theme() const { return theme_; }
    void setTheme(const QString& theme); // anything else than the three is ignored
    double textScale() const { return textScale_; }
    void setTextScale(double scale); // clamped to [kMinScale, kMaxScale]

signals:
    void changed();

private:
    void save();
    QString file_;
    QString theme_ = QStringLiteral("system");
    double textScale_ = 1.0;
};

} // namespace relais::app
