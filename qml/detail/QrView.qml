import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// "Show QR code": the open service as a contact the person saves with the phone's camera.
// Nothing is sent anywhere: the code holds the contact itself.
Popup {
    id: view
    required property AppContext app
    readonly property var detail: app.detail.detail

    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    modal: true
    focus: true
    padding: 2 * Theme.spacing
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: "#ffffff" }

    contentItem: ColumnLayout {
        spacing: 2 * Theme.spacing
        TouchButton {
            objectName: "closeQrView"
            text: qsTr("Close")
            Accessible.name: qsTr("Close the QR code")
            onClicked: view.close()
        }
        Label {
            Layout.fillWidth: true
            text: view.detail ? view.detail.name : ""
            color: "#000000"
            font.pixelSize: Theme.title
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Image {
            objectName: "qrImage"
            readonly property int side: Math.min(view.availableWidth, view.availableHeight - 220, 360)
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            source: view.detail ? "image://qr/" + encodeURIComponent(view.detail.vcard) : ""
            sourceSize: Qt.size(side, side)
            smooth: false
            fillMode: Image.PreserveAspectFit
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the contact")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Point the phone's camera at the code to save the contact: no number to type, nothing sent.")
            color: "#000000"
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Item { Layout.fillHeight: true }
    }
}
