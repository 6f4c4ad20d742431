import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// One result: name → organisation · commune → snippet → open/closed and conditions, and a
// call button when a number is known.
ItemDelegate {
    id: card
    required property int index
    required property string serviceId
    required property string name
    required property string organization
    required property string municipality
    required property string snippet
    required property int openState
    required property string statusText
    required property var free
    required property var anonymous
    required property bool walkIn
    required property bool unconfirmed
    required property bool noPhone
    required property string phone // the first number listed; empty when none is known
    required property string localEdit // "pending", "conflict", "rejected": edited on this device
    property bool inSheet: false
    property bool selected: false
    // Calls without opening the detail: one tap from the list.
    signal callRequested(string number)

    width: ListView.view ? ListView.view.width : implicitWidth
    padding: 1.5 * Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.ListItem
    Accessible.name: [name, organization, municipality, statusText,
                      unconfirmed ? qsTr("Not confirmed") : "", noPhone ? qsTr("No phone known") : "",
                      editText].filter(s => s !== "").join(", ")
    readonly property string editText: localEdit === "pending" ? qsTr("Your edit, not sent yet")
                                     : localEdit === "conflict" ? qsTr("Your edit, in conflict")
                                     : localEdit === "rejected" ? qsTr("Your edit, refused")
                                     : ""

    background: Rectangle {
        color: card.selected ? Theme.accentSoft : (card.down ? Theme.surface : Theme.background)
        border.width: card.visualFocus ? 2 : 0
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
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing / 2
            Label {
                Layout.fillWidth: true
                text: card.name
                font.pixelSize: Theme.body
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: card.municipality !== ""
                      ? qsTr("%1 · %2", "organisation · commune").arg(card.organization).arg(card.municipality)
                      : card.organization
                font.pixelSize: Theme.secondary
                color: Theme.textSecondary
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: card.snippet !== ""
                text: card.snippet
                textFormat: Text.StyledText
                font.pixelSize: Theme.secondary
                color: Theme.text
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Badge {
                    text: card.statusText
                    tone: card.openState === 0 ? "open" : (card.openState === 1 ? "amber" : "grey")
                }
                Badge { visible: card.free === true; text: qsTr("Free") }
                Badge { visible: card.anonymous === true; text: qsTr("Anonymous") }
                Badge { visible: card.walkIn; text: qsTr("Walk-in") }
                Badge { visible: card.unconfirmed; text: qsTr("Not confirmed"); tone: "verify" }
                Badge { visible: card.noPhone; text: qsTr("No phone known"); tone: "grey" }
                Badge {
                    objectName: "localEditBadge"
                    visible: card.editText !== ""
                    text: card.editText
                    tone: card.localEdit === "pending" ? "amber" : "grey"
                }
                Badge { visible: card.inSheet; text: qsTr("On the sheet ✓") }
            }
        }
        TouchButton {
            objectName: "cardCallButton"
            visible: card.phone !== ""
            Layout.alignment: Qt.AlignTop
            primary: true
            // The phone sign alone: the name keeps the room it needs on a phone.
            implicitWidth: Theme.touch
            leftPadding: 0
            rightPadding: 0
            text: "☎"
            Accessible.name: qsTr("Call %1 at %2", "service name, phone number")
                             .arg(card.name).arg(card.phone)
            onClicked: card.callRequested(card.phone)
        }
    }
}
