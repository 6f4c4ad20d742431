import QtQuick
import QtQuick.Controls
import Relais

// The "demo" mark of presentation mode: what the class sees is the training directory, not a
// real conversation.
Rectangle {
    id: mark
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: Theme.demoBackground
    border.color: Theme.demoText
    border.width: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Demo: presentation mode for training")

    Label {
        id: label
        anchors.centerIn: parent
        text: qsTr("DEMO")
        font.pixelSize: Theme.heading
        font.bold: true
        font.letterSpacing: 2
        color: Theme.demoText
        Accessible.ignored: true
    }
}
