import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// A conflict, field by field: your version beside the server's. Keep yours, take the
// server's, or choose per field; the result is sent on top of the server's version.
FocusScope {
    id: page
    required property AppContext app
    readonly property ConflictController conflict: app.conflict
    signal back()

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.bottomMargin: actions.height
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
                text: qsTr("‹ Back to my services")
                flat: true
                onClicked: { page.conflict.close(); page.back() }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Conflict: %1").arg(page.conflict.title)
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: page.conflict.summary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.conflict.canMerge
                text: qsTr("%n field(s) differ. For each, choose the version to keep.", "", page.conflict.differences)
                color: Theme.textSecondary
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: page.conflict.errorText !== ""
                text: page.conflict.errorText
                color: Theme.errorText
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.conflict.canMerge
                spacing: Theme.spacing
                Item { Layout.preferredWidth: Math.round(column.width * 0.2) }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Your version (this device)")
                    font.bold: true
                    font.pixelSize: Theme.secondary
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Server's version")
                    font.bold: true
                    font.pixelSize: Theme.secondary
                    wrapMode: Text.Wrap
                }
            }
            Repeater {
                model: page.conflict.fields
                delegate: Rectangle {
                    id: row
                    required property int index
                    required property string label
                    required property string mine
                    required property string theirs
                    required property bool differs
                    required property bool useMine
                    Layout.fillWidth: true
                    visible: row.differs || showSame.checked
                    implicitHeight: rowLayout.implicitHeight + Theme.spacing
                    color: row.differs ? Theme.amberBackground : "transparent"
                    radius: Theme.radius

                    RowLayout {
                        id: rowLayout
                        x: Theme.spacing / 2
                        y: Theme.spacing / 2
                        width: row.width - Theme.spacing
                        spacing: Theme.spacing
                        Label {
                            Layout.preferredWidth: Math.round(column.width * 0.2)
                            Layout.alignment: Qt.AlignTop
                            text: row.label
                            font.bold: true
                            font.pixelSize: Theme.secondary
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: [true, false]
                            delegate: RadioButton {
                                id: side
                                required property bool modelData
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                Layout.alignment: Qt.AlignTop
                                enabled: row.differs
                                checked: row.differs && row.useMine === modelData
                                indicator.visible: row.differs
                                leftPadding: row.differs ? indicator.width + Theme.spacing : 0
                                font.pixelSize: Theme.secondary
                                Accessible.name: (modelData ? qsTr("Keep your %1: %2") : qsTr("Take the server's %1: %2")).arg(row.label).arg(text)
                                text: modelData ? row.mine : row.theirs
                                contentItem: Label {
                                    leftPadding: side.leftPadding
                                    text: side.text
                                    font: side.font
                                    wrapMode: Text.Wrap
                                    color: Theme.text
                                }
                                onClicked: page.conflict.choose(row.index, modelData)
                            }
                        }
                    }
                }
            }
            CheckBox {
                id: showSame
                visible: page.conflict.canMerge
                text: qsTr("Also show the fields that are the same")
                font.pixelSize: Theme.secondary
                Accessible.name: text
            }
        }
    }

    Rectangle {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: actionFlow.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.separator }
        Flow {
            id: actionFlow
            x: 2 * Theme.spacing
            y: Theme.spacing
            width: parent.width - 4 * Theme.spacing
            spacing: Theme.spacing
            layoutDirection: Qt.RightToLeft
            TouchButton {
                objectName: "applyMerge"
                visible: page.conflict.canMerge
                primary: true
                text: qsTr("Use my choices")
                onClicked: page.conflict.applyMerge()
            }
            TouchButton {
                objectName: "keepMine"
                text: qsTr("Keep mine")
                onClicked: page.conflict.keepMine()
            }
            TouchButton {
                objectName: "takeTheirs"
                text: qsTr("Take the server's")
                onClicked: page.conflict.takeTheirs()
            }
        }
    }
}
