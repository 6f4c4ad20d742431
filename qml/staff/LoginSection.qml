import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Relais

// Staff login in the settings: server address, user, password. The session is kept on this
// device only for the user (never in the settings); logging out forgets it.
DetailSection {
    id: root
    required property AppContext app
    readonly property LoginController login: app.login
    signal openListings()
    title: qsTr("Association staff")

    Label {
        Layout.fillWidth: true
        visible: root.login.loggedIn
        text: qsTr("Logged in as %1 for %2.").arg(root.login.user).arg(root.login.organizationName)
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: !root.login.loggedIn && !root.login.sessionExpired
        text: qsTr("Staff of an association log in to keep their own listings correct.")
        color: Theme.textSecondary
        font.pixelSize: Theme.secondary
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "loginError"
        Layout.fillWidth: true
        visible: root.login.errorText !== ""
        text: root.login.errorText
        color: Theme.errorText
        wrapMode: Text.Wrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: !root.login.loggedIn
        spacing: Theme.spacing / 2
        Label { text: qsTr("Server address"); font.bold: true; font.pixelSize: Theme.secondary }
        TextField {
            id: server
            objectName: "loginServer"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            // Filled once: a binding would wipe what the person typed whenever the
            // controllers report a change (e.g. a failed login).
            Component.onCompleted: text = root.app.sync.serverUrl
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            font.pixelSize: Theme.body
            Accessible.name: qsTr("Server address")
        }
        Label { text: qsTr("User name"); font.bold: true; font.pixelSize: Theme.secondary }
        TextField {
            id: user
            objectName: "loginUser"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            Component.onCompleted: text = root.login.user
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            font.pixelSize: Theme.body
            Accessible.name: qsTr("User name")
        }
        Label { text: qsTr("Password"); font.bold: true; font.pixelSize: Theme.secondary }
        TextField {
            id: password
            objectName: "loginPassword"
            Layout.fillWidth: true
            implicitHeight: Theme.touch
            echoMode: TextInput.Password
            font.pixelSize: Theme.body
            Accessible.name: qsTr("Password")
            onAccepted: loginButton.clicked()
        }
        TouchButton {
            id: loginButton
            objectName: "loginButton"
            primary: true
            enabled: !root.login.busy
            text: root.login.busy ? qsTr("Logging in…") : qsTr("Log in")
            onClicked: {
                root.login.login(server.text, user.text, password.text)
                password.text = ""
            }
        }
    }
    RowLayout {
        visible: root.login.loggedIn || root.login.sessionExpired
        spacing: Theme.spacing
        TouchButton {
            objectName: "openListings"
            primary: true
            text: qsTr("My services")
            onClicked: root.openListings()
        }
        TouchButton {
            objectName: "logoutButton"
            visible: root.login.loggedIn
            text: qsTr("Log out")
            onClicked: root.login.logout()
        }
    }
}
