import QtQuick
import QtQuick.Controls
import Relais

// The header's way into trainer mode (scenarios, presentation mode, reset, fiches).
ToolButton {
    id: control
    property bool active: false
    implicitWidth: Math.max(Theme.touch, implicitContentWidth + 2 * Theme.spacing)
    implicitHeight: Theme.touch
    text: qsTr("Training")
    font.pixelSize: Theme.secondary
    palette.buttonText: Theme.textOnAccent
    checked: active
    Accessible.name: qsTr("Trainer mode: case scenarios, presentation mode and memo sheets")
}
