import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// A short list of services reachable in one tap: the name opens it, the button calls it.
ColumnLayout {
    id: root
    required property ServiceLinkModel links
    signal opened(string serviceId)
    signal callRequested(string number)
    spacing: 0

    Repeater {
        model: root.links
        delegate: ItemDelegate {
            id: row
            required property string serviceId
            required property string name
            required property string phone
            required property string note
            Layout.fillWidth: true
            padding: Theme.spacing
            leftPadding: 0
            focusPolicy: Qt.StrongFocus
            Accessible.name: note !== "" ? qsTr("%1, %2", "service name, 24/7").arg(name).arg(note) : name
            background: Rectangle {
                color: row.down ? Theme.surface : "transparent"
                border.width: row.visualFocus ? 2 : 0
                border.color: Theme.focus
                Rectangle {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    height: 1
                    color: Theme.separator
                }
            }
            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        color: Theme.text
                        font.pixelSize: Theme.body
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.note !== ""
                        text: row.note
                        color: Theme.textSecondary
                        font.pixelSize: Theme.secondary
                    }
                }
                TouchButton {
                    objectName: "linkCallButton"
                    visible: row.phone !== ""
                    Layout.alignment: Qt.AlignVCenter
                    primary: true
                    text: qsTr("☎ %1", "call button with the number").arg(row.phone)
                    Accessible.name: qsTr("Call %1 at %2", "service name, phone number").arg(row.name).arg(row.phone)
                    onClicked: root.callRequested(row.phone)
                }
            }
            onClicked: root.opened(serviceId)
        }
    }
}
