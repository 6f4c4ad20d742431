import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Opening hours, structured: each range has its days, opening and closing times, an explicit
// "past midnight" and a note; several ranges may share a day (e.g. 9–12 and 14–17).
ColumnLayout {
    id: root
    required property ServiceForm form
    spacing: Theme.spacing
    Layout.fillWidth: true

    readonly property var dayNames: [qsTr("Mo", "Monday, short"), qsTr("Tu", "Tuesday, short"),
        qsTr("We", "Wednesday, short"), qsTr("Th", "Thursday, short"),
        qsTr("Fr", "Friday, short"), qsTr("Sa", "Saturday, short"), qsTr("Su", "Sunday, short")]
    readonly property var dayFullNames: [qsTr("Monday"), qsTr("Tuesday"), qsTr("Wednesday"),
        qsTr("Thursday"), qsTr("Friday"), qsTr("Saturday"), qsTr("Sunday")]

    CheckBox {
        objectName: "hoursKnown"
        text: qsTr("The opening hours are known")
        checked: root.form.hoursKnown
        font.pixelSize: Theme.body
        Accessible.name: text
        onToggled: root.form.hoursKnown = checked
    }
    Label {
        Layout.fillWidth: true
        visible: !root.form.hoursKnown
        text: qsTr("Shown as \"Hours unknown\". Nothing is guessed.")
        color: Theme.textSecondary
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
    }

    Repeater {
        model: root.form.hoursKnown ? root.form.hours : null
        delegate: Rectangle {
            id: range
            required property int index
            required property int days
            required property string opens
            required property string closes
            required property string note
            required property bool pastMidnight
            required property string daysError
            required property string opensError
            required property string closesError
            required property string noteError
            Layout.fillWidth: true
            implicitHeight: rangeColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.width: 1
            border.color: range.daysError + range.opensError + range.closesError + range.noteError !== ""
                          ? Theme.errorText : Theme.separator

            ColumnLayout {
                id: rangeColumn
                x: Theme.spacing
                y: Theme.spacing
                width: range.width - 2 * Theme.spacing
                spacing: Theme.spacing / 2

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: 7
                        delegate: Button {
                            required property int index
                            readonly property bool on: (range.days >> index) & 1
                            implicitWidth: Theme.touch
                            implicitHeight: Theme.touch
                            checkable: true
                            checked: on
                            text: root.dayNames[index]
                            font.pixelSize: Theme.secondary
                            palette.button: on ? Theme.accent : Theme.background
                            palette.buttonText: on ? Theme.textOnAccent : Theme.text
                            Accessible.name: root.dayFullNames[index]
                            onToggled: root.form.hours.setDay(range.index, index, checked)
                        }
                    }
                }
                FieldError { error: range.daysError }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label { text: qsTr("From"); font.pixelSize: Theme.secondary }
                    TextField {
                        objectName: "opens_" + range.index
                        Layout.preferredWidth: 84
                        implicitHeight: Theme.touch
                        text: range.opens
                        placeholderText: "09:00"
                        inputMethodHints: Qt.ImhPreferNumbers
                        font.pixelSize: Theme.body
                        Accessible.name: qsTr("Opens at")
                        onTextEdited: root.form.hours.setOpens(range.index, text)
                    }
                    Label { text: qsTr("to"); font.pixelSize: Theme.secondary }
                    TextField {
                        objectName: "closes_" + range.index
                        Layout.preferredWidth: 84
                        implicitHeight: Theme.touch
                        text: range.closes
                        placeholderText: "17:00"
                        inputMethodHints: Qt.ImhPreferNumbers
                        font.pixelSize: Theme.body
                        Accessible.name: qsTr("Closes at")
                        onTextEdited: root.form.hours.setCloses(range.index, text)
                    }
                    CheckBox {
                        text: qsTr("Past midnight")
                        checked: range.pastMidnight
                        font.pixelSize: Theme.secondary
                        Accessible.name: qsTr("Closes the next day, past midnight")
                        onToggled: root.form.hours.setPastMidnight(range.index, checked)
                    }
                    Item { Layout.fillWidth: true }
                    ToolButton {
                        implicitWidth: Theme.touch
                        implicitHeight: Theme.touch
                        text: "✕"
                        Accessible.name: qsTr("Remove this range")
                        ToolTip.visible: hovered
                        ToolTip.text: Accessible.name
                        onClicked: root.form.hours.removeRange(range.index)
                    }
                }
                FieldError {
                    objectName: "hoursError_" + range.index
                    error: [range.opensError, range.closesError].filter(e => e !== "").join(" ")
                }
                TextField {
                    Layout.fillWidth: true
                    implicitHeight: Theme.touch
                    text: range.note
                    placeholderText: qsTr("Note, e.g. \"women only\" or \"except school holidays\"")
                    font.pixelSize: Theme.secondary
                    Accessible.name: qsTr("Note on this range")
                    onTextEdited: root.form.hours.setNote(range.index, text)
                }
                FieldError { error: range.noteError }
            }
        }
    }
    FieldError { error: root.form.errors.hours }
    TouchButton {
        visible: root.form.hoursKnown
        text: qsTr("+ Add a range")
        onClicked: root.form.hours.addRange()
    }
}
