import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// A closed choice of the listing editor, as a drop-down: `options` are [value, label] pairs,
// `value` the form's, `chosen` the user's pick. `key` names the field for tests and tools.
ColumnLayout {
    id: root
    required property string key
    required property string label
    required property var options
    required property int value
    signal chosen(int value)
    Layout.fillWidth: true
    spacing: 2

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.secondary
        font.bold: true
        wrapMode: Text.Wrap
    }
    ComboBox {
        objectName: "choice_" + root.key
        Layout.fillWidth: true
        implicitHeight: Theme.touch
        font.pixelSize: Theme.body
        model: root.options.map(o => o[1])
        currentIndex: root.options.findIndex(o => o[0] === root.value)
        Accessible.name: root.label
        onActivated: index => root.chosen(root.options[index][0])
    }
}
