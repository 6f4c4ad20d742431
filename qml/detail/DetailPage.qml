import QtQuick
import QtQuick.Controls
import Relais

// Every fact about one service, in the fixed order; unknowns said as unknown.
// Built of Column positioners, each child as wide as its column: with Qt 6.4's nested
// ColumnLayouts, wrapped texts kept the height of an earlier width (a blank gap under a long
// phone line, the email over the next heading).
FocusScope {
    id: page
    required property AppContext app
    property bool showBack: false
    readonly property ServiceDetail service: app.detail.detail
    signal back()
    signal showQr()

    // A titled group of facts (as DetailSection, for positioners).
    component Section: Column {
        id: section
        property string title
        width: parent ? parent.width : 0
        spacing: Theme.spacing / 2
        topPadding: Theme.spacing
        Label {
            width: section.width
            text: section.title
            font.pixelSize: Theme.secondary
            font.bold: true
            font.capitalization: Font.AllUppercase
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: section.title
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 4 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        Column {
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
                width: parent ? parent.width : 0
                visible: page.app.detail.errorText !== ""
                text: page.app.detail.errorText
                color: Theme.errorText
                wrapMode: Text.Wrap
            }
            BusyIndicator {
                visible: page.app.detail.loading && page.service === null
                running: visible
                Accessible.name: qsTr("Loading")
            }

            Column {
                width: parent ? parent.width : 0
                visible: page.service !== null
                spacing: Theme.spacing

                Label {
                    width: parent ? parent.width : 0
                    text: page.service ? page.service.name : ""
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    width: parent ? parent.width : 0
                    text: page.service ? (page.service.municipality !== ""
                          ? qsTr("%1 · %2", "organisation · commune").arg(page.service.organization).arg(page.service.municipality)
                          : page.service.organization) : ""
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "otherNames"
                    width: parent ? parent.width : 0
                    visible: page.service !== null && page.service.otherNames !== ""
                    text: page.service ? qsTr("Also known as: %1").arg(page.service.otherNames) : ""
                    font.pixelSize: Theme.secondary
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                Flow {
                    width: parent ? parent.width : 0
                    spacing: Theme.spacing / 2
                    Badge {
                        text: page.service ? page.service.statusText : ""
                        tone: !page.service ? "grey" : page.service.openState === 0 ? "open"
                              : page.service.openState === 1 ? "amber" : "grey"
                    }
                    Badge {
                        visible: page.service !== null && page.service.unconfirmed
                        text: qsTr("Not confirmed")
                        tone: "verify"
                    }
                }
                // Staff see at once that what they read here is their own edit, not yet the
                // directory everyone else sees.
                Label {
                    objectName: "localEditNote"
                    width: parent ? parent.width : 0
                    readonly property string state: page.service ? page.service.localEdit : ""
                    visible: state !== ""
                    text: state === "pending"
                          ? qsTr("Your edit of this listing is saved on this device and will be sent at the next sync.")
                          : state === "conflict"
                          ? qsTr("Your edit of this listing conflicts with a newer version on the server: resolve it in My services.")
                          : qsTr("The server refused your edit of this listing: correct it or drop it in My services.")
                    color: Theme.amberText
                    wrapMode: Text.Wrap
                }
                ActionRow {
                    width: parent ? parent.width : 0
                    topPadding: Theme.spacing
                    detail: page.app.detail
                    sheet: page.app.sheet
                    recents: page.app.recents
                }
                // No number: never tell the worker to call; say what does reach them.
                Section {
                    objectName: "reachSection"
                    title: qsTr("How to reach them")
                    visible: page.service !== null && page.service.phoneNumbers.length === 0
                    Label {
                        width: parent ? parent.width : 0
                        wrapMode: Text.Wrap
                        text: qsTr("No phone number is known for this service.")
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && page.service.email !== ""
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        text: page.service ? qsTr("By email: %1").arg(page.service.email) : ""
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && page.service.website !== ""
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        text: page.service ? qsTr("Through their website: %1").arg(page.service.website) : ""
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && page.service.streetKnown
                        wrapMode: Text.Wrap
                        text: page.service ? qsTr("In person: %1").arg(page.service.address) : ""
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && page.service.email === ""
                                 && page.service.website === "" && !page.service.streetKnown
                        wrapMode: Text.Wrap
                        text: qsTr("No way to reach them is known yet.")
                    }
                }
                TouchButton {
                    objectName: "showQr"
                    text: qsTr("Show QR code")
                    Accessible.name: qsTr("Show a QR code the person can scan to save this contact")
                    onClicked: page.showQr()
                }

                Section {
                    title: qsTr("Opening hours")
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && !page.service.hoursKnown
                        text: page.service !== null && page.service.phoneNumbers.length > 0
                              ? qsTr("Hours unknown: call before going.")
                              : qsTr("Hours unknown: check with them before going.")
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: page.service ? page.service.hours : []
                        delegate: Label {
                            required property string modelData
                            width: parent ? parent.width : 0
                            text: modelData
                            wrapMode: Text.Wrap
                        }
                    }
                }
                Section {
                    title: qsTr("Conditions")
                    Label { width: parent ? parent.width : 0; wrapMode: Text.Wrap; text: page.service ? page.service.freeText : "" }
                    Label { width: parent ? parent.width : 0; wrapMode: Text.Wrap; text: page.service ? page.service.anonymousText : "" }
                    Label { width: parent ? parent.width : 0; wrapMode: Text.Wrap; text: page.service ? page.service.appointmentText : "" }
                    Label {
                        width: parent ? parent.width : 0
                        wrapMode: Text.Wrap
                        text: page.service ? qsTr("Languages: %1").arg(page.service.languagesText) : ""
                    }
                }
                Section {
                    title: qsTr("Contact")
                    Label {
                        width: parent ? parent.width : 0
                        wrapMode: Text.Wrap
                        text: !page.service ? "" : page.service.address !== ""
                              ? page.service.address : qsTr("Address unknown")
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && page.service.phoneNumbers.length === 0
                        text: qsTr("Phone unknown")
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: page.service ? page.service.phoneNumbers : []
                        delegate: Label {
                            required property string modelData
                            required property int index
                            width: parent ? parent.width : 0
                            wrapMode: Text.Wrap
                            readonly property string phoneLabel: page.service ? page.service.phoneLabels[index] || "" : ""
                            // A dash, not brackets: labels carry their own "(page non datée)".
                            text: phoneLabel !== "" ? qsTr("%1 — %2", "phone number — label").arg(modelData).arg(phoneLabel)
                                                    : modelData
                        }
                    }
                    Label {
                        width: parent ? parent.width : 0
                        text: !page.service ? "" : page.service.email !== ""
                              ? page.service.email : qsTr("Email unknown")
                        wrapMode: Text.WrapAnywhere
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: page.service !== null && page.service.website !== ""
                        text: page.service ? page.service.website : ""
                        wrapMode: Text.WrapAnywhere
                    }
                }
                Section {
                    title: qsTr("About")
                    visible: page.service !== null && page.service.description !== ""
                    Label {
                        width: parent ? parent.width : 0
                        text: page.service ? page.service.description : ""
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        width: parent ? parent.width : 0
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: page.service ? page.service.categories : []
                            delegate: Badge {
                                required property string modelData
                                text: modelData
                            }
                        }
                    }
                }
                Section {
                    title: qsTr("Verification")
                    Label {
                        objectName: "trustText"
                        width: parent ? parent.width : 0
                        wrapMode: Text.Wrap
                        color: page.service && page.service.unconfirmed ? Theme.amberText : Theme.text
                        text: page.service ? page.service.trustText : ""
                    }
                }
                // The research behind the listing, for whoever checks it: not for the person
                // being referred, so closed by default and marked internal.
                Column {
                    id: internal
                    objectName: "internalNotes"
                    property bool expanded: false
                    width: parent ? parent.width : 0
                    topPadding: Theme.spacing
                    spacing: Theme.spacing / 2
                    visible: page.service !== null
                             && (page.service.notes !== "" || page.service.sources.length > 0)
                    Connections {
                        target: page.app.detail
                        function onServiceIdChanged() { internal.expanded = false }
                    }
                    Item {
                        width: parent ? parent.width : 0
                        height: toggle.implicitHeight
                        TouchButton {
                            id: toggle
                            objectName: "internalNotesToggle"
                            width: parent.width - internalBadge.width - Theme.spacing
                            flat: true
                            leftPadding: 0
                            text: (internal.expanded ? "▾ " : "▸ ") + qsTr("Sources and notes (for checking)")
                            Accessible.name: qsTr("Sources and notes (for checking)")
                            Accessible.description: internal.expanded ? qsTr("Shown") : qsTr("Hidden")
                            contentItem: Label {
                                text: toggle.text
                                font: toggle.font
                                color: Theme.textSecondary
                                wrapMode: Text.Wrap
                                verticalAlignment: Text.AlignVCenter
                            }
                            onClicked: internal.expanded = !internal.expanded
                        }
                        Badge {
                            id: internalBadge
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("Internal")
                            tone: "grey"
                        }
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: internal.expanded
                        text: qsTr("Research notes and sources behind this listing, for staff who check it. Not meant for the person being referred.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.secondary
                        color: Theme.textSecondary
                    }
                    Label {
                        objectName: "notesText"
                        width: parent ? parent.width : 0
                        visible: internal.expanded && page.service !== null && page.service.notes !== ""
                        text: page.service ? page.service.notes : ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.secondary
                        color: Theme.textSecondary
                    }
                    Repeater {
                        model: internal.expanded && page.service ? page.service.sources : []
                        delegate: Label {
                            required property string modelData
                            width: parent ? parent.width : 0
                            text: modelData
                            elide: Text.ElideMiddle
                            font.pixelSize: Theme.secondary
                            color: Theme.textSecondary
                        }
                    }
                }
            }
        }
    }
}
