import QtQuick
import QtQuick.Controls
import Relais

// A button at least 44 px high, named for assistive technology by its text.
Button {
    id: control
    property bool primary: false
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: 2 * Theme.spacing
    rightPadding: 2 * Theme.spacing
    font.pixelSize: Theme.body
    Accessible.name: text
    palette.button: primary ? Theme.accent : Theme.surface
    palette.buttonText: primary ? Theme.textOnAccent : Theme.text
    focusPolicy: Qt.StrongFocus
}
