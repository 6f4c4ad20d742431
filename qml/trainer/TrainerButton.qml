import QtQuick
import QtQuick.Controls
import Relais

// The header's way into trainer mode (scenarios, presentation mode, reset, fiches).
HeaderButton {
    id: control
    property bool active: false
    text: qsTr("Training")
    checked: active
    Accessible.name: qsTr("Trainer mode: case scenarios, presentation mode and memo sheets")
}
