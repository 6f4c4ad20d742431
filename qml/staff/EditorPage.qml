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
    readonly property ServiceForm form: editor.form
    readonly property var answers: [[ServiceForm.AnswerUnknown, qsTr("Unknown")],
        [ServiceForm.Yes, qsTr("Yes")], [ServiceForm.No, qsTr("No")]]
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
                text: page.form.problemCount === 0
                      ? qsTr("Everything is in order. Your changes are kept on this device when you save, and sent at the next sync.")
                      : qsTr("%n field(s) need attention.", "", page.form.problemCount)
                color: page.form.problemCount === 0 ? Theme.textSecondary : Theme.errorText
                font.pixelSize: Theme.secondary
                wrapMode: Text.Wrap
            }
            FieldError { objectName: "error_other"; error: page.form.errors.other }
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
                EditorField {
                    key: "name.fr"; label: qsTr("In French")
                    value: page.form.nameFr; error: page.form.errors.nameFr
                    onEdited: text => page.form.nameFr = text
                }
                EditorField {
                    key: "name.nl"; label: qsTr("In Dutch")
                    value: page.form.nameNl; error: page.form.errors.nameNl
                    onEdited: text => page.form.nameNl = text
                }
                EditorField {
                    key: "name.en"; label: qsTr("In English")
                    value: page.form.nameEn; error: page.form.errors.nameEn
                    onEdited: text => page.form.nameEn = text
                }
                FieldError { objectName: "error_name"; error: page.form.errors.name }
            }
            DetailSection {
                visible: page.editor.creating
                title: qsTr("Identifier")
                EditorField {
                    key: "id"
                    value: page.form.serviceId; error: page.form.errors.serviceId
                    onEdited: text => page.form.serviceId = text
                    hint: qsTr("Suggested from the name; it cannot change once sent.")
                    inputHints: Qt.ImhNoAutoUppercase | Qt.ImhLowercaseOnly
                }
            }
            DetailSection {
                title: qsTr("Description")
                EditorField {
                    key: "description.fr"; label: qsTr("In French"); multiline: true
                    value: page.form.descriptionFr; error: page.form.errors.descriptionFr
                    onEdited: text => page.form.descriptionFr = text
                }
                EditorField {
                    key: "description.nl"; label: qsTr("In Dutch"); multiline: true
                    value: page.form.descriptionNl; error: page.form.errors.descriptionNl
                    onEdited: text => page.form.descriptionNl = text
                }
                EditorField {
                    key: "description.en"; label: qsTr("In English"); multiline: true
                    value: page.form.descriptionEn; error: page.form.errors.descriptionEn
                    onEdited: text => page.form.descriptionEn = text
                }
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
                            checked: page.form.categories.indexOf(key) >= 0
                            Accessible.name: label
                            onToggled: page.form.setCategory(key, checked)
                        }
                    }
                }
                FieldError { error: page.form.errors.categories }
                EditorField {
                    key: "audience"
                    value: page.form.audience; error: page.form.errors.audience
                    onEdited: text => page.form.audience = text
                    label: qsTr("For whom (tags, separated by commas)")
                    placeholder: "sex-workers, women, lgbtqi"
                }
            }
            DetailSection {
                title: qsTr("Contact")
                Repeater {
                    model: page.form.phones
                    delegate: RowLayout {
                        id: phone
                        required property int index
                        required property string number
                        required property string label
                        required property string numberError
                        required property string labelError
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
                                onTextEdited: page.form.phones.setNumber(phone.index, text)
                            }
                            FieldError {
                                objectName: "phoneError_" + phone.index
                                error: [phone.numberError, phone.labelError].filter(e => e !== "").join(" ")
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
                            onTextEdited: page.form.phones.setLabel(phone.index, text)
                        }
                        ToolButton {
                            Layout.alignment: Qt.AlignTop
                            implicitWidth: Theme.touch
                            implicitHeight: Theme.touch
                            text: "✕"
                            Accessible.name: qsTr("Remove this number")
                            onClicked: page.form.phones.removePhone(phone.index)
                        }
                    }
                }
                FieldError { error: page.form.errors.phones }
                TouchButton {
                    text: qsTr("+ Add a phone number")
                    onClicked: page.form.phones.addPhone()
                }
                EditorField {
                    key: "email"; label: qsTr("E-mail")
                    value: page.form.email; error: page.form.errors.email
                    onEdited: text => page.form.email = text
                    placeholder: "info@example.be"
                    inputHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                }
                EditorField {
                    key: "website"; label: qsTr("Website")
                    value: page.form.website; error: page.form.errors.website
                    onEdited: text => page.form.website = text
                    placeholder: "https://"
                    inputHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                }
            }
            DetailSection {
                title: qsTr("Address")
                EditorField {
                    key: "address.street"; label: qsTr("Street and number")
                    value: page.form.street; error: page.form.errors.street
                    onEdited: text => page.form.street = text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    EditorField {
                        key: "address.postal_code"; label: qsTr("Postal code")
                        Layout.preferredWidth: 120; Layout.fillWidth: false
                        value: page.form.postalCode; error: page.form.errors.postalCode
                        onEdited: text => page.form.postalCode = text
                    }
                    EditorField {
                        key: "address.municipality"; label: qsTr("Municipality")
                        value: page.form.municipality; error: page.form.errors.municipality
                        onEdited: text => page.form.municipality = text
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    EditorField {
                        key: "address.lat"; label: qsTr("Latitude")
                        value: page.form.latitude; error: page.form.errors.latitude
                        onEdited: text => page.form.latitude = text
                    }
                    EditorField {
                        key: "address.lon"; label: qsTr("Longitude")
                        value: page.form.longitude; error: page.form.errors.longitude
                        onEdited: text => page.form.longitude = text
                    }
                }
            }
            DetailSection {
                title: qsTr("Opening hours")
                HoursEditor { form: page.form }
            }
            DetailSection {
                title: qsTr("Conditions")
                // Languages are picked by name; the listing keeps their codes.
                ColumnLayout {
                    id: languagePicker
                    Layout.fillWidth: true
                    spacing: 2
                    readonly property var codes: page.form.languages
                    function toggle(code, on) {
                        const next = codes.filter(c => c !== code)
                        if (on)
                            next.push(code)
                        page.form.languages = next
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
                        readonly property string error: page.form.errors.languages
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
                    ChoiceField {
                        key: "free"
                        label: qsTr("Free of charge")
                        options: page.answers
                        value: page.form.free
                        onChosen: value => page.form.free = value
                    }
                    ChoiceField {
                        key: "anonymous"
                        label: qsTr("Anonymous")
                        options: page.answers
                        value: page.form.anonymous
                        onChosen: value => page.form.anonymous = value
                    }
                    ChoiceField {
                        key: "appointment"
                        label: qsTr("Appointment")
                        options: [[ServiceForm.VisitUnknown, qsTr("Unknown")],
                                  [ServiceForm.WalkIn, qsTr("Walk-in, no appointment")],
                                  [ServiceForm.AppointmentPossible, qsTr("Appointment possible")],
                                  [ServiceForm.AppointmentRequired, qsTr("Appointment required")]]
                        value: page.form.appointment
                        onChosen: value => page.form.appointment = value
                    }
                    ChoiceField {
                        key: "confidence"
                        label: qsTr("How sure are these facts")
                        options: [[ServiceForm.Verified, qsTr("Verified")],
                                  [ServiceForm.PartlyVerified, qsTr("Partly verified")],
                                  [ServiceForm.NotVerified, qsTr("Not verified")]]
                        value: page.form.confidence
                        onChosen: value => page.form.confidence = value
                    }
                }
            }
            DetailSection {
                title: qsTr("Sources and notes")
                EditorField {
                    key: "sources"; multiline: true
                    label: qsTr("Sources (one per line)")
                    value: page.form.sources; error: page.form.errors.sources
                    onEdited: text => page.form.sources = text
                }
                EditorField {
                    key: "notes"; label: qsTr("Notes"); multiline: true
                    value: page.form.notes; error: page.form.errors.notes
                    onEdited: text => page.form.notes = text
                }
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
                    checked: page.form.markVerified
                    font.pixelSize: Theme.body
                    Accessible.name: text
                    onToggled: page.form.markVerified = checked
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
