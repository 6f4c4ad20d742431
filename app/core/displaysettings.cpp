#include "app/core/displaysettings.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace relais::app {

namespace {
bool knownTheme(const QString& theme) {
    return theme == u"system"_s || theme == u"light"_s || theme == u"dark"_s;
}
} // namespace

DisplaySettings::DisplaySettings(const QString& file, QObject* parent)
    : QObject(parent), file_(file) {
    if (file_.isEmpty())
        return;
    const QSettings settings(file_, QSettings::IniFormat);
    const QString theme = settings.value(u"display/theme"_s).toString();
    if (knownTheme(theme))
        theme_ = theme;
    textScale_ =
        std::clamp(settings.value(u"display/textScale"_s, 1.0).toDouble(), kMinScale, kMaxScale);
}

void DisplaySettings::setTheme(const QString& theme) {
    if (!knownTheme(theme) || theme == theme_)
        return;
    theme_ = theme;
    save();
    emit changed();
}

void DisplaySettings::setTextScale(double scale) {
    scale = std::clamp(scale, kMinScale, kMaxScale);
    if (qFuzzyCompare(scale, textScale_))
        return;
    textScale_ = scale;
    save();
    emit changed();
}

void DisplaySettings::save() {
    if (file_.isEmpty())
        return;
    QSettings settings(file_, QSettings::IniFormat);
    settings.setValue(u"display/theme"_s, theme_);
    settings.setValue(u"display/textScale"_s, textScale_);
    settings.sync();
    QFile::setPermissions(file_, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace relais::app
