import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// The listing editor: every field, checked as you type by the same rules as the server.
// Saving keeps the edit on this device at once; it is sent at the next sync.
FocusScope {
    id: page
    required property AppContext app
    readonly property EditorController editor: app.editor
    signal back()

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.bottomMargin: actions.height
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
                text: qsTr("‹ Back to my services")
                flat: true
                onClicked: { page.editor.close(); page.back() }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: page.editor.title
                    font.pixelSize: Theme.title
                    font.bold: true
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Badge {
                    visible: page.editor.listingState === "pending"
                    text: qsTr("Pending")
                    tone: "amber"
                }
            }
            Label {
                Layout.fillWidth: true
                text: page.editor.problemCount === 0
                      ? qsTr("Everything is in order. Your changes are kept on this device when you save, and sent at the next sync.")
                      : qsTr("%n field(s) need attention.", "", page.editor.problemCount)
                color: page.editor.problemCount === 0 ? Theme.textSecondary : Theme.errorText
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
            }
            Rectangle {
                visible: page.editor.refusalText !== ""
                Layout.fillWidth: true
                implicitHeight: refusal.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: Theme.errorBackground
                Label {
                    id: refusal
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    text: page.editor.refusalText
                    color: Theme.errorText
                    wrapMode: Text.Wrap
                }
            }
            Label {
                Layout.fillWidth: true
                visible: page.editor.listingState === "conflict"
                text: qsTr("This listing has a conflict: resolve it first, from My services.")
                color: Theme.errorText
                wrapMode: Text.Wrap
            }

            DetailSection {
                title: qsTr("Name")
                EditorField { editor: page.editor; key: "name.fr"; label: qsTr("In French") }
                EditorField { editor: page.editor; key: "name.nl"; label: qsTr("In Dutch") }
                EditorField { editor: page.editor; key: "name.en"; label: qsTr("In English") }
                Label {
                    objectName: "error_name"
                    Layout.fillWidth: true
                    readonly property string error: page.editor.revision >= 0 ? page.editor.errorFor("name") : ""
                    visible: error !== ""
                    text: "⚠ " + error
                    color: Theme.errorText
                    font.pixelSize: Theme.secondary
                    wrapMode: Text.Wrap
                }
            }
            DetailSection {
                visible: page.editor.creating
                title: qsTr("Identifier")
                EditorField {
                    editor: page.editor
                    key: "id"
                    hint: qsTr("Suggested from the name; it cannot change once sent.")
                    inputHints: Qt.ImhNoAutoUppercase | Qt.ImhLowercaseOnly
                }
            }
            DetailSection {
                title: qsTr("Description")
                EditorField { editor: page.editor; key: "description.fr"; label: qsTr("In French"); multiline: true }
                EditorField { editor: page.editor; key: "description.nl"; label: qsTr("In Dutch"); multiline: true }
                EditorField { editor: page.editor; key: "description.en"; label: qsTr("In English"); multiline: true }
            }
            DetailSection {
                title: qsTr("Categories")
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: page.app.directory.categories
                        delegate: CheckBox {
                            required property string key
                            required property string label
                            text: label
                            font.pixelSize: Theme.secondary
                            checked: page.editor.revision >= 0 && page.editor.hasCategory(key)
                            Accessible.name: label
                            onToggled: page.editor.setCategory(key, checked)
                        }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    readonly property string error: page.editor.revision >= 0 ? page.editor.errorFor("categories") : ""
                    visible: error !== ""
                    text: "⚠ " + error
                    color: Theme.errorText
                    font.pixelSize: Theme.secondary
                    wrapMode: Text.Wrap
                }
                EditorField {
                    editor: page.editor
                    key: "audience"
                    label: qsTr("For whom (tags, separated by commas)")
                    placeholder: "sex-workers, women, lgbtqi"
                }
            }
            DetailSection {
                title: qsTr("Contact")
                Repeater {
                    model: page.editor.phones
                    delegate: RowLayout {
                        id: phone
                        required property int index
                        required property string number
                        required property string label
                        required property string numberError
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            TextField {
                                objectName: "phone_" + phone.index
                                Layout.fillWidth: true
                                implicitHeight: Theme.touch
                                text: phone.number
                                placeholderText: "+32 2 123 45 67"
                                inputMethodHints: Qt.ImhDialableCharactersOnly
                                font.pixelSize: Theme.body
                                Accessible.name: qsTr("Phone number")
                                Accessible.description: phone.numberError
                                background: Rectangle {
                                    radius: Theme.radius
                                    border.width: phone.numberError !== "" ? 2 : 1
                                    border.color: phone.numberError !== "" ? Theme.errorText : Theme.separator
                                }
                                onTextEdited: page.editor.phones.setNumber(phone.index, text)
                            }
                            Label {
                                objectName: "phoneError_" + phone.index
                                Layout.fillWidth: true
                                visible: phone.numberError !== ""
                                text: "⚠ " + phone.numberError
                                color: Theme.errorText
                                font.pixelSize: Theme.secondary
                                wrapMode: Text.Wrap
                            }
                        }
                        TextField {
                            Layout.preferredWidth: Math.round(page.width * 0.35)
                            Layout.alignment: Qt.AlignTop
                            implicitHeight: Theme.touch
                            text: phone.label
                            placeholderText: qsTr("Label")
                            font.pixelSize: Theme.body
                            Accessible.name: qsTr("Label of this number")
                            onTextEdited: page.editor.phones.setLabel(phone.index, text)
                        }
                        ToolButton {
                            Layout.alignment: Qt.AlignTop
                            implicitWidth: Theme.touch
                            implicitHeight: Theme.touch
                            text: "✕"
                            Accessible.name: qsTr("Remove this number")
                            onClicked: page.editor.phones.removePhone(phone.index)
                        }
                    }
                }
                TouchButton {
                    text: qsTr("+ Add a phone number")
                    onClicked: page.editor.phones.addPhone()
                }
                EditorField {
                    editor: page.editor; key: "email"; label: qsTr("E-mail")
                    placeholder: "info@example.be"
                    inputHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                }
                EditorField {
                    editor: page.editor; key: "website"; label: qsTr("Website")
                    placeholder: "https://"
                    inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                }
            }
            DetailSection {
                title: qsTr("Address")
                EditorField { editor: page.editor; key: "address.street"; label: qsTr("Street and number") }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    EditorField { editor: page.editor; key: "address.postal_code"; label: qsTr("Postal code"); Layout.preferredWidth: 120; Layout.fillWidth: false }
                    EditorField { editor: page.editor; key: "address.municipality"; label: qsTr("Municipality") }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    EditorField { editor: page.editor; key: "address.lat"; label: qsTr("Latitude") }
                    EditorField { editor: page.editor; key: "address.lon"; label: qsTr("Longitude") }
                }
            }
            DetailSection {
                title: qsTr("Opening hours")
                HoursEditor { editor: page.editor }
            }
            DetailSection {
                title: qsTr("Conditions")
                // Languages are picked by name; the listing keeps their codes.
                ColumnLayout {
                    id: languagePicker
                    Layout.fillWidth: true
                    spacing: 2
                    readonly property var codes: page.editor.revision >= 0
                        ? page.editor.text("languages").split(/[,;\s]+/).filter(c => c !== "") : []
                    function toggle(code, on) {
                        const next = codes.filter(c => c !== code)
                        if (on)
                            next.push(code)
                        page.editor.setText("languages", next.join(", "))
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Languages spoken")
                        font.pixelSize: Theme.secondary
                        font.bold: true
                        wrapMode: Text.Wrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacing / 2
                        Repeater {
                            model: page.app.directory.spokenLanguages
                            delegate: CheckBox {
                                required property string key
                                required property string label
                                objectName: "language_" + key
                                text: label
                                font.pixelSize: Theme.secondary
                                checked: languagePicker.codes.indexOf(key) >= 0
                                Accessible.name: label
                                onToggled: languagePicker.toggle(key, checked)
                            }
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        readonly property string error: page.editor.revision >= 0 ? page.editor.errorFor("languages") : ""
                        text: error !== "" ? "⚠ " + error : qsTr("None ticked: languages unknown.")
                        color: error !== "" ? Theme.errorText : Theme.textSecondary
                        font.pixelSize: Theme.secondary
                        wrapMode: Text.Wrap
                    }
                }
                GridLayout {
                    Layout.fillWidth: true
                    columns: page.width > 560 ? 2 : 1
                    columnSpacing: Theme.spacing
                    Repeater {
                        model: [
                            { key: "free", label: qsTr("Free of charge"),
                              options: [["", qsTr("Unknown")], ["yes", qsTr("Yes")], ["no", qsTr("No")]] },
                            { key: "anonymous", label: qsTr("Anonymous"),
                              options: [["", qsTr("Unknown")], ["yes", qsTr("Yes")], ["no", qsTr("No")]] },
                            { key: "appointment", label: qsTr("Appointment"),
                              options: [["", qsTr("Unknown")], ["walk-in", qsTr("Walk-in, no appointment")],
                                        ["optional", qsTr("Appointment possible")], ["required", qsTr("Appointment required")]] },
                            { key: "confidence", label: qsTr("How sure are these facts"),
                              options: [["verified", qsTr("Verified")], ["partial", qsTr("Partly verified")],
                                        ["unverified", qsTr("Not verified")]] }
                        ]
                        delegate: ColumnLayout {
                            id: choiceField
                            required property var modelData
                            Layout.fillWidth: true
                            spacing: 2
                            Label {
                                Layout.fillWidth: true
                                text: choiceField.modelData.label
                                font.pixelSize: Theme.secondary
                                font.bold: true
                                wrapMode: Text.Wrap
                            }
                            ComboBox {
                                Layout.fillWidth: true
                                implicitHeight: Theme.touch
                                font.pixelSize: Theme.body
                                model: choiceField.modelData.options.map(o => o[1])
                                currentIndex: page.editor.revision >= 0
                                              ? choiceField.modelData.options.findIndex(o => o[0] === page.editor.choice(choiceField.modelData.key))
                                              : -1
                                Accessible.name: choiceField.modelData.label
                                onActivated: index => page.editor.setChoice(choiceField.modelData.key, choiceField.modelData.options[index][0])
                            }
                        }
                    }
                }
            }
            DetailSection {
                title: qsTr("Sources and notes")
                EditorField {
                    editor: page.editor; key: "sources"; multiline: true
                    label: qsTr("Sources (one per line)")
                }
                EditorField { editor: page.editor; key: "notes"; label: qsTr("Notes"); multiline: true }
                CheckBox {
                    id: markVerified
                    Layout.fillWidth: true
                    contentItem: Label {
                        text: markVerified.text
                        font: markVerified.font
                        wrapMode: Text.WordWrap
                        verticalAlignment: Text.AlignVCenter
                        leftPadding: markVerified.indicator.width + markVerified.spacing
                    }
                    text: qsTr("I checked this listing: mark it as verified today")
                    checked: page.editor.markVerified
                    font.pixelSize: Theme.body
                    Accessible.name: text
                    onToggled: page.editor.markVerified = checked
                }
            }
        }
    }

    Rectangle {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: actionRow.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        Rectangle { width: parent.width; height: 1; color: Theme.separator }
        RowLayout {
            id: actionRow
            x: 2 * Theme.spacing
            y: Theme.spacing
            width: parent.width - 4 * Theme.spacing
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: page.editor.errorText
                color: Theme.errorText
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
            }
            TouchButton {
                text: qsTr("Cancel")
                onClicked: { page.editor.close(); page.back() }
            }
            TouchButton {
                objectName: "saveButton"
                primary: true
                enabled: !page.editor.saving && page.editor.listingState !== "conflict"
                text: qsTr("Save")
                onClicked: page.editor.save()
            }
        }
    }
}
