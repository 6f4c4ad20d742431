import QtQuick
import QtTest
import Relais

// Association staff through the real screens, against a real server on loopback: log in from
// the settings, see "My listings", edit with validation as you type, the edit marked pending in
// the search results, sent at the next sync; then a colleague's concurrent edit, the conflict
// screen, and keeping one's own version. Each test sets up what it needs (logged in or not, a
// listing, an edit waiting), so any one of them runs alone and in any order.
TestCase {
    id: test
    name: "Staff"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: settingsComponent
        SettingsPage { width: 760; height: 800; app: testApp }
    }
    Component {
        id: listingsComponent
        ListingsPage { width: 760; height: 800; app: testApp }
    }
    Component {
        id: editorComponent
        EditorPage { width: 760; height: 800; app: testApp }
    }
    Component {
        id: conflictComponent
        ConflictPage { width: 760; height: 800; app: testApp }
    }
    Component {
        id: searchComponent
        SearchPage { width: 520; height: 800; app: testApp; wide: true }
    }

    property string listingId: ""
    property string listingName: ""

    function settle() {
        tryVerify(() => !testApp.sync.syncing && !testApp.staff.loading && !testApp.editor.loading
                  && !testApp.editor.saving && !testApp.conflict.loading && !testApp.login.busy
                  && !testApp.search.busy, 20000)
        wait(50)
        tryVerify(() => !testApp.staff.loading, 20000)
    }

    SignalSpy {
        id: syncedSpy
        target: testApp.sync
        signalName: "synced"
    }

    // A sync that ran to its end and succeeded.
    function syncNow() {
        settle()
        syncedSpy.clear()
        testApp.sync.syncNow()
        syncedSpy.wait(20000)
        settle()
        compare(testApp.sync.errorText, "")
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function typeInto(item, text) {
        verify(item)
        item.forceActiveFocus()
        item.selectAll()
        typeText(text)
    }

    // Scrolls the screen holding `item` until it is in view, as a person would, and clicks it.
    function clickInView(item) {
        verify(item)
        let flick = item.parent
        while (flick && flick.contentY === undefined)
            flick = flick.parent
        if (flick) {
            const y = item.mapToItem(flick.contentItem, 0, 0).y
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                  y - flick.height / 2))
            wait(50)
        }
        mouseClick(item)
    }

    function logIn() {
        if (testApp.login.loggedIn)
            return
        testApp.login.login(testServer.url, "alice", "alice password")
        settle()
        verify(testApp.login.loggedIn, testApp.login.errorText)
    }

    // Logged in, with nothing waiting to be sent and no conflict: the first of one's listings.
    function ownListing() {
        logIn()
        syncNow()
        compare(testApp.staff.pendingCount, 0)
        compare(testApp.staff.conflictCount, 0)
        verify(testApp.staff.listings.count > 0)
        listingId = testApp.staff.listings.idAt(0)
        testApp.editor.open(listingId)
        settle()
        listingName = testApp.editor.form.nameFr
        testApp.editor.close()
        return listingId
    }

    // An edit of the notes saved on this device, not sent yet.
    function editWaiting(notes) {
        const id = ownListing()
        testApp.editor.open(id)
        settle()
        testApp.editor.form.notes = notes
        testApp.editor.save()
        settle()
        compare(testApp.staff.pendingCount, 1)
        return id
    }

    function initTestCase() {
        // The device first downloads the directory, anonymously.
        syncNow()
        tryVerify(() => testApp.directory.ready, 20000)
    }

    function test_a_logInFromTheSettings() {
        if (testApp.login.loggedIn) {
            testApp.login.logout()
            settle()
        }
        const page = createTemporaryObject(settingsComponent, test)
        const server = findChild(page, "loginServer")
        compare(server.text, testServer.url)
        typeInto(findChild(page, "loginUser"), "alice")
        typeInto(findChild(page, "loginPassword"), "wrong")
        clickInView(findChild(page, "loginButton"))
        settle()
        verify(!testApp.login.loggedIn)
        tryVerify(() => findChild(page, "loginError").visible)
        // What the person typed stays; only the password is cleared.
        compare(findChild(page, "loginUser").text, "alice")
        compare(findChild(page, "loginPassword").text, "")

        typeInto(findChild(page, "loginPassword"), "alice password")
        keyClick(Qt.Key_Return)
        settle()
        verify(testApp.login.loggedIn, testApp.login.errorText + " / " + findChild(page, "loginUser").text)
        compare(testApp.login.organizationId, "org-0")
        tryVerify(() => findChild(page, "openListings").visible)
    }

    function test_b_myListings() {
        ownListing()
        const page = createTemporaryObject(listingsComponent, test)
        settle()
        const card = findChild(page, "listing_" + listingId)
        verify(card)
        compare(card.state, "synced")
        verify(findChild(card, "editButton").visible)
    }

    function test_c_editWithValidationAsYouType() {
        testApp.editor.open(ownListing())
        const page = createTemporaryObject(editorComponent, test)
        settle()
        verify(testApp.editor.active)
        const email = findChild(page, "field_email")
        const error = findChild(page, "error_email")
        typeInto(email, "accueil@")
        tryVerify(() => error.visible)
        verify(testApp.editor.form.problemCount > 0)
        typeText("example.be")
        tryVerify(() => !error.visible)
        compare(testApp.editor.form.problemCount, 0)

        const notes = findChild(page, "area_notes")
        notes.forceActiveFocus()
        notes.selectAll()
        typeText("Permanence le mardi")
        mouseClick(findChild(page, "saveButton"))
        settle()
        verify(!testApp.editor.active)
        compare(testApp.staff.pendingCount, 1)
    }

    function test_c_typedChoicesAndLanguages() {
        testApp.editor.open(ownListing())
        const page = createTemporaryObject(editorComponent, test)
        settle()
        const form = testApp.editor.form
        const free = findChild(page, "choice_free")
        form.free = ServiceForm.No
        compare(free.currentText, "No") // the drop-down follows the form
        free.currentIndex = 1
        free.activated(1)
        compare(form.free, ServiceForm.Yes) // and the form the drop-down

        const spoken = testApp.directory.spokenLanguages
        verify(spoken.count > 0)
        const code = spoken.data(spoken.index(0, 0), OptionModel.KeyRole)
        const language = findChild(page, "language_" + code)
        const before = form.languages.length
        const ticked = language.checked
        language.forceActiveFocus()
        keyClick(Qt.Key_Space)
        compare(form.languages.length, ticked ? before - 1 : before + 1)
        compare(form.languages.indexOf(code) >= 0, !ticked)
        compare(language.checked, !ticked)
        keyClick(Qt.Key_Space)
        compare(form.languages.length, before)
        compare(language.checked, ticked)
        testApp.editor.close()
    }

    function test_d_pendingShowsInTheSearchResults() {
        editWaiting("Permanence le jeudi")
        const page = createTemporaryObject(searchComponent, test)
        const list = findChild(page, "resultList")
        testApp.search.query = listingName
        settle()
        const row = testApp.search.results.indexOf(listingId)
        verify(row >= 0)
        list.positionViewAtIndex(row, ListView.Beginning)
        tryVerify(() => list.itemAtIndex(row) !== null)
        const badge = findChild(list.itemAtIndex(row), "localEditBadge")
        verify(badge.visible)
        compare(badge.text, "Your edit, not sent yet")
    }

    function test_e_sentAtTheNextSync() {
        editWaiting("Permanence le mardi")
        syncNow()
        compare(testApp.staff.pendingCount, 0)
        compare(testServer.notesOf(listingId), "Permanence le mardi")
        const page = createTemporaryObject(listingsComponent, test)
        settle()
        compare(findChild(page, "listing_" + listingId).state, "synced")
    }

    function test_f_conflictKeepMine() {
        ownListing()
        // A colleague changes the same listing on the server while this device edits it.
        verify(testServer.editNotes(listingId, "Colleague's notes"))
        testApp.editor.open(listingId)
        const editor = createTemporaryObject(editorComponent, test)
        settle()
        const notes = findChild(editor, "area_notes")
        notes.forceActiveFocus()
        notes.selectAll()
        typeText("Mes notes")
        mouseClick(findChild(editor, "saveButton"))
        settle()
        editor.destroy()
        syncNow()
        compare(testApp.staff.conflictCount, 1)
        compare(testServer.notesOf(listingId), "Colleague's notes") // nothing overwritten

        const listings = createTemporaryObject(listingsComponent, test)
        settle()
        const card = findChild(listings, "listing_" + listingId)
        compare(card.state, "conflict")
        verify(findChild(card, "resolveButton").visible)

        testApp.conflict.open(listingId)
        const page = createTemporaryObject(conflictComponent, test)
        settle()
        verify(testApp.conflict.active)
        verify(testApp.conflict.differences > 0)
        mouseClick(findChild(page, "keepMine"))
        settle()
        syncNow()
        compare(testApp.staff.conflictCount, 0)
        compare(testServer.notesOf(listingId), "Mes notes")
    }

    function cleanupTestCase() {
        testApp.login.logout()
    }
}
