import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Search: one field, filters, the results as they come. Enter opens, arrows move.
FocusScope {
    id: page
    required property AppContext app
    property bool wide: false
    readonly property SearchController search: app.search
    // Nothing typed, no filter: the first screen (needs, 24/7 lines, recents) rather than an
    // alphabetical list, until "See all" is chosen.
    property bool browsing: false
    readonly property bool showHome: search.query === "" && search.activeFilterCount === 0
                                     && !browsing && app.directory.ready
    signal opened(string serviceId)

    Connections {
        target: page.search
        function onQueryChanged() { page.browsing = false }
        function onFiltersChanged() { page.browsing = false }
    }

    function focusSearch() { field.focusField() }
    function openCurrent() {
        if (list.count === 0 || page.showHome)
            return
        if (list.currentIndex < 0)
            list.currentIndex = 0
        const id = search.results.idAt(list.currentIndex)
        app.detail.open(id)
        page.opened(id)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing * 1.5
            spacing: Theme.spacing

            SearchField {
                id: field
                Layout.fillWidth: true
                focus: true
                text: page.search.query
                onEdited: text => page.search.query = text
                onAccepted: page.openCurrent()
                onDownPressed: {
                    if (list.count > 0 && !page.showHome) {
                        list.currentIndex = Math.max(0, list.currentIndex)
                        list.forceActiveFocus()
                    }
                }
            }
            FilterChips {
                Layout.fillWidth: true
                search: page.search
                directory: page.app.directory
            }
            Label {
                id: count
                visible: !page.showHome
                Layout.fillWidth: true
                text: page.search.errorText !== "" ? page.search.errorText
                      : page.search.truncated ? qsTr("First %n results", "", list.count)
                      : qsTr("%n result(s)", "", list.count)
                color: page.search.errorText !== "" ? Theme.errorText : Theme.textSecondary
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        // A municipality named where nothing matched: say so, never silently another place.
        Label {
            objectName: "placeNotFound"
            Layout.fillWidth: true
            Layout.leftMargin: 2 * Theme.spacing
            Layout.rightMargin: 2 * Theme.spacing
            visible: page.search.placeNotFound !== "" && list.count > 0
            text: qsTr("Nothing in %1; the nearest are shown.").arg(page.search.placeNotFound)
            color: Theme.amberText
            wrapMode: Text.Wrap
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.separator }

        HomeView {
            objectName: "homeView"
            visible: page.showHome
            Layout.fillWidth: true
            Layout.fillHeight: true
            app: page.app
            onOpened: serviceId => page.opened(serviceId)
            onBrowseAll: page.browsing = true
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !page.showHome

            ListView {
                id: list
                objectName: "resultList"
                anchors.fill: parent
                clip: true
                model: page.search.results
                currentIndex: -1
                // Cards are made as they scroll into view, never ahead of it: a card made ahead
                // (asynchronously) and a new result list while typing left the view cancelling
                // it by an index the model no longer has.
                cacheBuffer: 0
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Results")
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

                delegate: ResultCard {
                    selected: page.wide && serviceId === page.app.detail.serviceId
                    inSheet: page.app.sheet.count >= 0 && page.app.sheet.contains(serviceId)
                    onCallRequested: number => page.app.detail.dial(number)
                    onClicked: {
                        ListView.view.currentIndex = index
                        page.app.detail.open(serviceId)
                        page.opened(serviceId)
                    }
                }
                // On desktop the detail pane follows the keyboard selection.
                onCurrentIndexChanged: {
                    if (page.wide && activeFocus && currentIndex >= 0)
                        page.app.detail.open(page.search.results.idAt(currentIndex))
                }
                Keys.onReturnPressed: page.openCurrent()
                Keys.onEnterPressed: page.openCurrent()
                Keys.onUpPressed: function(event) {
                    if (currentIndex <= 0) {
                        field.focusField()
                    } else {
                        decrementCurrentIndex()
                    }
                }
            }

            // Nothing matched: scrolls on its own, over the empty list.
            Flickable {
                anchors.fill: parent
                visible: list.count === 0 && !page.search.busy && page.app.directory.ready
                contentWidth: width
                contentHeight: empty.implicitHeight + 4 * Theme.spacing
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                EmptyState {
                    id: empty
                    x: 2 * Theme.spacing
                    y: 2 * Theme.spacing
                    width: parent.width - 4 * Theme.spacing
                    search: page.search
                    categories: page.app.directory.categories
                }
            }
        }
    }
}
