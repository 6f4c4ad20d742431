#include "app/search/recentscontroller.h"

#include "app/core/directorycontroller.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace relais::app {

RecentsController::RecentsController(DirectoryController& directory, const QString& file,
                                     QObject* parent)
    : QObject(parent), directory_(directory), settings_(file, QSettings::IniFormat) {
    enabled_ = settings_.value(u"recents/enabled"_s, true).toBool();
    if (enabled_)
        recentIds_ = settings_.value(u"recents/ids"_s).toStringList();
    pinnedIds_ = settings_.value(u"pinned/ids"_s).toStringList();
    // Names follow the UI language and the directory's contents.
    connect(&directory_, &DirectoryController::changed, this, &RecentsController::relabel);
    relabel();
}

void RecentsController::setEnabled(bool on) {
    if (on == enabled_)
        return;
    enabled_ = on;
    if (!on)
        recentIds_.clear(); // off means forgotten, not hidden
    save();
    relabel();
    emit enabledChanged();
    emit recentChanged();
}

void RecentsController::record(const QString& id) {
    if (!enabled_ || id.isEmpty())
        return;
    recentIds_.removeAll(id);
    recentIds_.prepend(id);
    while (recentIds_.size() > kMaxRecents)
        recentIds_.removeLast();
    save();
    relabel();
    emit recentChanged();
}

void RecentsController::clearRecents() {
    recentIds_.clear();
    save();
    relabel();
    emit recentChanged();
}

void RecentsController::togglePin(const QString& id) {
    if (id.isEmpty())
        return;
    if (!pinnedIds_.removeAll(id))
        pinnedIds_.append(id);
    save();
    relabel();
    emit pinnedChanged();
}

void RecentsController::clearPinned() {
    pinnedIds_.clear();
    save();
    relabel();
    emit pinnedChanged();
}

void RecentsController::save() {
    settings_.setValue(u"recents/enabled"_s, enabled_);
    if (recentIds_.isEmpty())
        settings_.remove(u"recents/ids"_s);
    else
        settings_.setValue(u"recents/ids"_s, recentIds_);
    if (pinnedIds_.isEmpty())
        settings_.remove(u"pinned/ids"_s);
    else
        settings_.setValue(u"pinned/ids"_s, pinnedIds_);
    settings_.sync();
    QFile::setPermissions(settings_.fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

void RecentsController::relabel() {
    recent_.reset(directory_.links(recentIds_));
    pinned_.reset(directory_.links(pinnedIds_));
}

} // namespace relais::app
