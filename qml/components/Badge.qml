import QtQuick
import QtQuick.Controls
import Relais

// A small status label. Colour only reinforces the words, it never replaces them.
Rectangle {
    id: badge
    property string text
    // "open", "amber", "grey", "verify" (amber outline), "neutral"
    property string tone: "neutral"

    // In a Flow, never wider than the row: a long label wraps between words.
    implicitWidth: parent && parent.flow !== undefined && parent.width > 0
                   ? Math.min(label.implicitWidth + 2 * Theme.spacing, parent.width)
                   : label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.height + Theme.spacing / 2
    radius: Math.min(height / 2, 2 * Theme.radius)
    color: tone === "open" ? Theme.openBackground
         : tone === "amber" ? Theme.amberBackground
         : tone === "grey" ? Theme.greyBackground
         : tone === "verify" ? Theme.background
         : Theme.accentSoft
    border.width: tone === "verify" ? 1 : 0
    border.color: Theme.amberBorder

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.max(0, Math.min(implicitWidth, badge.width - 2 * Theme.spacing))
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        text: badge.text
        font.pixelSize: Theme.secondary
        color: badge.tone === "open" ? Theme.openText
             : badge.tone === "amber" || badge.tone === "verify" ? Theme.amberText
             : badge.tone === "grey" ? Theme.greyText
             : Theme.accentText
        Accessible.ignored: true
    }
}
