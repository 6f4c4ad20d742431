import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The referral sheet: the services picked, in the person's language, to print or share.
FocusScope {
    id: page
    required property AppContext app
    property bool showBack: false
    readonly property SheetController sheet: app.sheet
    signal back()

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
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The services to hand over, with their contact details and hours. Nothing about the person is asked or kept.")
                color: Theme.textSecondary
                wrapMode: Text.Wrap
            }

            DetailSection {
                title: qsTr("Language of the sheet")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: page.app.language.languages
                        delegate: RadioButton {
                            required property string modelData
                            objectName: "sheetLanguage_" + modelData
                            implicitHeight: Theme.touch
                            text: page.app.language.nativeName(modelData)
                            checked: page.sheet.sheetLanguage === modelData
                            font.pixelSize: Theme.body
                            Accessible.name: qsTr("Sheet in %1").arg(text)
                            onClicked: page.sheet.sheetLanguage = modelData
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
                    delegate: RowLayout {
                        id: entry
                        required property string serviceId
                        required property string name
                        required property string organization
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                Layout.fillWidth: true
                                text: entry.name
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            Label {
                                Layout.fillWidth: true
                                text: entry.organization
                                color: Theme.textSecondary
                                font.pixelSize: Theme.secondary
                                elide: Text.ElideRight
                            }
                        }
                        TouchButton {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1 from the sheet").arg(entry.name)
                            onClicked: page.sheet.remove(entry.serviceId)
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
                    enabled: page.sheet.count > 0 && !page.sheet.busy
                    text: qsTr("Save as PDF")
                    onClicked: page.sheet.exportPdf()
                }
                TouchButton {
                    enabled: page.sheet.count > 0
                    text: qsTr("Copy as text")
                    Accessible.name: qsTr("Copy the sheet as text, to paste in a message")
                    onClicked: page.sheet.copyText()
                }
                TouchButton {
                    enabled: page.sheet.count > 0
                    text: qsTr("Clear sheet")
                    Accessible.name: qsTr("Remove every service from the sheet")
                    onClicked: page.sheet.clear()
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
            Label {
                id: copiedNote
                visible: false
                text: qsTr("Copied. Paste it into a message or a document.")
                color: Theme.openText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
