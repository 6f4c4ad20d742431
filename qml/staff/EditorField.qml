import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// One text field of the listing editor: shows the form's `value`, hands every keystroke back
// through `edited`, and shows the form's message for it underneath, in words, with a red
// border (never colour alone). `key` names the field (its JSON path) for tests and tools.
ColumnLayout {
    id: root
    required property string key
    property string value
    property string error
    property string label
    property string placeholder
    property string hint
    property bool multiline: false
    property int inputHints: Qt.ImhNone
    signal edited(string text)
    spacing: 2
    Layout.fillWidth: true

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
        text: root.value
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
        onTextEdited: root.edited(text)
    }
    TextArea {
        id: area
        objectName: "area_" + root.key
        visible: root.multiline
        Layout.fillWidth: true
        Layout.minimumHeight: 2 * Theme.touch
        font.pixelSize: Theme.body
        wrapMode: TextEdit.Wrap
        text: root.value
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
        onTextChanged: if (activeFocus && text !== root.value) root.edited(text)
    }
    Label {
        Layout.fillWidth: true
        visible: root.hint !== "" && root.error === ""
        text: root.hint
        color: Theme.textSecondary
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
    }
    FieldError { objectName: "error_" + root.key; error: root.error }
}
