import QtQuick
import QtQuick.Controls
import Relais

// One scrollable row of filters; active ones come first, and "Reset" appears when any is on.
ListView {
    id: root
    required property SearchController search
    required property DirectoryController directory

    orientation: ListView.Horizontal
    spacing: Theme.spacing
    implicitHeight: Theme.touch
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    keyNavigationEnabled: false
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Filters")

    readonly property var keys: ["openNow", "free", "anonymous", "walkIn", "category",
                                 "municipality", "language"]

    function isActive(key) {
        switch (key) {
        case "openNow": return search.openNow
        case "free": return search.freeOnly
        case "anonymous": return search.anonymousOnly
        case "walkIn": return search.walkInOnly
        case "category": return search.category !== ""
        case "municipality": return search.municipality !== ""
        case "language": return search.spokenLanguage !== ""
        }
        return false
    }

    function label(key) {
        switch (key) {
        case "openNow": return qsTr("Open now")
        case "free": return qsTr("Free")
        case "anonymous": return qsTr("Anonymous")
        case "walkIn": return qsTr("Walk-in")
        case "category":
            return search.category === "" ? qsTr("Category ▾")
                                          : directory.categories.labelFor(search.category) + "  ✕"
        case "municipality":
            return search.municipality === "" ? qsTr("Commune ▾") : search.municipality + "  ✕"
        case "language":
            return search.spokenLanguage === ""
                    ? qsTr("Language spoken ▾")
                    : directory.spokenLanguages.labelFor(search.spokenLanguage) + "  ✕"
        }
        return key
    }

    function toggle(key, chip) {
        switch (key) {
        case "openNow": search.openNow = !search.openNow; break
        case "free": search.freeOnly = !search.freeOnly; break
        case "anonymous": search.anonymousOnly = !search.anonymousOnly; break
        case "walkIn": search.walkInOnly = !search.walkInOnly; break
        case "category":
            if (search.category !== "") search.category = ""
            else chooser.openFor(key, directory.categories, qsTr("Category"), chip)
            break
        case "municipality":
            if (search.municipality !== "") search.municipality = ""
            else chooser.openFor(key, directory.municipalities, qsTr("Commune"), chip)
            break
        case "language":
            if (search.spokenLanguage !== "") search.spokenLanguage = ""
            else chooser.openFor(key, directory.spokenLanguages, qsTr("Language spoken"), chip)
            break
        }
    }

    model: {
        // Read every filter so the order updates when one changes.
        const on = keys.filter(k => isActive(k))
        const off = keys.filter(k => !isActive(k))
        // "Reset" right after the active chips, where it is seen without scrolling.
        return on.length > 0 ? on.concat(["reset"], off) : off
    }

    delegate: FilterChip {
        id: chip
        required property string modelData
        objectName: "chip_" + modelData
        active: modelData !== "reset" && root.isActive(modelData)
        text: modelData === "reset" ? qsTr("Reset filters") : root.label(modelData)
        Accessible.description: modelData === "reset" ? qsTr("Turns every filter off")
                                                      : (active ? qsTr("On") : qsTr("Off"))
        onClicked: modelData === "reset" ? root.search.resetFilters() : root.toggle(modelData, chip)
    }

    Popup {
        id: chooser
        property string key
        property string heading
        property alias options: list.model
        parent: Overlay.overlay
        modal: true
        focus: true
        width: Math.min(360, (parent ? parent.width : 360) - 2 * Theme.spacing)
        height: Math.min(list.contentHeight + header.height + 3 * Theme.spacing,
                         (parent ? parent.height : 600) * 0.7)
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? (parent.height - height) / 3 : 0
        padding: Theme.spacing

        function openFor(filterKey, optionModel, title, chip) {
            key = filterKey
            heading = title
            options = optionModel
            open()
            list.currentIndex = 0
            list.forceActiveFocus()
        }

        function choose(value) {
            if (key === "category") root.search.category = value
            else if (key === "municipality") root.search.municipality = value
            else if (key === "language") root.search.spokenLanguage = value
            close()
        }

        Label {
            id: header
            text: chooser.heading
            font.pixelSize: Theme.heading
            font.bold: true
            width: parent.width
            elide: Text.ElideRight
        }
        ListView {
            id: list
            anchors.top: header.bottom
            anchors.topMargin: Theme.spacing
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            clip: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: chooser.heading
            delegate: ItemDelegate {
                required property string key
                required property string label
                required property int index
                width: ListView.view.width
                implicitHeight: Theme.touch
                text: label
                font.pixelSize: Theme.body
                highlighted: ListView.isCurrentItem
                Accessible.name: label
                onClicked: chooser.choose(key)
                Keys.onReturnPressed: chooser.choose(key)
                Keys.onEnterPressed: chooser.choose(key)
            }
            ScrollIndicator.vertical: ScrollIndicator {}
        }
    }
}
