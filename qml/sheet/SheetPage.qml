import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The referral sheet: the services picked, previewed exactly as they will print in the
// person's language, to save as PDF, send as text messages or show on the screen.
FocusScope {
    id: page
    required property AppContext app
    property bool showBack: false
    readonly property SheetController sheet: app.sheet
    signal back()

    function showToPerson() { personView.open() }

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
                text: qsTr("Referral sheet")
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The services to hand over, as they will print: contact details, hours and a QR code to save each contact. Nothing about the person is asked or kept.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            DetailSection {
                title: qsTr("Language of the sheet")
                ComboBox {
                    id: languagePicker
                    objectName: "sheetLanguagePicker"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 360
                    implicitHeight: Theme.touch
                    model: page.sheet.languages
                    textRole: "name"
                    valueRole: "code"
                    font.pixelSize: Theme.body
                    Accessible.name: qsTr("Language of the sheet")
                    Component.onCompleted: currentIndex = indexOfValue(page.sheet.sheetLanguage)
                    onActivated: page.sheet.sheetLanguage = currentValue
                    Connections {
                        target: page.sheet
                        function onSheetLanguageChanged() {
                            languagePicker.currentIndex = languagePicker.indexOfValue(page.sheet.sheetLanguage)
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.sheet.textLanguageDiffers
                    text: qsTr("Service names and descriptions exist in French, Dutch and English. Print them in:")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                }
                Flow {
                    Layout.fillWidth: true
                    visible: page.sheet.textLanguageDiffers
                    spacing: Theme.spacing
                    Repeater {
                        model: [{ code: "fr", name: "Français" }, { code: "nl", name: "Nederlands" },
                                { code: "en", name: "English" }]
                        delegate: RadioButton {
                            required property var modelData
                            implicitHeight: Theme.touch
                            text: modelData.name
                            checked: page.sheet.textLanguage === modelData.code
                            font.pixelSize: Theme.body
                            Accessible.name: qsTr("Service names in %1").arg(text)
                            onClicked: page.sheet.textLanguage = modelData.code
                        }
                    }
                }
            }

            DetailSection {
                title: qsTr("Services on the sheet")
                Label {
                    Layout.fillWidth: true
                    visible: page.sheet.count === 0
                    text: qsTr("No service yet. Open a service and choose “Add to sheet”.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                }
                Repeater {
                    model: page.sheet.services
                    delegate: Rectangle {
                        id: entry
                        required property string serviceId
                        required property string name
                        required property string organization
                        required property var phones
                        required property string address
                        required property var hours
                        required property bool noPhone
                        required property string vcard
                        Layout.fillWidth: true
                        implicitHeight: entryColumn.implicitHeight + 2 * Theme.spacing
                        color: Theme.surface
                        radius: Theme.radius

                        ColumnLayout {
                            id: entryColumn
                            x: Theme.spacing
                            y: Theme.spacing
                            width: parent.width - 2 * Theme.spacing
                            spacing: Theme.spacing / 2

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                ColumnLayout {
                                    Layout.fillWidth: true
                                    Layout.alignment: Qt.AlignTop
                                    spacing: 2
                                    Label {
                                        Layout.fillWidth: true
                                        text: entry.name
                                        font.bold: true
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: text !== ""
                                        text: entry.organization
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.secondary
                                        wrapMode: Text.Wrap
                                    }
                                    Badge {
                                        visible: entry.noPhone
                                        text: qsTr("No phone known")
                                        tone: "amber"
                                    }
                                    Repeater {
                                        model: entry.phones
                                        delegate: Label {
                                            required property string modelData
                                            Layout.fillWidth: true
                                            text: "☎ " + modelData
                                            wrapMode: Text.Wrap
                                        }
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: entry.address !== ""
                                        text: entry.address
                                        wrapMode: Text.Wrap
                                    }
                                    Label {
                                        Layout.fillWidth: true
                                        visible: entry.hours.length > 0
                                        text: entry.hours.join("\n")
                                        color: Theme.textSecondary
                                        font.pixelSize: Theme.secondary
                                        wrapMode: Text.Wrap
                                    }
                                }
                                Image {
                                    Layout.alignment: Qt.AlignTop
                                    Layout.preferredWidth: 96
                                    Layout.preferredHeight: 96
                                    source: "image://qr/" + encodeURIComponent(entry.vcard)
                                    sourceSize: Qt.size(96, 96)
                                    smooth: false
                                    fillMode: Image.PreserveAspectFit
                                    Accessible.role: Accessible.Graphic
                                    Accessible.name: qsTr("QR code to save %1 as a contact").arg(entry.name)
                                }
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                TouchButton {
                                    text: qsTr("Copy as text message")
                                    Accessible.name: qsTr("Copy %1 as a text message").arg(entry.name)
                                    onClicked: page.sheet.copyServiceText(entry.serviceId)
                                }
                                TouchButton {
                                    text: qsTr("Remove")
                                    Accessible.name: qsTr("Remove %1 from the sheet").arg(entry.name)
                                    onClicked: page.sheet.remove(entry.serviceId)
                                }
                            }
                        }
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing
                TouchButton {
                    primary: true
                    enabled: page.sheet.count > 0
                    text: qsTr("Show to the person")
                    Accessible.name: qsTr("Show the sheet on the screen in large print")
                    onClicked: page.showToPerson()
                }
                TouchButton {
                    enabled: page.sheet.count > 0 && !page.sheet.busy
                    text: qsTr("Save as PDF")
                    onClicked: page.sheet.exportPdf()
                }
                TouchButton {
                    enabled: page.sheet.count > 0
                    text: qsTr("Copy all as text messages")
                    Accessible.name: qsTr("Copy every service as a text message, to paste in SMS, WhatsApp or Signal")
                    onClicked: page.sheet.copyText()
                }
            }
            TouchButton {
                objectName: "clearSheet"
                visible: !confirmClear.visible
                enabled: page.sheet.count > 0
                flat: true
                text: qsTr("Clear sheet…")
                Accessible.name: qsTr("Remove every service from the sheet")
                onClicked: confirmClear.visible = true
            }
            // Clearing cannot be undone: it asks first, in place.
            Rectangle {
                id: confirmClear
                visible: false
                Layout.fillWidth: true
                implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacing
                color: Theme.amberBackground
                radius: Theme.radius
                ColumnLayout {
                    id: confirmColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Clear the sheet? Every service will be removed from the sheet.")
                        color: Theme.amberText
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TouchButton {
                            objectName: "confirmClearSheet"
                            text: qsTr("Clear")
                            Accessible.name: qsTr("Yes, remove every service from the sheet")
                            onClicked: { page.sheet.clear(); confirmClear.visible = false }
                        }
                        TouchButton {
                            text: qsTr("Cancel")
                            onClicked: confirmClear.visible = false
                        }
                    }
                }
            }
            Label {
                id: status
                Layout.fillWidth: true
                wrapMode: Text.WrapAnywhere
                color: page.sheet.errorText !== "" ? Theme.errorText : Theme.openText
                text: page.sheet.errorText !== "" ? page.sheet.errorText
                      : page.sheet.lastExport !== "" ? qsTr("Saved: %1").arg(page.sheet.lastExport)
                      : ""
                visible: text !== ""
                Connections {
                    target: page.sheet
                    function onTextCopied() { copiedNote.visible = true }
                }
            }
            TouchButton {
                objectName: "openSavedSheet"
                visible: page.sheet.errorText === "" && page.sheet.lastExport !== ""
                text: qsTr("Open to print")
                Accessible.name: qsTr("Open the saved PDF in the document viewer, to print it")
                onClicked: Qt.openUrlExternally(page.sheet.lastExportUrl)
            }
            Label {
                id: copiedNote
                visible: false
                text: qsTr("Copied. Paste it into a message on the work phone.")
                color: Theme.openText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    PersonView {
        id: personView
        sheet: page.sheet
    }
}
