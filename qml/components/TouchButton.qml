import QtQuick
import QtQuick.Controls
import Relais

// A button at least 44 px high, named for assistive technology by its text. In a Flow it is
// never wider than the row: a long label (Dutch, presentation mode) wraps between words.
Button {
    id: control
    property bool primary: false
    implicitHeight: Math.max(Theme.touch, implicitContentHeight + topPadding + bottomPadding)
    readonly property real naturalWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                                  implicitContentWidth + leftPadding + rightPadding)
    // In a Flow (where buttons belong), never wider than the row.
    implicitWidth: parent && parent.flow !== undefined && parent.width > 0
                   ? Math.min(naturalWidth, parent.width) : naturalWidth
    leftPadding: 2 * Theme.spacing
    rightPadding: 2 * Theme.spacing
    font.pixelSize: Theme.body
    Accessible.name: text
    // A disabled button must look disabled, filled or not.
    palette.button: !enabled ? Theme.greyBackground : primary ? Theme.accent : Theme.surface
    palette.buttonText: !enabled ? Theme.textSecondary : primary ? Theme.textOnAccent : Theme.text
    focusPolicy: Qt.StrongFocus
    contentItem: Label {
        text: control.text
        font: control.font
        color: control.palette.buttonText
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
