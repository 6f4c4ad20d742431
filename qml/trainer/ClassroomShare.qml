import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// "Share with the class": this laptop serves the directory it shows to the participants' apps on
// the same network, with no internet and no account. The address is shown as text to type in
// settings → server address, and as a QR code.
DetailSection {
    id: share
    required property AppContext app
    readonly property ClassroomController classroom: app.classroom
    title: qsTr("Share with the class")

    Label {
        Layout.fillWidth: true
        text: qsTr("Participants on the same Wi-Fi sync this directory from this computer: no internet, no account. Nothing about them is kept.")
        wrapMode: Text.Wrap
        color: Theme.textSecondary
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: !share.classroom.sharing
        Label {
            height: Theme.touch
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Port")
            font.pixelSize: Theme.body
        }
        TextField {
            objectName: "classroomPort"
            width: 6 * Theme.body
            height: Theme.touch
            enabled: !share.classroom.busy
            text: share.classroom.port
            validator: IntValidator { bottom: 1024; top: 65535 }
            inputMethodHints: Qt.ImhDigitsOnly
            font.pixelSize: Theme.body
            Accessible.name: qsTr("Port of the class server")
            onEditingFinished: if (acceptableInput) share.classroom.port = parseInt(text)
        }
        TouchButton {
            objectName: "classroomStart"
            primary: true
            enabled: !share.classroom.busy
            text: share.classroom.busy ? qsTr("Starting…") : qsTr("Share with the class")
            onClicked: share.classroom.start()
        }
    }

    ColumnLayout {
        objectName: "classroomSharing"
        Layout.fillWidth: true
        visible: share.classroom.sharing
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: qsTr("In Relais, participants open Settings and enter this server address, then sync:")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        TextEdit {
            objectName: "classroomAddress"
            Layout.fillWidth: true
            text: share.classroom.address
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            font.pixelSize: Theme.title
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Server address: %1").arg(text)
        }
        Rectangle {
            readonly property int side: Math.min(share.width - 2 * Theme.spacing, 240)
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            color: "#ffffff" // a code reads best on white, in both themes
            Image {
                objectName: "classroomQr"
                anchors.fill: parent
                anchors.margins: Theme.spacing
                source: share.classroom.address !== ""
                        ? "image://qr/" + encodeURIComponent(share.classroom.address) : ""
                sourceSize: Qt.size(width, height)
                smooth: false
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of the server address")
            }
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("%n service(s) shared, as this computer shows them now. Stop sharing at the end of the class.", "", share.classroom.services)
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        TouchButton {
            objectName: "classroomStop"
            enabled: !share.classroom.busy
            text: share.classroom.busy ? qsTr("Stopping…") : qsTr("Stop sharing")
            onClicked: share.classroom.stop()
        }
    }

    Label {
        objectName: "classroomError"
        Layout.fillWidth: true
        visible: text !== ""
        text: share.classroom.errorText
        color: Theme.errorText
        wrapMode: Text.Wrap
    }
}
