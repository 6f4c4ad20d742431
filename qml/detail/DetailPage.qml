import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Every fact about one service, in the fixed order; unknowns said as unknown.
FocusScope {
    id: page
    required property AppContext app
    property bool showBack: false
    readonly property ServiceDetail service: app.detail.detail
    signal back()
    signal showQr()

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

            ColumnLayout {
                Layout.fillWidth: true
                visible: page.service !== null
                spacing: Theme.spacing

                Label {
                    Layout.fillWidth: true
                    text: page.service ? page.service.name : ""
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Label {
                    Layout.fillWidth: true
                    text: page.service ? (page.service.municipality !== ""
                          ? qsTr("%1 · %2", "organisation · commune").arg(page.service.organization).arg(page.service.municipality)
                          : page.service.organization) : ""
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "otherNames"
                    Layout.fillWidth: true
                    visible: page.service !== null && page.service.otherNames !== ""
                    text: page.service ? qsTr("Also known as: %1").arg(page.service.otherNames) : ""
                    font.pixelSize: Theme.secondary
                    color: Theme.textSecondary
                    wrapMode: Text.Wrap
                }
                Flow {
                    Layout.fillWidth: true
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
                    Layout.fillWidth: true
                    readonly property string state: page.service ? page.service.localEdit : ""
                    visible: state !== ""
                    text: state === "pending"
                          ? qsTr("Your edit of this listing is saved on this device and will be sent at the next sync.")
                          : state === "conflict"
                          ? qsTr("Your edit of this listing conflicts with a newer version on the server: resolve it in My listings.")
                          : qsTr("The server refused your edit of this listing: correct it or drop it in My listings.")
                    color: Theme.amberText
                    wrapMode: Text.Wrap
                }
                ActionRow {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    detail: page.app.detail
                    sheet: page.app.sheet
                }
                TouchButton {
                    objectName: "showQr"
                    text: qsTr("Show QR code")
                    Accessible.name: qsTr("Show a QR code the person can scan to save this contact")
                    onClicked: page.showQr()
                }

                DetailSection {
                    title: qsTr("Opening hours")
                    Label {
                        Layout.fillWidth: true
                        visible: page.service !== null && !page.service.hoursKnown
                        text: qsTr("Hours unknown: call before going.")
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: page.service ? page.service.hours : []
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: modelData
                            wrapMode: Text.Wrap
                        }
                    }
                }
                DetailSection {
                    title: qsTr("Conditions")
                    Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.service ? page.service.freeText : "" }
                    Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.service ? page.service.anonymousText : "" }
                    Label { Layout.fillWidth: true; wrapMode: Text.Wrap; text: page.service ? page.service.appointmentText : "" }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: page.service ? qsTr("Languages: %1").arg(page.service.languagesText) : ""
                    }
                }
                DetailSection {
                    title: qsTr("Contact")
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: !page.service ? "" : page.service.address !== ""
                              ? page.service.address : qsTr("Address unknown")
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.service !== null && page.service.phoneNumbers.length === 0
                        text: qsTr("Phone unknown")
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: page.service ? page.service.phoneNumbers : []
                        delegate: Label {
                            required property string modelData
                            required property int index
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            readonly property string phoneLabel: page.service ? page.service.phoneLabels[index] || "" : ""
                            text: phoneLabel !== "" ? qsTr("%1 (%2)", "phone number (label)").arg(modelData).arg(phoneLabel)
                                                    : modelData
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: !page.service ? "" : page.service.email !== ""
                              ? page.service.email : qsTr("Email unknown")
                        wrapMode: Text.WrapAnywhere
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: page.service !== null && page.service.website !== ""
                        text: page.service ? page.service.website : ""
                        wrapMode: Text.WrapAnywhere
                    }
                }
                DetailSection {
                    title: qsTr("About")
                    visible: page.service !== null && page.service.description !== ""
                    Label {
                        Layout.fillWidth: true
                        text: page.service ? page.service.description : ""
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
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
                DetailSection {
                    title: qsTr("Notes")
                    visible: page.service !== null && page.service.notes !== ""
                    Label {
                        Layout.fillWidth: true
                        text: page.service ? page.service.notes : ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.secondary
                        color: Theme.textSecondary
                    }
                }
                DetailSection {
                    title: qsTr("Verification and sources")
                    Label {
                        objectName: "trustText"
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: page.service && page.service.unconfirmed ? Theme.amberText : Theme.text
                        text: page.service ? page.service.trustText : ""
                    }
                    Repeater {
                        model: page.service ? page.service.sources : []
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
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
