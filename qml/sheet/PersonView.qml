import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// "Show to the person": the sheet on the whole screen, in large black-on-white print, with a
// QR code per service to save the contact. Right to left for Arabic.
Popup {
    id: view
    required property SheetController sheet

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: "#ffffff" }
    contentItem: ColumnLayout {
        spacing: 0
        LayoutMirroring.enabled: view.sheet.rightToLeft
        LayoutMirroring.childrenInherit: true
        TouchButton {
            objectName: "closePersonView"
            Layout.margins: Theme.spacing
            text: qsTr("Close")
            Accessible.name: qsTr("Close the large view")
            onClicked: view.close()
        }
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: width
            contentHeight: services.implicitHeight + 4 * Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: services
                x: 2 * Theme.spacing
                width: flick.width - 4 * Theme.spacing
                spacing: 3 * Theme.spacing
                Repeater {
                    model: view.sheet.services
                    delegate: ColumnLayout {
                        id: service
                        required property string name
                        required property var phones
                        required property string address
                        required property var hours
                        required property string vcard
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Rectangle {
                            Layout.fillWidth: true
                            height: 2
                            color: "#000000"
                        }
                        Label {
                            Layout.fillWidth: true
                            text: service.name
                            color: "#000000"
                            font.pixelSize: Math.round(Theme.title * 1.3)
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: service.phones
                            delegate: Label {
                                required property string modelData
                                Layout.fillWidth: true
                                text: modelData
                                color: "#000000"
                                font.pixelSize: Math.round(Theme.title * 1.3)
                                wrapMode: Text.Wrap
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: service.address !== ""
                            text: service.address
                            color: "#000000"
                            font.pixelSize: Theme.title
                            wrapMode: Text.Wrap
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: service.hours.length > 0
                            text: service.hours.join("\n")
                            color: "#000000"
                            font.pixelSize: Theme.heading
                            wrapMode: Text.Wrap
                        }
                        Image {
                            Layout.preferredWidth: Math.min(240, services.width)
                            Layout.preferredHeight: Layout.preferredWidth
                            source: "image://qr/" + encodeURIComponent(service.vcard)
                            sourceSize: Qt.size(240, 240)
                            smooth: false
                            fillMode: Image.PreserveAspectFit
                            Accessible.role: Accessible.Graphic
                            Accessible.name: qsTr("QR code to save %1 as a contact").arg(service.name)
                        }
                    }
                }
            }
        }
    }
}
