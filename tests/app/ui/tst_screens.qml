import QtQuick
import QtTest
import Relais

// Drives the real screens with keyboard and mouse: type, see results, filter, open, add to
// the sheet, switch language.
TestCase {
    id: test
    name: "Screens"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: searchComponent
        SearchPage { width: 520; height: 800; app: testApp; wide: true }
    }
    Component {
        id: detailComponent
        DetailPage { x: 520; width: 760; height: 800; app: testApp }
    }
    Component {
        id: settingsComponent
        SettingsPage { x: 520; width: 760; height: 800; app: testApp }
    }
    Component {
        id: sheetComponent
        SheetPage { x: 520; width: 760; height: 800; app: testApp }
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
        testApp.sheet.clear()
        settle()
    }

    function typeText(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    function test_typingShowsResults() {
        const page = createTemporaryObject(searchComponent, test)
        const input = findChild(page, "searchInput")
        verify(input)
        mouseClick(input)
        typeText("utsopi")
        compare(testApp.search.query, "utsopi")
        settle()
        const list = findChild(page, "resultList")
        tryVerify(() => list.count > 0)
        compare(testApp.search.results.idAt(0), "utsopi")
        tryVerify(() => list.itemAtIndex(0) !== null)
        verify(list.itemAtIndex(0).name.toLowerCase().indexOf("utsopi") >= 0)
        // Esc clears the field and the query.
        keyClick(Qt.Key_Escape)
        compare(testApp.search.query, "")
    }

    function test_filterChipFilters() {
        const page = createTemporaryObject(searchComponent, test)
        mouseClick(findChild(page, "searchInput"))
        typeText("sante")
        settle()
        tryVerify(() => findChild(page, "chip_free") !== null)
        const chip = findChild(page, "chip_free")
        compare(chip.active, false)
        mouseClick(chip)
        compare(testApp.search.freeOnly, true)
        settle()
        const results = testApp.search.results
        verify(results.count > 0)
        const list = findChild(page, "resultList")
        for (let i = 0; i < list.count; ++i) {
            const card = list.itemAtIndex(i)
            if (card)
                compare(card.free, true)
        }
        // The active chip moves first, and "Reset filters" appears.
        tryVerify(() => findChild(page, "chip_reset") !== null)
        const reset = findChild(page, "chip_reset")
        wait(50) // the row re-lays out after the chips reorder
        mouseClick(reset)
        compare(testApp.search.freeOnly, false)
    }

    function test_enterOpensDetailAndAddsToSheet() {
        const page = createTemporaryObject(searchComponent, test)
        const detail = createTemporaryObject(detailComponent, test)
        mouseClick(findChild(page, "searchInput"))
        typeText("alias")
        settle()
        keyClick(Qt.Key_Return)
        tryCompare(testApp.detail, "serviceId", "alias-bruxelles")
        tryVerify(() => testApp.detail.detail !== null, 5000)
        compare(testApp.detail.detail.statusText, "Open now · until 21:00")
        const add = findChild(detail, "addToSheetButton")
        verify(add)
        tryVerify(() => add.visible)
        mouseClick(add)
        tryCompare(testApp.sheet, "count", 1, 5000)
        verify(testApp.sheet.contains("alias-bruxelles"))
        tryCompare(add, "text", "✓ On the sheet")
    }

    function test_sheetLanguageIsItsOwn() {
        testApp.sheet.add("utsopi")
        tryCompare(testApp.sheet, "count", 1, 5000)
        const sheet = createTemporaryObject(sheetComponent, test)
        const picker = findChild(sheet, "sheetLanguagePicker")
        verify(picker)
        // Each language named in itself, the three directory languages first.
        compare(picker.count, 9)
        compare(picker.textAt(1), "Nederlands")
        verify(picker.find("Română") >= 0)
        verify(picker.find("العربية") >= 0)
        picker.currentIndex = picker.indexOfValue("nl")
        picker.activated(picker.currentIndex)
        compare(testApp.sheet.sheetLanguage, "nl")
        compare(testApp.language.language, "en") // the UI keeps its language
        compare(testApp.sheet.textLanguage, "nl")
        picker.currentIndex = picker.indexOfValue("ro")
        picker.activated(picker.currentIndex)
        compare(testApp.sheet.textLanguage, "fr") // names in French by default
        verify(testApp.sheet.textLanguageDiffers)
        testApp.sheet.sheetLanguage = "en"
    }

    function test_clearingTheSheetAsksFirst() {
        testApp.sheet.add("utsopi")
        tryCompare(testApp.sheet, "count", 1, 5000)
        const sheet = createTemporaryObject(sheetComponent, test)
        const clear = findChild(sheet, "clearSheet")
        verify(clear)
        mouseClick(clear)
        compare(testApp.sheet.count, 1) // nothing gone yet
        const confirm = findChild(sheet, "confirmClearSheet")
        tryVerify(() => confirm.visible)
        mouseClick(confirm)
        compare(testApp.sheet.count, 0)
    }

    function test_switchLanguage() {
        const page = createTemporaryObject(searchComponent, test)
        const settings = createTemporaryObject(settingsComponent, test)
        tryVerify(() => findChild(page, "chip_free") !== null)
        const chip = findChild(page, "chip_free")
        compare(chip.text, "Free")
        const french = findChild(settings, "uiLanguage_fr")
        verify(french)
        mouseClick(french)
        tryCompare(testApp.language, "language", "fr")
        tryCompare(chip, "text", "Gratuit")
        const dutch = findChild(settings, "uiLanguage_nl")
        mouseClick(dutch)
        tryCompare(chip, "text", "Gratis")
    }

    function test_detailSaysTrustAndPlaceInWords() {
        const detail = createTemporaryObject(detailComponent, test)
        testApp.detail.open("boysproject-antwerpen")
        tryVerify(() => testApp.detail.detail !== null
                        && testApp.detail.detail.serviceId === "boysproject-antwerpen", 5000)
        compare(testApp.detail.detail.municipality, "Antwerpen · outside Brussels")
        const trust = findChild(detail, "trustText")
        verify(trust)
        tryVerify(() => trust.text.startsWith("Checked against public sources in November 2026"))
        verify(trust.visible)
        testApp.detail.open("ligue-des-droits-humains")
        tryVerify(() => testApp.detail.detail !== null
                        && testApp.detail.detail.serviceId === "ligue-des-droits-humains", 5000)
        const other = findChild(detail, "otherNames")
        tryVerify(() => other.visible && other.text.indexOf("Human Rights League") >= 0)
        testApp.detail.open("le-nid-bruxelles")
        tryVerify(() => testApp.detail.detail !== null
                        && testApp.detail.detail.serviceId === "le-nid-bruxelles", 5000)
        tryCompare(trust, "text",
                   "Not confirmed: check before referring. The newest source found dates from 2006.")
    }

    function test_homeMunicipalityIsASetting() {
        const settings = createTemporaryObject(settingsComponent, test)
        const home = findChild(settings, "homeMunicipality")
        verify(home)
        compare(home.currentIndex, 0) // not set by default
        testApp.search.homeMunicipality = "Evere"
        tryCompare(home, "displayText", "Evere")
        testApp.search.homeMunicipality = "Ixelles"
        tryCompare(home, "displayText", "Ixelles / Elsene")
        testApp.search.homeMunicipality = "Nowhere"
        compare(testApp.search.homeMunicipality, "")
    }
}
