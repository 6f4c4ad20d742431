import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The needs a person may come with, as tiles: each category with how many services it has.
// A tap shows that category's services.
GridLayout {
    id: root
    required property OptionModel categories
    signal chosen(string key)

    readonly property int minimumTile: Theme.presentation ? 260 : 170
    columns: Math.max(1, Math.floor((width + columnSpacing) / (minimumTile + columnSpacing)))
    columnSpacing: Theme.spacing
    rowSpacing: Theme.spacing

    Repeater {
        model: root.categories
        delegate: Button {
            id: tile
            required property string key
            required property string label
            required property int services
            objectName: "need_" + key
            visible: services > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: root.minimumTile
            Layout.minimumHeight: Theme.touch
            padding: Theme.spacing * 1.5
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("%1: %n service(s)", "", services).arg(label)
            background: Rectangle {
                radius: Theme.radius
                color: tile.down ? Theme.accentSoft : Theme.surface
                border.width: tile.visualFocus ? 2 : 1
                border.color: tile.visualFocus ? Theme.focus : Theme.separator
            }
            contentItem: ColumnLayout {
                spacing: Theme.spacing / 4
                Label {
                    Layout.fillWidth: true
                    text: tile.label
                    font.pixelSize: Theme.body
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%n service(s)", "", tile.services)
                    font.pixelSize: Theme.secondary
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
            }
            onClicked: root.chosen(key)
        }
    }
}
