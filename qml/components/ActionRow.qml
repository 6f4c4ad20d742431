import QtQuick
import QtQuick.Controls
import Relais

// What can be done with a service: call, email, website, directions, copy, add to the sheet.
// Actions without the needed fact are not offered (the facts list says it is unknown).
Flow {
    id: row
    required property DetailController detail
    required property SheetController sheet
    readonly property ServiceDetail service: detail.detail
    readonly property bool inSheet: service !== null && sheet.count >= 0 && sheet.contains(service.serviceId)
    spacing: Theme.spacing

    TouchButton {
        visible: row.service !== null && row.service.phoneNumbers.length > 0
        text: qsTr("☎ Call")
        Accessible.name: qsTr("Call %1").arg(row.service ? row.service.phoneNumbers[0] || "" : "")
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
        primary: !row.inSheet
        text: row.inSheet ? qsTr("✓ On the sheet") : qsTr("+ Add to sheet")
        Accessible.name: row.inSheet ? qsTr("Remove from the referral sheet")
                                     : qsTr("Add to the referral sheet")
        onClicked: if (row.service) row.sheet.toggle(row.service.serviceId)
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
