import QtQuick
import QtTest
import Relais

// The referral moment with a person in front: calling first, from the detail and from the
// results; no call advice without a number; research notes kept closed; the first screen's
// needs, 24/7 lines and recents, cleared in one tap.
TestCase {
    id: test
    name: "Referral"
    width: 390
    height: 844
    visible: true
    when: windowShown

    Component {
        id: searchComponent
        SearchPage { width: 390; height: 844; app: testApp }
    }
    Component {
        id: detailComponent
        DetailPage { width: 390; height: 844; app: testApp }
    }

    function settle() {
        tryVerify(() => !testApp.search.busy && !testApp.detail.loading, 10000)
        wait(50)
    }

    function init() {
        tryVerify(() => testApp.directory.ready, 10000)
        testApp.language.language = "en"
        testApp.search.resetFilters()
        testApp.search.query = ""
        testApp.detail.close()
        testDialer.forget()
        settle()
    }

    function openDetail(id) {
        testApp.detail.open(id)
        tryVerify(() => testApp.detail.detail !== null && testApp.detail.detail.serviceId === id, 5000)
        wait(50)
    }

    // Every visible text under `item`.
    function visibleTexts(item, out) {
        if (!item.visible)
            return out
        if (item.text !== undefined && typeof item.text === "string" && item.text !== "")
            out.push(item.text)
        for (let i = 0; i < item.children.length; ++i)
            visibleTexts(item.children[i], out)
        return out
    }

    function test_callIsTheFirstFilledAction() {
        const detail = createTemporaryObject(detailComponent, test)
        openDetail("alias-bruxelles")
        const call = findChild(detail, "callButton")
        verify(call && call.visible)
        verify(call.primary)
        compare(call.text, "☎ Call +32 486 94 17 58")
        // First in its row, and the only filled one.
        const row = call.parent
        for (let i = 0; i < row.children.length; ++i) {
            const other = row.children[i]
            if (!other.visible || other === call)
                continue
            verify(other.x > call.x || other.y > call.y, "the call button comes first")
            verify(!other.primary, `${other.text} is filled too`)
        }
        mouseClick(call)
        compare(testDialer.lastNumber, "tel:+32486941758")
    }

    function test_noNumberNeverSaysCall() {
        const detail = createTemporaryObject(detailComponent, test)
        openDetail("espace-p-bruxelles")
        verify(!findChild(detail, "callButton").visible)
        const reach = findChild(detail, "reachSection")
        verify(reach.visible)
        const texts = visibleTexts(detail, [])
        verify(texts.some(t => t.indexOf("Through their website: https://espacep.be") >= 0), texts)
        // Only a town is known: no "in person" to offer.
        verify(!texts.some(t => t.startsWith("In person")), texts)
        for (const t of texts)
            verify(!/\bcall\b/i.test(t), `"${t}" tells to call`)
    }

    function test_researchNotesStayClosedAndInternal() {
        const detail = createTemporaryObject(detailComponent, test)
        openDetail("utsopi")
        const notes = findChild(detail, "notesText")
        verify(notes)
        verify(!notes.visible)
        let texts = visibleTexts(detail, [])
        verify(!texts.some(t => t.indexOf("Rainbowhouse") >= 0), "research notes shown")
        verify(!texts.some(t => t.indexOf("rtl.be") >= 0), "sources shown")
        verify(texts.indexOf("Internal") >= 0)
        const toggle = findChild(detail, "internalNotesToggle")
        const flick = detail.children[0]
        flick.contentY = flick.contentHeight - flick.height // scroll to the bottom
        wait(50)
        mouseClick(toggle)
        tryVerify(() => notes.visible)
        verify(notes.text.indexOf("Rainbowhouse") >= 0)
        // Another service opens with them closed again.
        openDetail("alias-bruxelles")
        verify(!notes.visible)
    }

    function test_hoursNotesReadInTheScreensLanguage() {
        const detail = createTemporaryObject(detailComponent, test)
        openDetail("alias-bruxelles")
        const texts = visibleTexts(detail, [])
        verify(texts.some(t => t === "Tuesday: 18:00–21:00 — anonymous, free medical drop-in, no appointment (2023 source)"), texts)
    }

    function test_resultCardCallsInOneTap() {
        const page = createTemporaryObject(searchComponent, test)
        testApp.search.query = "utsopi"
        settle()
        const list = findChild(page, "resultList")
        tryVerify(() => list.count > 0 && list.itemAtIndex(0) !== null)
        const card = list.itemAtIndex(0)
        compare(card.serviceId, "utsopi")
        const call = findChild(card, "cardCallButton")
        verify(call.visible)
        compare(call.Accessible.name, "Call " + card.name + " at +32 485 62 08 41")
        mouseClick(call)
        compare(testDialer.lastNumber, "tel:+32485620841")
        compare(testApp.detail.serviceId, "") // calling does not open the detail
    }

    function test_firstScreenOffersNeedsAndLines() {
        const page = createTemporaryObject(searchComponent, test)
        const home = findChild(page, "homeView")
        tryVerify(() => home.visible)
        verify(!findChild(page, "resultList").visible)
        const urgent = findChild(home, "urgentLinks")
        verify(urgent.links.count > 5)
        const legal = findChild(home, "need_legal-aid")
        verify(legal && legal.visible)
        verify(legal.services > 0)
        mouseClick(legal)
        compare(testApp.search.category, "legal-aid")
        tryVerify(() => !home.visible)
        settle()
        compare(findChild(page, "resultList").count, Math.min(legal.services, 50))
        testApp.search.resetFilters()
        tryVerify(() => home.visible)
    }

    function test_recentsAreShownAndClearedInOneTap() {
        testApp.recents.enabled = true
        testApp.recents.clearRecents()
        openDetail("alias-bruxelles")
        openDetail("utsopi")
        testApp.detail.close()
        const page = createTemporaryObject(searchComponent, test)
        const home = findChild(page, "homeView")
        tryVerify(() => home.visible)
        const recent = findChild(home, "recentLinks")
        compare(recent.links.count, 2)
        const clear = findChild(home, "clearRecentsButton")
        verify(clear.visible)
        mouseClick(clear)
        compare(testApp.recents.recent.count, 0)
        verify(!clear.visible)
        // Turned off in the settings: opening records nothing.
        testApp.recents.enabled = false
        openDetail("alias-bruxelles")
        compare(testApp.recents.recent.count, 0)
        testApp.recents.enabled = true
    }

    function test_noResultOffersTheNeeds() {
        const page = createTemporaryObject(searchComponent, test)
        testApp.search.query = "zzzzqqqq"
        settle()
        const tiles = findChild(page, "emptyNeedTiles")
        tryVerify(() => tiles.visible)
        const texts = visibleTexts(page, [])
        verify(!texts.some(t => t.indexOf("zzzzqqqq") >= 0 && t !== testApp.search.query),
               "the typed words are repeated")
    }
}
