import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The window: one column on phones, list and detail side by side from 700 px.
ApplicationWindow {
    id: window
    required property AppContext app
    // Which screen besides the results: "search" (results, with the detail when one is open),
    // "sheet" or "settings". "detail" is accepted as "search" (the open service decides).
    // "trainer" and "guides" take the whole window.
    property string page: "search"
    // Where "guides" was opened from, to go back there.
    property string guidesFrom: "search"
    readonly property bool wide: width >= Theme.wideBreakpoint
    // Association staff's screens take the whole window.
    readonly property var staffPages: ["staff", "editor", "conflict"]
    readonly property bool staffView: staffPages.indexOf(page) >= 0
    readonly property bool fullView: page === "trainer" || page === "guides"
    readonly property string view: fullView || page === "sheet" || page === "settings" || staffView ? page
                                   : app.detail.serviceId !== "" ? "detail" : "search"

    width: 1280
    height: 800
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Relais")
    color: Theme.background
    font.pixelSize: Theme.body

    function openGuides(from) {
        guidesFrom = from
        page = "guides"
    }

    function goBack() {
        if (page === "guides") {
            if (app.guides.guideId !== "")
                app.guides.close()
            else
                page = guidesFrom
            return true
        }
        if (page === "trainer") {
            // Trainer mode: detail, then scenario, then out.
            if (app.detail.serviceId !== "")
                app.detail.close()
            else if (app.trainer.scenarioId !== "")
                app.trainer.closeScenario()
            else
                page = "search"
            return true
        }
        if (page === "editor" || page === "conflict") {
            page = "staff"
            return true
        } else if (page === "sheet" || page === "settings" || page === "staff") {
            page = "search"
        } else if (app.detail.serviceId !== "") {
            app.detail.close()
        } else {
            return false
        }
        searchPage.focusSearch()
        return true
    }

    Shortcut {
        sequences: [StandardKey.Find]
        onActivated: {
            if (!window.wide)
                window.goBack()
            window.page = "search"
            searchPage.focusSearch()
        }
    }
    Shortcut {
        sequence: "Esc"
        // The search field uses Esc first, to clear what was typed.
        enabled: window.page !== "search" || window.app.detail.serviceId !== ""
        onActivated: window.goBack()
    }

    header: ToolBar {
        padding: Theme.spacing / 2
        background: Rectangle {
            color: Theme.accent
        }
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacing
            anchors.rightMargin: Theme.spacing / 2
            spacing: Theme.spacing
            Label {
                text: qsTr("Relais")
                font.pixelSize: Theme.title
                font.bold: true
                color: Theme.textOnAccent
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: "dataAsOf"
                Layout.fillWidth: true
                // A projector needs no data date; the header keeps room for the demo mark.
                opacity: Theme.presentation ? 0 : 1
                // A short date that fits a phone: on two lines rather than cut.
                text: window.app.directory.errorText !== ""
                      ? window.app.directory.errorText
                      : qsTr("Data as of %1").arg(window.app.directory.dataAsOfShort)
                color: Theme.textOnAccent
                font.pixelSize: Theme.secondary
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Accessible.name: window.app.directory.errorText !== ""
                                 ? window.app.directory.errorText
                                 : qsTr("Data as of %1").arg(window.app.directory.dataAsOf)
            }
            HeaderButton {
                visible: window.app.login.organizationId !== "" && !Theme.presentation
                text: qsTr("My services")
                checked: window.staffView
                Accessible.name: qsTr("My services: those of your organisation")
                onClicked: window.page = window.staffView ? "search" : "staff"
            }
            DemoMark {
                visible: Theme.presentation
            }
            TrainerButton {
                objectName: "trainerButton"
                active: window.page === "trainer"
                onClicked: window.page = window.page === "trainer" ? "search" : "trainer"
            }
            HeaderButton {
                objectName: "settingsButton"
                // Presentation mode shows no account or server data.
                visible: !Theme.presentation
                text: qsTr("Settings")
                checked: window.page === "settings"
                Accessible.name: qsTr("Settings and sync")
                onClicked: window.page = window.page === "settings" ? "search" : "settings"
            }
        }
    }

    // Presentation mode (trainer): larger text and contrast everywhere; account screens leave.
    Binding {
        target: Theme
        property: "presentation"
        value: window.app.trainer.presentation
    }
    // Light or dark as set, or as the system is; text size on top of the system's.
    SystemPalette {
        id: systemPalette
    }
    Binding {
        target: Theme
        property: "dark"
        value: window.app.display.theme === "dark"
               || (window.app.display.theme === "system" && systemPalette.window.hslLightness < 0.5)
    }
    Binding {
        target: Theme
        property: "textScale"
        value: window.app.display.textScale
    }
    // Every control (fields, check boxes, menus) takes the theme's colours.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.background
    palette.alternateBase: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.textSecondary
    palette.mid: Theme.separator
    palette.light: Theme.surface
    palette.dark: Theme.separator
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    Connections {
        target: window.app.trainer
        function onPresentationChanged() {
            if (window.app.trainer.presentation && window.page !== "search" && window.page !== "sheet")
                window.page = "trainer"
        }
    }
    Connections {
        target: window.app.editor
        function onSaved() { window.page = "staff" }
    }
    Connections {
        target: window.app.conflict
        function onResolved() { window.page = "staff" }
    }

    // The open service's QR code over everything; `--page qr` opens it.
    QrView {
        id: qrView
        app: window.app
        onClosed: if (window.page === "qr") window.page = "search"
    }
    onPageChanged: if (page === "qr") qrView.open()

    footer: SheetTray {
        // Always shown: hiding the footer resizes the content, which the offscreen renderer
        // then leaves unpainted in screenshots.
        sheetShown: window.page === "sheet"
        sheet: window.app.sheet
        onOpenRequested: window.page = "sheet"
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        OfflineBanner {
            Layout.fillWidth: true
            visible: window.app.sync.offline
        }

        // Trainer mode takes the whole area. Anchored rather than a third column of the row:
        // Qt 6.4's RowLayout left it with no width when it appeared at start (a blank screen).
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                anchors.fill: parent
                visible: !window.fullView
                spacing: 0

                SearchPage {
                    id: searchPage
                    objectName: "searchPage"
                    app: window.app
                    wide: window.wide
                    focus: true
                    visible: !window.fullView
                             && ((window.wide && !window.staffView) || window.view === "search")
                    Layout.fillHeight: true
                    Layout.fillWidth: !window.wide
                    Layout.preferredWidth: window.wide ? Math.round(window.width * 0.4) : window.width
                    onOpened: window.page = "search"
                }
                Rectangle {
                    visible: window.wide && !window.fullView
                    Layout.fillHeight: true
                    width: 1
                    color: Theme.separator
                }
                StackLayout {
                    id: pane
                    visible: (window.wide || window.view !== "search") && !window.fullView
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: window.view === "detail" ? 0 : window.view === "sheet" ? 1
                                  : window.view === "settings" ? 2
                                  : window.staffView ? 4 + window.staffPages.indexOf(window.view) : 3

                    DetailPage {
                        objectName: "detailPage"
                        app: window.app
                        showBack: !window.wide
                        onBack: window.goBack()
                        onShowQr: qrView.open()
                    }
                    SheetPage {
                        objectName: "sheetPage"
                        app: window.app
                        showBack: !window.wide
                        onBack: window.goBack()
                    }
                    SettingsPage {
                        objectName: "settingsPage"
                        app: window.app
                        showBack: !window.wide
                        onBack: window.goBack()
                        onOpenStaff: window.page = "staff"
                        onOpenGuides: window.openGuides("settings")
                    }
                    Item {
                        Label {
                            anchors.centerIn: parent
                            width: parent.width - 8 * Theme.spacing
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: qsTr("Choose a service in the list to see everything about it.")
                            color: Theme.textSecondary
                        }
                    }
                    ListingsPage {
                        objectName: "listingsPage"
                        app: window.app
                        showBack: true
                        onBack: window.goBack()
                        onEdit: serviceId => { window.app.editor.open(serviceId); window.page = "editor" }
                        onCreate: { window.app.editor.create(); window.page = "editor" }
                        onResolve: serviceId => { window.app.conflict.open(serviceId); window.page = "conflict" }
                    }
                    EditorPage {
                        objectName: "editorPage"
                        app: window.app
                        onBack: window.page = "staff"
                    }
                    ConflictPage {
                        objectName: "conflictPage"
                        app: window.app
                        onBack: window.page = "staff"
                    }
                }
            }
            TrainerPage {
                objectName: "trainerPage"
                visible: window.view === "trainer"
                anchors.fill: parent
                app: window.app
                wide: window.wide
                onBack: window.goBack()
                onOpenGuides: window.openGuides("trainer")
            }
            GuidesPage {
                objectName: "guidesPage"
                visible: window.view === "guides"
                anchors.fill: parent
                app: window.app
                onBack: window.goBack()
                onOpenService: serviceId => {
                    window.app.detail.open(serviceId)
                    window.page = "search"
                }
            }
        }
    }
}
