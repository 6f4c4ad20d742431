#pragma once
// Services recently opened and services pinned, for the first screen. Kept on this device only
// (a settings file beside the local directory, never synced or sent), cleared in one tap;
// recording recents can be turned off, which forgets them.

#include "app/core/servicelinkmodel.h"

#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace relais::app {

class DirectoryController;

class RecentsController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool enabled READ enabled WRITE setEnabled NOTIFY enabledChanged)
    Q_PROPERTY(ServiceLinkModel* recent READ recent CONSTANT)
    Q_PROPERTY(ServiceLinkModel* pinned READ pinned CONSTANT)
    // Changes whenever a pin is added or removed (for bindings on isPinned()).
    Q_PROPERTY(int pinnedCount READ pinnedCount NOTIFY pinnedChanged)
public:
    static constexpr int kMaxRecents = 8;

    // `file`: where this device keeps them (an INI file, owner-only).
    RecentsController(DirectoryController& directory, const QString& file,
                      QObject* parent = nullptr);

    bool enabled() const { return enabled_; }
    void setEnabled(bool on);
    ServiceLinkModel* recent() { return &recent_; }
    ServiceLinkModel* pinned() { return &pinned_; }
    int pinnedCount() const { return static_cast<int>(pinnedIds_.size()); }
    QStringList recentIds() const { return recentIds_; }
    QStringList pinnedIds() const { return pinnedIds_; }
    QString file() const { return settings_.fileName(); }

    // A service was opened: it goes first in the recents (when they are on).
    Q_INVOKABLE void record(const QString& id);
    Q_INVOKABLE void clearRecents();
    Q_INVOKABLE bool isPinned(const QString& id) const { return pinnedIds_.contains(id); }
    Q_INVOKABLE void togglePin(const QString& id);
    Q_INVOKABLE void clearPinned();

signals:
    void enabledChanged();
    void recentChanged();
    void pinnedChanged();

private:
    void save();
    void relabel();
    DirectoryController& directory_;
    QSettings settings_;
    bool enabled_ = true;
    QStringList recentIds_, pinnedIds_;
    ServiceLinkModel recent_, pinned_;
};

} // namespace relais::app
