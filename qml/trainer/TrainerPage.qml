import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Trainer mode: the list of case scenarios and the classroom tools, or one scenario; a
// referral opens in the usual detail screen (beside the scenario when the window is wide).
FocusScope {
    id: page
    required property AppContext app
    property bool wide: true
    readonly property TrainerController trainer: app.trainer
    readonly property bool detailShown: app.detail.serviceId !== ""
    signal back()
    signal openGuides()

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            id: flick
            objectName: "trainerFlick"
            visible: page.wide || !page.detailShown
            Layout.fillHeight: true
            Layout.fillWidth: !(page.wide && page.detailShown)
            Layout.preferredWidth: page.wide && page.detailShown ? Math.round(page.width * 0.55)
                                                                  : page.width
            contentWidth: width
            contentHeight: column.implicitHeight + 4 * Theme.spacing
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: column
                x: 2 * Theme.spacing
                y: 2 * Theme.spacing
                width: Math.min(flick.width - 4 * Theme.spacing, 1100)
                spacing: Theme.spacing

                // The back button above the title, not beside it: on a phone in presentation
                // mode the title would have no room left but to break inside its words.
                ColumnLayout {
                    Layout.fillWidth: true
                    visible: page.trainer.scenarioId === ""
                    spacing: Theme.spacing
                    TouchButton {
                        visible: !page.wide
                        text: qsTr("‹ Back to results")
                        flat: true
                        onClicked: page.back()
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Training: case scenarios")
                        font.pixelSize: Theme.title
                        font.bold: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.trainer.scenarioId === ""
                    text: qsTr("Pick a situation, ask the class which questions and referrals fit, then reveal them step by step. Scenarios are fictional; the services are those of the directory.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                }

                Repeater {
                    // A fixed model: swapping it would delete items while the layout uses them.
                    model: page.trainer.scenarios
                    delegate: Button {
                        id: pick
                        required property string scenarioId
                        required property string title
                        required property int index
                        objectName: "scenario_" + scenarioId
                        visible: page.trainer.scenarioId === ""
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, pickLabel.implicitHeight + 2 * Theme.spacing)
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: title
                        background: Rectangle {
                            radius: Theme.radius
                            color: pick.down ? Theme.accentSoft : Theme.surface
                            border.color: pick.activeFocus ? Theme.focus : Theme.separator
                            border.width: pick.activeFocus ? 2 : 1
                        }
                        contentItem: Label {
                            id: pickLabel
                            text: qsTr("%1. %2", "number. scenario title").arg(pick.index + 1).arg(pick.title)
                            font.pixelSize: Theme.body
                            font.bold: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            leftPadding: Theme.spacing
                            rightPadding: Theme.spacing
                            verticalAlignment: Text.AlignVCenter
                        }
                        onClicked: page.trainer.openScenario(scenarioId)
                    }
                }

                ScenarioView {
                    id: scenarioView
                    Layout.fillWidth: true
                    visible: page.trainer.scenarioId !== ""
                    app: page.app
                    onOpenService: serviceId => page.app.detail.open(serviceId)
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: page.trainer.scenarioId === ""
                    text: qsTr("Guides")
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Repeater {
                    model: page.app.guides.guides
                    delegate: Button {
                        id: guidePick
                        required property string guideId
                        required property string title
                        objectName: "trainerGuide_" + guideId
                        visible: page.trainer.scenarioId === ""
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch, guideLabel.implicitHeight + 2 * Theme.spacing)
                        focusPolicy: Qt.StrongFocus
                        Accessible.name: qsTr("Guide: %1").arg(title)
                        background: Rectangle {
                            radius: Theme.radius
                            color: guidePick.down ? Theme.accentSoft : Theme.surface
                            border.color: guidePick.activeFocus ? Theme.focus : Theme.separator
                            border.width: guidePick.activeFocus ? 2 : 1
                        }
                        // Wrapped, never cut: guide titles run long in French and Dutch.
                        contentItem: Label {
                            id: guideLabel
                            text: guidePick.title
                            font.pixelSize: Theme.body
                            wrapMode: Text.Wrap
                            color: Theme.text
                            leftPadding: Theme.spacing
                            rightPadding: Theme.spacing
                            verticalAlignment: Text.AlignVCenter
                        }
                        onClicked: {
                            page.app.guides.open(guideId)
                            page.openGuides()
                        }
                    }
                }

                TrainerTools {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: page.trainer.scenarioId === ""
                    app: page.app
                }
            }
        }

        Rectangle {
            visible: page.wide && page.detailShown
            Layout.fillHeight: true
            width: 1
            color: Theme.separator
        }

        DetailPage {
            id: detail
            objectName: "trainerDetail"
            visible: page.detailShown
            Layout.fillWidth: true
            Layout.fillHeight: true
            app: page.app
            showBack: true
            onBack: page.app.detail.close()
        }
    }
}
