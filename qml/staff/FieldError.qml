import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The form's message about a field, under it: in words and in red (never colour alone), read
// out as an alert; hidden while all is well.
Label {
    id: root
    property string error
    Layout.fillWidth: true
    visible: root.error !== ""
    text: "⚠ " + root.error
    color: Theme.errorText
    font.pixelSize: Theme.secondary
    wrapMode: Text.Wrap
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.error
}
