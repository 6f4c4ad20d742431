import QtQuick
import QtQuick.Controls
import Relais

// One filter: on/off, or a choice that opens a list.
Button {
    id: chip
    property bool active: false
    checkable: false
    implicitHeight: Theme.touch
    leftPadding: 1.5 * Theme.spacing
    rightPadding: 1.5 * Theme.spacing
    font.pixelSize: Theme.secondary
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: active
    focusPolicy: Qt.StrongFocus

    background: Rectangle {
        radius: height / 2
        color: chip.active ? Theme.accent : (chip.down ? Theme.separator : Theme.surface)
        border.width: chip.visualFocus ? 2 : 1
        border.color: chip.visualFocus ? Theme.focus : (chip.active ? Theme.accent : Theme.separator)
    }
    contentItem: Label {
        text: chip.text
        font: chip.font
        color: chip.active ? Theme.textOnAccent : Theme.text
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
}
