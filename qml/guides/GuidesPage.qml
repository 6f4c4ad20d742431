import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Knowledge guides: the list, or one guide with its sections, the services it names, its
// sources, the date its facts were checked and its "not legal advice" line. One column, so it
// reads the same on a phone and on a projector.
FocusScope {
    id: page
    required property AppContext app
    readonly property GuideController guides: app.guides
    readonly property bool guideOpen: guides.guideId !== ""
    signal back()
    signal openService(string serviceId)

    Flickable {
        id: flick
        objectName: "guidesFlick"
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
            width: Math.min(flick.width - 4 * Theme.spacing, 900)
            spacing: Theme.spacing

            TouchButton {
                objectName: "guidesBack"
                text: page.guideOpen ? qsTr("‹ All guides") : qsTr("‹ Back")
                flat: true
                onClicked: page.guideOpen ? page.guides.close() : page.back()
            }
            Label {
                Layout.fillWidth: true
                text: page.guideOpen ? page.guides.title : qsTr("Guides")
                font.pixelSize: Theme.title
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: page.guides.errorText !== ""
                text: page.guides.errorText
                wrapMode: Text.Wrap
                color: Theme.text
            }

            // The list.
            Label {
                Layout.fillWidth: true
                visible: !page.guideOpen
                text: qsTr("Short sourced texts on the law and the practice behind a referral, readable offline. They inform; they are not legal advice.")
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
            Repeater {
                model: page.guides.guides
                delegate: Button {
                    id: pick
                    required property string guideId
                    required property string title
                    required property string summary
                    objectName: "guide_" + guideId
                    visible: !page.guideOpen
                    Layout.fillWidth: true
                    implicitHeight: Math.max(Theme.touch, pickColumn.implicitHeight + 2 * Theme.spacing)
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: title
                    Accessible.description: summary
                    background: Rectangle {
                        radius: Theme.radius
                        color: pick.down ? Theme.accentSoft : Theme.surface
                        border.color: pick.activeFocus ? Theme.focus : Theme.separator
                        border.width: pick.activeFocus ? 2 : 1
                    }
                    contentItem: ColumnLayout {
                        id: pickColumn
                        spacing: Theme.spacing / 2
                        Label {
                            Layout.fillWidth: true
                            text: pick.title
                            font.pixelSize: Theme.body
                            font.bold: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            leftPadding: Theme.spacing
                            rightPadding: Theme.spacing
                        }
                        Label {
                            Layout.fillWidth: true
                            text: pick.summary
                            font.pixelSize: Theme.secondary
                            wrapMode: Text.Wrap
                            color: Theme.textSecondary
                            leftPadding: Theme.spacing
                            rightPadding: Theme.spacing
                        }
                    }
                    onClicked: page.guides.open(guideId)
                }
            }

            // One guide.
            Label {
                Layout.fillWidth: true
                visible: page.guideOpen
                text: qsTr("Facts checked on %1").arg(page.guides.checkedOn)
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
                color: Theme.textSecondary
            }
            Label {
                Layout.fillWidth: true
                visible: page.guideOpen
                text: page.guides.summary
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Repeater {
                model: page.guides.sections
                delegate: ColumnLayout {
                    id: section
                    required property string title
                    required property var paragraphs
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: page.guideOpen
                    spacing: Theme.spacing / 2
                    Label {
                        Layout.fillWidth: true
                        text: section.title
                        font.pixelSize: Theme.body
                        font.bold: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Repeater {
                        model: section.paragraphs
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: modelData
                            wrapMode: Text.Wrap
                            color: Theme.text
                        }
                    }
                }
            }
            DetailSection {
                Layout.fillWidth: true
                visible: page.guideOpen && page.guides.services.count > 0
                title: qsTr("Services in the directory")
                Repeater {
                    model: page.guides.services
                    delegate: Rectangle {
                        id: card
                        required property string serviceId
                        required property string name
                        required property string organization
                        required property string why
                        required property bool available
                        objectName: "guideService_" + serviceId
                        Layout.fillWidth: true
                        implicitHeight: cardColumn.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: card.available ? Theme.separator : Theme.amberBorder
                        border.width: card.available ? 1 : 2
                        ColumnLayout {
                            id: cardColumn
                            x: Theme.spacing
                            y: Theme.spacing
                            width: card.width - 2 * Theme.spacing
                            spacing: Theme.spacing / 2
                            Label {
                                Layout.fillWidth: true
                                text: card.name
                                font.bold: true
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: card.organization !== "" && card.organization !== card.name
                                text: card.organization
                                color: Theme.textSecondary
                                font.pixelSize: Theme.secondary
                                wrapMode: Text.Wrap
                            }
                            Badge {
                                visible: !card.available
                                tone: "verify"
                                text: qsTr("Not in the current directory")
                            }
                            Label {
                                Layout.fillWidth: true
                                text: card.why
                                wrapMode: Text.Wrap
                                color: Theme.text
                            }
                            TouchButton {
                                visible: card.available
                                text: qsTr("Open")
                                Accessible.name: qsTr("Open %1").arg(card.name)
                                onClicked: page.openService(card.serviceId)
                            }
                        }
                    }
                }
            }
            DetailSection {
                Layout.fillWidth: true
                visible: page.guideOpen
                title: qsTr("Sources")
                Repeater {
                    model: page.guides.sources
                    delegate: Label {
                        required property string modelData
                        Layout.fillWidth: true
                        text: "• " + modelData
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: Theme.secondary
                        color: Theme.textSecondary
                    }
                }
            }
            Label {
                objectName: "guideNotice"
                Layout.fillWidth: true
                visible: page.guideOpen
                text: page.guides.notice
                font.bold: true
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                visible: page.guideOpen
                spacing: Theme.spacing
                TouchButton {
                    objectName: "guideFicheButton"
                    enabled: !page.app.trainer.exporting
                    text: qsTr("Memo sheet (PDF)")
                    Accessible.name: qsTr("Save this guide as a memo sheet (PDF)")
                    onClicked: page.app.trainer.exportFiche("guide:" + page.guides.guideId)
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.guideOpen && page.app.trainer.lastExport !== ""
                text: qsTr("Saved: %1").arg(page.app.trainer.lastExport)
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.secondary
                color: Theme.textSecondary
            }
        }
    }
}
