import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// A titled group of facts on the detail screen.
ColumnLayout {
    id: section
    property string title
    default property alias content: body.data
    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        text: section.title
        font.pixelSize: Theme.secondary
        font.bold: true
        font.capitalization: Font.AllUppercase
        color: Theme.textSecondary
        // Elided rather than wrapped (a wrapped title in nested layouts keeps a stale height);
        // the full title stays its accessible name.
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
        Accessible.name: section.title
    }
    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
    }
}
