import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Nothing matched: never a dead end. Offers the closest known words and the filters to drop.
// The typed words are not repeated back.
ColumnLayout {
    id: root
    required property SearchController search
    required property OptionModel categories
    spacing: Theme.spacing

    function filterLabel(name) {
        switch (name) {
        case "category": return qsTr("Category")
        case "municipality": return qsTr("Commune")
        case "language": return qsTr("Language spoken")
        case "audience": return qsTr("Audience")
        case "free": return qsTr("Free")
        case "anonymous": return qsTr("Anonymous")
        case "walk-in": return qsTr("Walk-in")
        case "open-at": return qsTr("Open now")
        }
        return name
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("No service matches this search.")
        font.pixelSize: Theme.heading
        font.bold: true
        wrapMode: Text.Wrap
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        visible: root.search.suggestions.length > 0
        text: qsTr("Did you mean:")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.search.suggestions
            delegate: TouchButton {
                required property string modelData
                text: modelData
                Accessible.name: qsTr("Search for %1").arg(modelData)
                onClicked: root.search.query = modelData
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.search.suggestedCategories.length > 0
        text: qsTr("Look in a category:")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.search.suggestedCategories
            delegate: TouchButton {
                required property string modelData
                text: root.categories.labelFor(modelData)
                Accessible.name: qsTr("Show the category %1").arg(text)
                onClicked: {
                    root.search.query = ""
                    root.search.category = modelData
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.search.relaxableFilters.length > 0
        text: qsTr("Results exist without these filters:")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            model: root.search.relaxableFilters
            delegate: TouchButton {
                required property string modelData
                text: qsTr("Remove “%1”").arg(root.filterLabel(modelData))
                onClicked: root.search.relax(modelData)
            }
        }
    }
    TouchButton {
        visible: root.search.activeFilterCount > 0 && root.search.relaxableFilters.length === 0
        text: qsTr("Reset filters")
        onClicked: root.search.resetFilters()
    }
    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: qsTr("Or start from what the person needs:")
        color: Theme.textSecondary
        wrapMode: Text.Wrap
    }
    NeedTiles {
        objectName: "emptyNeedTiles"
        Layout.fillWidth: true
        categories: root.categories
        onChosen: key => {
            root.search.resetFilters()
            root.search.query = ""
            root.search.category = key
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Tip: try another word, or a word in French, Dutch or English.")
        color: Theme.textSecondary
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
    }
}
