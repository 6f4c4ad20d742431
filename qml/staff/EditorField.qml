import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// One text field of the listing editor, addressed by its JSON path. The text is read when the
// form is (re)filled and written back on every keystroke; the message of the shared rules
// shows underneath, in words, with a red border (never colour alone).
ColumnLayout {
    id: root
    required property EditorController editor
    required property string key
    property string label
    property string placeholder
    property string hint
    property bool multiline: false
    property int inputHints: Qt.ImhNone
    readonly property string error: editor.revision >= 0 ? editor.errorFor(key) : ""
    spacing: 2
    Layout.fillWidth: true

    function reload() {
        const value = root.editor.text(root.key)
        if (root.multiline) {
            if (area.text !== value)
                area.text = value
        } else if (line.text !== value) {
            line.text = value
        }
    }
    Component.onCompleted: reload()
    Connections {
        target: root.editor
        function onLoaded() { root.reload() }
    }

    Label {
        Layout.fillWidth: true
        visible: root.label !== ""
        text: root.label
        font.pixelSize: Theme.secondary
        font.bold: true
        wrapMode: Text.Wrap
    }
    TextField {
        id: line
        objectName: "field_" + root.key
        visible: !root.multiline
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        placeholderText: root.placeholder
        inputMethodHints: root.inputHints
        Accessible.name: root.label
        Accessible.description: root.error
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: root.error !== "" || line.activeFocus ? 2 : 1
            border.color: root.error !== "" ? Theme.errorText
                          : line.activeFocus ? Theme.focus : Theme.separator
        }
        onTextEdited: root.editor.setText(root.key, text)
    }
    TextArea {
        id: area
        objectName: "area_" + root.key
        visible: root.multiline
        Layout.fillWidth: true
        Layout.minimumHeight: 2 * Theme.touch
        font.pixelSize: Theme.body
        wrapMode: TextEdit.Wrap
        placeholderText: root.placeholder
        Accessible.name: root.label
        Accessible.description: root.error
        background: Rectangle {
            radius: Theme.radius
            color: Theme.background
            border.width: root.error !== "" || area.activeFocus ? 2 : 1
            border.color: root.error !== "" ? Theme.errorText
                          : area.activeFocus ? Theme.focus : Theme.separator
        }
        onTextChanged: if (activeFocus) root.editor.setText(root.key, text)
    }
    Label {
        Layout.fillWidth: true
        visible: root.hint !== "" && root.error === ""
        text: root.hint
        color: Theme.textSecondary
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "error_" + root.key
        Layout.fillWidth: true
        visible: root.error !== ""
        text: "⚠ " + root.error
        color: Theme.errorText
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.error
    }
}
