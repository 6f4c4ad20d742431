import QtQuick
import QtQuick.Controls
import Relais

// What can be done with a service: call, email, website, directions, copy, add to the sheet.
// Calling comes first and is the one filled button when a number is known, with the number
// on it. Actions without the needed fact are not offered (the facts list says it is unknown).
Flow {
    id: row
    required property DetailController detail
    required property SheetController sheet
    // Pinning is offered where the recents are given (the detail page).
    property RecentsController recents: null
    readonly property ServiceDetail service: detail.detail
    readonly property bool inSheet: service !== null && sheet.count >= 0 && sheet.contains(service.serviceId)
    spacing: Theme.spacing

    readonly property bool hasPhone: service !== null && service.phoneNumbers.length > 0

    TouchButton {
        objectName: "callButton"
        visible: row.hasPhone
        primary: true
        text: qsTr("☎ Call %1").arg(row.hasPhone ? row.service.phoneNumbers[0] : "")
        Accessible.name: qsTr("Call %1").arg(row.hasPhone ? row.service.phoneNumbers[0] : "")
        onClicked: row.detail.call(0)
    }
    TouchButton {
        visible: row.service !== null && row.service.email !== ""
        text: qsTr("✉ Email")
        Accessible.name: qsTr("Write an email to %1").arg(row.service ? row.service.email : "")
        onClicked: row.detail.writeEmail()
    }
    TouchButton {
        visible: row.service !== null && row.service.website !== ""
        text: qsTr("Website")
        Accessible.name: qsTr("Open the website")
        onClicked: row.detail.openWebsite()
    }
    TouchButton {
        visible: row.service !== null && row.service.directionsUrl !== ""
        text: qsTr("Directions")
        Accessible.name: qsTr("Show directions on a map")
        onClicked: row.detail.openDirections()
    }
    TouchButton {
        text: qsTr("Copy")
        Accessible.name: qsTr("Copy all facts")
        onClicked: {
            row.detail.copyAll()
            copied.visible = true
        }
    }
    TouchButton {
        objectName: "addToSheetButton"
        // Filled only when there is no number to call: one main action per screen.
        primary: !row.inSheet && !row.hasPhone
        text: row.inSheet ? qsTr("✓ On the sheet") : qsTr("+ Add to sheet")
        Accessible.name: row.inSheet ? qsTr("Remove from the referral sheet")
                                     : qsTr("Add to the referral sheet")
        onClicked: if (row.service) row.sheet.toggle(row.service.serviceId)
    }
    TouchButton {
        objectName: "pinButton"
        visible: row.recents !== null && row.service !== null && !Theme.presentation
        readonly property bool pinned: row.recents !== null && row.service !== null
                                       && row.recents.pinnedCount >= 0
                                       && row.recents.isPinned(row.service.serviceId)
        text: pinned ? qsTr("★ Pinned") : qsTr("☆ Pin")
        Accessible.name: pinned ? qsTr("Unpin from the first screen") : qsTr("Pin to the first screen")
        onClicked: row.recents.togglePin(row.service.serviceId)
    }
    Label {
        id: copied
        visible: false
        height: Theme.touch
        verticalAlignment: Text.AlignVCenter
        text: qsTr("Copied")
        color: Theme.openText
        Timer {
            running: copied.visible
            interval: 2500
            onTriggered: copied.visible = false
        }
    }
}
