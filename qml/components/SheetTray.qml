import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The referral sheet, always within reach: how many services are on it, and a way there.
ToolBar {
    id: tray
    required property SheetController sheet
    property bool sheetShown: false
    signal openRequested()
    padding: Theme.spacing / 2
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Referral sheet")

    background: Rectangle {
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.separator }
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: tray.sheet.count === 0
                  ? qsTr("Referral sheet: empty")
                  : qsTr("Referral sheet: %n service(s)", "", tray.sheet.count)
            font.pixelSize: Theme.body
            elide: Text.ElideRight
        }
        TouchButton {
            text: qsTr("Open sheet")
            Accessible.name: qsTr("Open the referral sheet")
            primary: tray.sheet.count > 0
            enabled: !tray.sheetShown
            onClicked: tray.openRequested()
        }
    }
}
