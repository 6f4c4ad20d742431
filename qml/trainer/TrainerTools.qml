import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Classroom tools: presentation mode, sharing the directory with the class, reset to the bundled
// directory (after confirmation) and the memo sheets per category.
ColumnLayout {
    id: tools
    required property AppContext app
    readonly property TrainerController trainer: app.trainer
    spacing: Theme.spacing

    DetailSection {
        title: qsTr("Presentation")
        Switch {
            objectName: "presentationSwitch"
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touch, implicitContentHeight)
            text: qsTr("Presentation mode: large text, high contrast, no account data")
            font.pixelSize: Theme.body
            checked: tools.trainer.presentation
            Accessible.name: text
            onToggled: tools.trainer.presentation = checked
        }
    }

    ClassroomShare {
        app: tools.app
    }

    DetailSection {
        title: qsTr("Start every class the same")
        Label {
            Layout.fillWidth: true
            text: qsTr("Reset puts back the directory shipped with the app: synced updates and local edits on this device are discarded.")
            wrapMode: Text.Wrap
            color: Theme.textSecondary
        }
        Flow {
            Layout.fillWidth: true
            TouchButton {
                objectName: "resetButton"
                enabled: !tools.trainer.resetting && !tools.app.sync.syncing
                text: tools.trainer.resetting ? qsTr("Resetting…") : qsTr("Reset to the bundled directory…")
                onClicked: confirmReset.opened = true
            }
        }
    }

    DetailSection {
        title: qsTr("Memo sheets (PDF, one page)")
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: tools.app.language.languages
                delegate: RadioButton {
                    required property string modelData
                    objectName: "ficheLanguage_" + modelData
                    implicitHeight: Theme.touch
                    text: tools.app.language.nativeName(modelData)
                    checked: tools.trainer.ficheLanguage === modelData
                    font.pixelSize: Theme.body
                    Accessible.name: qsTr("Memo sheets in %1").arg(text)
                    onClicked: tools.trainer.ficheLanguage = modelData
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ComboBox {
                id: category
                objectName: "ficheCategory"
                property string chosen: ""
                Layout.fillWidth: true
                implicitHeight: Theme.touch
                model: tools.app.directory.categories
                textRole: "label"
                valueRole: "key"
                font.pixelSize: Theme.body
                Accessible.name: qsTr("Category of the memo sheet")
                // The categories come with the directory, and again with each language: the box
                // keeps the one chosen (else shows the first) rather than going blank.
                function reselect() {
                    const kept = chosen !== "" ? indexOfValue(chosen) : -1
                    currentIndex = kept >= 0 ? kept : (count > 0 ? 0 : -1)
                }
                onActivated: chosen = currentValue
                onCountChanged: Qt.callLater(reselect)
                Component.onCompleted: reselect()
                Connections {
                    target: tools.app.directory.categories
                    function onModelReset() { Qt.callLater(category.reselect) }
                }
            }
            TouchButton {
                objectName: "categoryFicheButton"
                enabled: !tools.trainer.exporting && category.currentValue !== undefined
                text: qsTr("Save PDF")
                Accessible.name: qsTr("Save the memo sheet of %1 as PDF").arg(category.currentText)
                onClicked: tools.trainer.exportFiche(category.currentValue)
            }
        }
    }

    Label {
        objectName: "trainerStatus"
        Layout.fillWidth: true
        visible: text !== ""
        text: tools.trainer.errorText !== "" ? tools.trainer.errorText : tools.trainer.statusText
        color: tools.trainer.errorText !== "" ? Theme.errorText : Theme.openText
        wrapMode: Text.WrapAnywhere
    }

    // The confirmation, in place: nothing is discarded until "Reset" is pressed here.
    Rectangle {
        id: confirmReset
        objectName: "confirmResetDialog"
        property bool opened: false
        Layout.fillWidth: true
        visible: opened
        implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.amberBackground
        border.color: Theme.amberBorder
        border.width: 2
        Accessible.role: Accessible.AlertMessage
        Accessible.name: confirmTitle.text

        ColumnLayout {
            id: confirmColumn
            x: Theme.spacing
            y: Theme.spacing
            width: confirmReset.width - 2 * Theme.spacing
            spacing: Theme.spacing
            Label {
                id: confirmTitle
                Layout.fillWidth: true
                text: qsTr("Reset the directory?")
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Synced updates and every local edit on this device will be discarded. The directory shipped with the app comes back. The referral sheet is kept.")
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TouchButton {
                    objectName: "confirmResetButton"
                    primary: true
                    text: qsTr("Reset")
                    onClicked: {
                        confirmReset.opened = false
                        tools.trainer.resetDirectory()
                    }
                }
                TouchButton {
                    objectName: "cancelResetButton"
                    text: qsTr("Cancel")
                    onClicked: confirmReset.opened = false
                }
            }
        }
    }
}
