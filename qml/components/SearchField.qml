import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The one search field: results follow every keystroke; Ctrl+F comes here, Esc clears.
FocusScope {
    id: root
    property alias text: input.text
    signal edited(string text)
    signal accepted()
    signal downPressed()

    implicitHeight: Math.max(Theme.touch + 4, input.implicitHeight)
    Accessible.ignored: true

    function focusField() {
        input.forceActiveFocus()
        input.selectAll()
    }

    TextField {
        id: input
        objectName: "searchInput"
        anchors.fill: parent
        focus: true
        font.pixelSize: Theme.body
        rightPadding: clear.visible ? clear.width + Theme.spacing : Theme.spacing
        placeholderText: qsTr("Search: need, service, organisation, commune…")
        placeholderTextColor: Theme.textSecondary
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Search services")
        Accessible.role: Accessible.EditableText
        onTextEdited: root.edited(text)
        onAccepted: root.accepted()
        Keys.onDownPressed: root.downPressed()
        Keys.onEscapePressed: function(event) {
            if (text.length > 0) {
                text = ""
                root.edited("")
                event.accepted = true
            } else {
                event.accepted = false
            }
        }
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: input.activeFocus ? 2 : 1
            border.color: input.activeFocus ? Theme.focus : Theme.separator
        }
    }

    ToolButton {
        id: clear
        visible: input.text.length > 0
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.touch
        height: Theme.touch
        text: "✕"
        font.pixelSize: Theme.body
        Accessible.name: qsTr("Clear search")
        onClicked: {
            input.text = ""
            root.edited("")
            input.forceActiveFocus()
        }
    }
}
