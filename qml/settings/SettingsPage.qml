import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Settings and sync: UI language, the directory's freshness, the sync server.
FocusScope {
    id: page
    required property AppContext app
    property bool showBack: false
    signal back()
    signal openStaff()
    signal openGuides()

    Flickable {
        id: flick
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
            width: flick.width - 4 * Theme.spacing
            spacing: Theme.spacing

            TouchButton {
                visible: page.showBack
                text: qsTr("‹ Back to results")
                flat: true
                onClicked: page.back()
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Settings")
                font.pixelSize: Theme.title
                font.bold: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            DetailSection {
                title: qsTr("Where do you work?")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Services in this municipality and its neighbours come first. Kept on this device only.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.secondary
                }
                ComboBox {
                    id: home
                    objectName: "homeMunicipality"
                    Layout.fillWidth: true
                    Layout.maximumWidth: 24 * Theme.spacing
                    implicitHeight: Theme.touch
                    // "Ixelles / Elsene": the setting keeps the French name.
                    readonly property var names: page.app.search.brusselsMunicipalities()
                    model: [qsTr("Not set")].concat(names)
                    currentIndex: names.findIndex(n => n.split(" / ")[0] === page.app.search.homeMunicipality) + 1
                    Accessible.name: qsTr("Where do you work?")
                    onActivated: function(index) {
                        page.app.search.homeMunicipality = index === 0 ? "" : names[index - 1].split(" / ")[0]
                    }
                }
            }

            DetailSection {
                title: qsTr("Language of the app")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: page.app.language.languages
                        delegate: RadioButton {
                            required property string modelData
                            objectName: "uiLanguage_" + modelData
                            implicitHeight: Theme.touch
                            text: page.app.language.nativeName(modelData)
                            checked: page.app.language.language === modelData
                            font.pixelSize: Theme.body
                            Accessible.name: text
                            onClicked: page.app.language.language = modelData
                        }
                    }
                }
            }

            DetailSection {
                title: qsTr("Directory and sync")
                SyncStatus {
                    Layout.fillWidth: true
                    sync: page.app.sync
                    directory: page.app.directory
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    text: qsTr("Server address")
                    font.bold: true
                }
                TextField {
                    id: server
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: page.app.sync.serverUrl
                    placeholderText: "https://"
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    font.pixelSize: Theme.body
                    Accessible.name: qsTr("Server address")
                    onEditingFinished: page.app.sync.serverUrl = text
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sync only downloads the directory. Searches and referral sheets never leave this device.")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.secondary
                    wrapMode: Text.Wrap
                }
            }

            LoginSection {
                app: page.app
                onOpenListings: page.openStaff()
            }

            DetailSection {
                title: qsTr("Display")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Colours")
                    font.bold: true
                    font.pixelSize: Theme.secondary
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [["system", qsTr("As the system")], ["light", qsTr("Light")], ["dark", qsTr("Dark")]]
                        delegate: RadioButton {
                            required property var modelData
                            objectName: "theme_" + modelData[0]
                            implicitHeight: Theme.touch
                            text: modelData[1]
                            font.pixelSize: Theme.body
                            checked: page.app.display.theme === modelData[0]
                            Accessible.name: qsTr("Colours: %1").arg(text)
                            onClicked: page.app.display.theme = modelData[0]
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Text size")
                    font.bold: true
                    font.pixelSize: Theme.secondary
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: [[1, qsTr("As the system")], [1.15, qsTr("Large")], [1.3, qsTr("Larger")], [1.5, qsTr("Largest")]]
                        delegate: RadioButton {
                            required property var modelData
                            objectName: "textScale_" + Math.round(modelData[0] * 100)
                            implicitHeight: Theme.touch
                            text: modelData[1]
                            font.pixelSize: Theme.body
                            checked: Math.abs(page.app.display.textScale - modelData[0]) < 0.01
                            Accessible.name: qsTr("Text size: %1").arg(text)
                            onClicked: page.app.display.textScale = modelData[0]
                        }
                    }
                }
            }

            DetailSection {
                title: qsTr("Recently opened services")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("The first screen lists the services you opened last, and those you pinned. Kept on this device only, never synced or sent.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.secondary
                }
                Switch {
                    objectName: "recentsSwitch"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: qsTr("Remember the services I open")
                    font.pixelSize: Theme.body
                    checked: page.app.recents.enabled
                    Accessible.name: text
                    onToggled: page.app.recents.enabled = checked
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TouchButton {
                        objectName: "settingsClearRecents"
                        enabled: page.app.recents.recent.count > 0
                        text: qsTr("Clear recently opened")
                        onClicked: page.app.recents.clearRecents()
                    }
                    TouchButton {
                        enabled: page.app.recents.pinned.count > 0
                        text: qsTr("Unpin all")
                        onClicked: page.app.recents.clearPinned()
                    }
                }
            }

            DetailSection {
                title: qsTr("Guides")
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Professional secrecy, the legal framework of sex work, signs of exploitation: short sourced texts, readable offline.")
                    wrapMode: Text.Wrap
                    color: Theme.textSecondary
                    font.pixelSize: Theme.secondary
                }
                TouchButton {
                    objectName: "openGuidesButton"
                    text: qsTr("Open the guides")
                    onClicked: page.openGuides()
                }
            }
        }
    }
}
