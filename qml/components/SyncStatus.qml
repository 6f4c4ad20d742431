import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// How fresh the directory is, and syncing it: last sync, progress, cancel, errors in words.
ColumnLayout {
    id: root
    required property SyncController sync
    required property DirectoryController directory
    spacing: Theme.spacing

    Label {
        Layout.fillWidth: true
        text: qsTr("Directory data as of %1").arg(root.directory.dataAsOf)
        font.pixelSize: Theme.body
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("%n service(s) on this device", "", root.directory.serviceCount)
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Last sync: %1").arg(root.sync.lastSync)
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    ProgressBar {
        Layout.fillWidth: true
        visible: root.sync.syncing
        indeterminate: root.sync.progress < 0
        value: Math.max(0, root.sync.progress)
        Accessible.name: qsTr("Sync progress")
    }
    Label {
        Layout.fillWidth: true
        visible: !root.sync.available
        text: qsTr("Sync is not available in this version. The directory that came with the app is used.")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.fillWidth: true
        visible: root.sync.errorText !== ""
        implicitHeight: errorLabel.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.errorBackground
        Label {
            id: errorLabel
            anchors.fill: parent
            anchors.margins: Theme.spacing
            text: root.sync.errorText
            color: Theme.errorText
            wrapMode: Text.Wrap
        }
    }
    RowLayout {
        spacing: Theme.spacing
        TouchButton {
            visible: !root.sync.syncing
            enabled: root.sync.available
            primary: true
            text: root.sync.errorText !== "" ? qsTr("Try again") : qsTr("Sync now")
            onClicked: root.sync.syncNow()
        }
        TouchButton {
            visible: root.sync.syncing
            text: qsTr("Cancel sync")
            onClicked: root.sync.cancel()
        }
    }
}
