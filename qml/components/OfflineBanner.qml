import QtQuick
import QtQuick.Controls
import Relais

// Informative, not alarming: offline, everything still works from the directory on the device.
Rectangle {
    id: banner
    property string text: qsTr("Offline. Everything works with the directory on this device.")
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    color: Theme.accentSoft
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        text: banner.text
        color: Theme.accentText
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}
