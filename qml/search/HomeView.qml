import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The first screen, before anything is typed: pinned and recent services (this device only),
// the needs a person may come with, and the lines that answer day and night.
Flickable {
    id: home
    required property AppContext app
    signal opened(string serviceId)
    signal browseAll()

    readonly property RecentsController recents: app.recents
    // A projector shows no trace of what this device opened.
    readonly property bool showPersonal: !Theme.presentation

    contentWidth: width
    contentHeight: column.implicitHeight + 4 * Theme.spacing
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    function open(serviceId) {
        home.app.detail.open(serviceId)
        home.opened(serviceId)
    }

    component Heading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        font.pixelSize: Theme.secondary
        font.bold: true
        font.capitalization: Font.AllUppercase
        color: Theme.textSecondary
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        id: column
        x: 2 * Theme.spacing
        y: Theme.spacing
        width: home.width - 4 * Theme.spacing
        spacing: Theme.spacing

        Heading {
            objectName: "pinnedHeading"
            visible: home.showPersonal && home.recents.pinned.count > 0
            text: qsTr("Pinned")
        }
        ServiceLinks {
            Layout.fillWidth: true
            visible: home.showPersonal
            links: home.recents.pinned
            onOpened: serviceId => home.open(serviceId)
            onCallRequested: number => home.app.detail.dial(number)
        }
        RowLayout {
            Layout.fillWidth: true
            visible: home.showPersonal && home.recents.recent.count > 0
            spacing: Theme.spacing
            Heading {
                objectName: "recentHeading"
                text: qsTr("Recently opened")
            }
            TouchButton {
                objectName: "clearRecentsButton"
                flat: true
                text: qsTr("Clear")
                Accessible.name: qsTr("Clear the recently opened services")
                onClicked: home.recents.clearRecents()
            }
        }
        ServiceLinks {
            objectName: "recentLinks"
            Layout.fillWidth: true
            visible: home.showPersonal
            links: home.recents.recent
            onOpened: serviceId => home.open(serviceId)
            onCallRequested: number => home.app.detail.dial(number)
        }

        Heading {
            text: qsTr("What does the person need?")
        }
        NeedTiles {
            objectName: "needTiles"
            Layout.fillWidth: true
            categories: home.app.directory.categories
            onChosen: key => home.app.search.category = key
        }

        Heading {
            text: qsTr("Emergency and 24/7 lines")
        }
        ServiceLinks {
            objectName: "urgentLinks"
            Layout.fillWidth: true
            links: home.app.directory.urgentLines
            onOpened: serviceId => home.open(serviceId)
            onCallRequested: number => home.app.detail.dial(number)
        }

        TouchButton {
            objectName: "browseAllButton"
            Layout.topMargin: Theme.spacing
            flat: true
            text: qsTr("See all %n service(s)", "", home.app.directory.serviceCount)
            onClicked: home.browseAll()
        }
    }
}
