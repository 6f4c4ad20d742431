import QtQuick
import QtQuick.Controls
import Relais

// A button of the header bar: white text on the accent colour, and when its screen is shown
// a darker band with an underline (the style's own translucent highlight left white text at
// 3:1). At least 44 px; the focus frame stays visible.
ToolButton {
    id: control
    implicitWidth: Math.max(Theme.touch, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Theme.touch
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    font.pixelSize: Theme.secondary
    contentItem: Label {
        text: control.text
        font: control.font
        color: Theme.textOnAccent
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: Theme.touch
        implicitHeight: Theme.touch
        radius: Theme.radius
        color: control.down || control.checked ? Theme.accentStrong : "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.textOnAccent
        Rectangle {
            visible: control.checked
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacing / 2
            height: 3
            radius: 1
            color: Theme.textOnAccent
        }
    }
}
