import QtQuick
import QtQuick.Controls
import Relais

// One training scenario, revealed step by step: the situation, then each question, then the
// pitfalls, then each referral (open its detail, put it on the referral sheet).
// Column positioners, each child as wide as its column: Qt 6.4's nested ColumnLayouts kept
// wrapped texts at the height of an earlier width (the situation over the next heading).
Column {
    id: view
    required property AppContext app
    readonly property TrainerController trainer: app.trainer
    signal openService(string serviceId)
    spacing: Theme.spacing

    // A titled group (as DetailSection, for positioners).
    component Section: Column {
        id: section
        property string title
        width: parent ? parent.width : 0
        spacing: Theme.spacing / 2
        topPadding: Theme.spacing
        Label {
            width: section.width
            text: section.title
            font.pixelSize: Theme.secondary
            font.bold: true
            font.capitalization: Font.AllUppercase
            color: Theme.textSecondary
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: section.title
        }
    }

    TouchButton {
        objectName: "allScenariosButton"
        text: qsTr("‹ All scenarios")
        flat: true
        onClicked: view.trainer.closeScenario()
    }
    Label {
        width: parent ? parent.width : 0
        text: view.trainer.title
        font.pixelSize: Theme.title
        font.bold: true
        wrapMode: Text.Wrap
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        width: parent ? parent.width : 0
        text: qsTr("Training scenario: a fictional situation.")
        color: Theme.textSecondary
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
    }

    Section {
        title: qsTr("Situation")
        Label {
            objectName: "situationText"
            width: parent ? parent.width : 0
            text: view.trainer.situation
            wrapMode: Text.Wrap
            color: Theme.text
        }
    }

    Section {
        title: qsTr("Questions to ask, with care")
        visible: view.trainer.revealedQuestions > 0
        Repeater {
            model: view.trainer.questions
            delegate: Label {
                required property string modelData
                required property int index
                objectName: "question_" + index
                width: parent ? parent.width : 0
                visible: index < view.trainer.revealedQuestions
                text: qsTr("%1. %2", "number. question").arg(index + 1).arg(modelData)
                wrapMode: Text.Wrap
                color: Theme.text
            }
        }
    }

    Section {
        title: qsTr("Pitfalls to avoid")
        visible: view.trainer.pitfallsRevealed
        Repeater {
            model: view.trainer.pitfalls
            delegate: Label {
                required property string modelData
                width: parent ? parent.width : 0
                text: qsTr("• %1", "list item").arg(modelData)
                wrapMode: Text.Wrap
                color: Theme.text
            }
        }
    }

    Section {
        title: qsTr("Where to refer")
        visible: view.trainer.revealedReferrals > 0
        Label {
            objectName: "missingNote"
            width: parent ? parent.width : 0
            visible: view.trainer.missingReferrals > 0
            text: qsTr("%n service(s) of this scenario are not in the current directory (removed by a sync or an edit). Reset to the bundled directory to find them again.", "", view.trainer.missingReferrals)
            wrapMode: Text.Wrap
            color: Theme.amberText
            font.bold: true
        }
        Repeater {
            model: view.trainer.referrals
            delegate: Rectangle {
                id: card
                required property int index
                required property string serviceId
                required property string name
                required property string organization
                required property string why
                required property bool available
                objectName: "referral_" + serviceId
                width: parent ? parent.width : 0
                visible: index < view.trainer.revealedReferrals
                implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.surface
                border.color: card.available ? Theme.separator : Theme.amberBorder
                border.width: card.available ? 1 : 2

                Column {
                    id: cardColumn
                    x: Theme.spacing
                    y: Theme.spacing
                    width: card.width - 2 * Theme.spacing
                    spacing: Theme.spacing / 2
                    Label {
                        width: parent ? parent.width : 0
                        text: card.name
                        font.bold: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    Label {
                        width: parent ? parent.width : 0
                        visible: card.organization !== "" && card.organization !== card.name
                        text: card.organization
                        color: Theme.textSecondary
                        font.pixelSize: Theme.secondary
                        wrapMode: Text.Wrap
                    }
                    Badge {
                        objectName: "missingBadge"
                        visible: !card.available
                        tone: "verify"
                        text: qsTr("Not in the current directory")
                    }
                    Label {
                        width: parent ? parent.width : 0
                        text: card.why
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                    Flow {
                        width: parent ? parent.width : 0
                        spacing: Theme.spacing
                        visible: card.available
                        TouchButton {
                            objectName: "openReferral"
                            text: qsTr("Open")
                            Accessible.name: qsTr("Open %1").arg(card.name)
                            onClicked: view.openService(card.serviceId)
                        }
                        TouchButton {
                            objectName: "sheetReferral"
                            // Re-read whenever the sheet changes.
                            readonly property bool onSheet: view.app.sheet.count >= 0
                                                            && view.app.sheet.contains(card.serviceId)
                            text: onSheet ? qsTr("✓ On the sheet") : qsTr("Add to sheet")
                            Accessible.name: onSheet ? qsTr("Remove %1 from the sheet").arg(card.name)
                                                     : qsTr("Add %1 to the referral sheet").arg(card.name)
                            onClicked: view.app.sheet.toggle(card.serviceId)
                        }
                    }
                }
            }
        }
    }

    Flow {
        width: parent ? parent.width : 0
        topPadding: Theme.spacing
        spacing: Theme.spacing
        TouchButton {
            objectName: "revealNextButton"
            primary: true
            enabled: !view.trainer.allRevealed
            text: view.trainer.revealedQuestions === 0 ? qsTr("Show the questions")
                  : !view.trainer.pitfallsRevealed && view.trainer.revealedQuestions >= view.trainer.questions.length
                    ? qsTr("Show the pitfalls")
                  : view.trainer.pitfallsRevealed ? qsTr("Show the next referral")
                  : qsTr("Next question")
            onClicked: view.trainer.revealNext()
        }
        TouchButton {
            objectName: "revealAllButton"
            enabled: !view.trainer.allRevealed
            text: qsTr("Show everything")
            onClicked: view.trainer.revealAll()
        }
        TouchButton {
            text: qsTr("Start again")
            Accessible.name: qsTr("Hide the questions and referrals again")
            onClicked: view.trainer.restart()
        }
        TouchButton {
            objectName: "addAllButton"
            visible: view.trainer.revealedReferrals > 0
            text: qsTr("Add all to sheet")
            Accessible.name: qsTr("Put every referral of this scenario on the referral sheet")
            onClicked: view.trainer.addAllToSheet()
        }
        TouchButton {
            objectName: "scenarioFicheButton"
            enabled: !view.trainer.exporting
            text: qsTr("Memo sheet (PDF)")
            Accessible.name: qsTr("Save this scenario's memo sheet as PDF")
            onClicked: view.trainer.exportFiche(view.trainer.scenarioId)
        }
    }
}
