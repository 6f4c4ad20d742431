import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// "My services": the organisation's services, what needs attention first (conflicts, refused
// edits), staleness at a glance, and the one-tap actions.
FocusScope {
    id: page
    required property AppContext app
    readonly property StaffController staff: app.staff
    property bool showBack: false
    signal back()
    signal edit(string serviceId)
    signal create()
    signal resolve(string serviceId)

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 4 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: 2 * Theme.spacing
            y: 2 * Theme.spacing
            width: flick.width - 4 * Theme.spacing
            spacing: Theme.spacing

            TouchButton {
                visible: page.showBack
                text: qsTr("‹ Back to results")
                flat: true
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("My services")
                font.pixelSize: Theme.title
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: page.app.login.organizationName !== ""
                      ? qsTr("%1 · %n listing(s)", "", page.staff.listings.count).arg(page.app.login.organizationName)
                      : qsTr("Log in to see your organisation's services.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing / 2
                Badge { visible: page.staff.staleCount > 0; tone: "verify"; text: qsTr("%n to confirm", "", page.staff.staleCount) }
                Badge { visible: page.staff.pendingCount > 0; tone: "amber"; text: qsTr("%n pending", "", page.staff.pendingCount) }
                Badge { visible: page.staff.conflictCount > 0; tone: "grey"; text: qsTr("%n conflict(s)", "", page.staff.conflictCount) }
            }
            Rectangle {
                visible: page.app.login.sessionExpired
                Layout.fillWidth: true
                implicitHeight: expired.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.amberBackground
                Label {
                    id: expired
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    text: qsTr("Your session has ended. Log in again in the settings: your edits are kept on this device and will be sent then.")
                    color: Theme.amberText
                    wrapMode: Text.Wrap
                }
            }
            Label {
                objectName: "staffMessage"
                Layout.fillWidth: true
                visible: text !== ""
                text: page.staff.errorText !== "" ? page.staff.errorText : page.staff.message
                color: page.staff.errorText !== "" ? Theme.errorText : Theme.openText
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.app.sync.errorText !== ""
                text: page.app.sync.errorText
                color: Theme.textSecondary
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
            }
            // Logged out: log in right here.
            LoginSection {
                objectName: "listingsLogin"
                visible: !page.app.login.loggedIn
                app: page.app
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "addListing"
                    primary: true
                    // Also while a session has ended: the new listing waits on this device.
                    enabled: page.app.login.organizationId !== ""
                    text: qsTr("+ Add a listing")
                    onClicked: page.create()
                }
                TouchButton {
                    objectName: "sendNow"
                    enabled: page.app.login.loggedIn && !page.app.sync.syncing
                    text: page.app.sync.syncing ? qsTr("Sending…") : qsTr("Send and sync now")
                    onClicked: page.app.sync.syncNow()
                }
            }

            Repeater {
                model: page.staff.listings
                delegate: Rectangle {
                    id: card
                    objectName: "listing_" + serviceId
                    required property string serviceId
                    required property string name
                    required property string place
                    required property string state
                    required property string stateText
                    required property bool stale
                    required property string verifiedText
                    required property string problemText
                    required property bool retired
                    property bool confirmingRetire: false
                    Layout.fillWidth: true
                    implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                    radius: Theme.radius
                    color: card.state === "conflict" || card.state === "rejected" ? Theme.errorBackground : Theme.surface

                    ColumnLayout {
                        id: cardColumn
                        x: 1.5 * Theme.spacing
                        y: Theme.spacing
                        width: card.width - 3 * Theme.spacing
                        spacing: Theme.spacing / 2
                        Label {
                            Layout.fillWidth: true
                            text: card.name
                            font.bold: true
                            font.strikeout: card.retired
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            Label {
                                visible: card.place !== ""
                                text: card.place
                                color: Theme.textSecondary
                                font.pixelSize: Theme.secondary
                            }
                            Badge {
                                text: card.stateText
                                tone: card.state === "synced" ? "open" : card.state === "pending" ? "amber" : "grey"
                            }
                            Badge {
                                visible: card.stale
                                tone: "verify"
                                text: qsTr("To confirm")
                            }
                            Label {
                                width: parent.width
                                text: card.verifiedText
                                wrapMode: Text.Wrap
                                color: Theme.textSecondary
                                font.pixelSize: Theme.secondary
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: card.problemText !== ""
                            text: card.problemText
                            color: Theme.errorText
                            font.pixelSize: Theme.secondary
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing / 2
                            visible: !card.retired
                            TouchButton {
                                objectName: "resolveButton"
                                visible: card.state === "conflict"
                                primary: true
                                text: qsTr("Resolve the conflict")
                                onClicked: page.resolve(card.serviceId)
                            }
                            TouchButton {
                                objectName: "editButton"
                                visible: card.state !== "conflict"
                                text: card.state === "rejected" ? qsTr("Correct") : qsTr("Edit")
                                Accessible.name: qsTr("Edit %1").arg(card.name)
                                onClicked: page.edit(card.serviceId)
                            }
                            TouchButton {
                                visible: card.state === "synced" || card.state === "pending"
                                text: qsTr("Still accurate")
                                Accessible.name: qsTr("%1 is still accurate").arg(card.name)
                                onClicked: page.staff.confirm(card.serviceId)
                            }
                            TouchButton {
                                visible: card.state === "rejected"
                                text: qsTr("Drop my edit")
                                onClicked: page.staff.discardRefused(card.serviceId)
                            }
                            TouchButton {
                                visible: (card.state === "synced" || card.state === "pending") && !card.confirmingRetire
                                flat: true
                                text: qsTr("Retire…")
                                Accessible.name: qsTr("Retire %1").arg(card.name)
                                onClicked: card.confirmingRetire = true
                            }
                        }
                        // Retiring asks once more, in place: it hides the service from everyone.
                        ColumnLayout {
                            Layout.fillWidth: true
                            visible: card.confirmingRetire
                            spacing: Theme.spacing / 2
                            Label {
                                Layout.fillWidth: true
                                text: qsTr("Retire \"%1\"? Social workers will no longer see it once the next sync has sent this. Retire it only if the service has stopped.").arg(card.name)
                                color: Theme.errorText
                                wrapMode: Text.Wrap
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacing / 2
                                TouchButton {
                                    primary: true
                                    text: qsTr("Yes, retire it")
                                    onClicked: {
                                        card.confirmingRetire = false
                                        page.staff.retire(card.serviceId)
                                    }
                                }
                                TouchButton {
                                    text: qsTr("Keep it")
                                    onClicked: card.confirmingRetire = false
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
