import QtQuick
import QtTest
import Relais

// Trainer mode driven with the mouse: pick a scenario, reveal it step by step, open a referral
// in the detail screen, put referrals on the sheet, presentation mode, the reset confirmation;
// the guides beside the scenarios, and the guides page at phone width.
TestCase {
    id: test
    name: "Trainer"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    // As Main.qml does.
    Binding {
        target: Theme
        property: "presentation"
        value: testApp.trainer.presentation
    }

    Component {
        id: trainerComponent
        TrainerPage { width: 1280; height: 800; app: testApp; wide: true }
    }

    Component {
        id: guidesComponent
        GuidesPage { width: 390; height: 844; app: testApp }
    }

    SignalSpy {
        id: guidesSpy
        signalName: "openGuides"
    }

    function init() {
        tryVerify(() => testApp.directory.ready, 10000)
        testApp.language.language = "en"
        testApp.trainer.closeScenario()
        testApp.trainer.presentation = false
        testApp.detail.close()
        testApp.sheet.clear()
        testApp.guides.close()
    }

    function cleanupTestCase() {
        testApp.trainer.presentation = false
        testApp.trainer.closeScenario()
        testApp.detail.close()
    }

    // Scrolls the trainer (or guides) page so that `item` is in view, then clicks it.
    function click(page, item, flickName) {
        verify(item)
        wait(50) // the layout settles (content height, wrapped rows) before measuring
        const flick = findChild(page, flickName || "trainerFlick")
        const at = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(at.y - 40, flick.contentHeight - flick.height))
        wait(30)
        mouseClick(item)
    }

    function openScenario(page, id) {
        const pick = findChild(page, "scenario_" + id)
        verify(pick, "scenario button " + id)
        click(page, pick)
        compare(testApp.trainer.scenarioId, id)
        // The directory says which referrals it holds.
        tryVerify(() => testApp.trainer.referrals.count > 0)
    }

    function test_listAndOpen() {
        const page = createTemporaryObject(trainerComponent, test)
        verify(testApp.trainer.scenarios.count >= 8)
        openScenario(page, "signs-of-exploitation")
        compare(findChild(page, "situationText").text.indexOf("passport") >= 0, true)
        const back = findChild(page, "allScenariosButton")
        click(page, back)
        compare(testApp.trainer.scenarioId, "")
    }

    function test_revealStepByStepThenReferral() {
        const page = createTemporaryObject(trainerComponent, test)
        openScenario(page, "sti-testing-without-insurance")
        const next = findChild(page, "revealNextButton")
        const first = findChild(page, "question_0")
        verify(first)
        compare(first.visible, false)
        click(page, next)
        compare(testApp.trainer.revealedQuestions, 1)
        tryCompare(first, "visible", true)
        compare(findChild(page, "question_1").visible, false)
        while (!testApp.trainer.pitfallsRevealed)
            click(page, next)
        compare(testApp.trainer.revealedReferrals, 0)
        click(page, next)
        compare(testApp.trainer.revealedReferrals, 1)
        const card = findChild(page, "referral_espace-p-bruxelles")
        verify(card)
        tryCompare(card, "visible", true)
        compare(card.available, true)
        verify(!findChild(page, "referral_chu-saint-pierre-mia").visible)

        // Onto the sheet, then into the usual detail screen.
        const add = findChild(card, "sheetReferral")
        click(page, add)
        tryCompare(testApp.sheet, "count", 1, 5000)
        verify(testApp.sheet.contains("espace-p-bruxelles"))
        tryCompare(add, "text", "✓ On the sheet")
        click(page, findChild(card, "openReferral"))
        tryCompare(testApp.detail, "serviceId", "espace-p-bruxelles")
        const detail = findChild(page, "trainerDetail")
        tryCompare(detail, "visible", true)
        tryVerify(() => testApp.detail.detail !== null, 5000)

        click(page, findChild(page, "revealAllButton"))
        verify(testApp.trainer.allRevealed)
        click(page, findChild(page, "addAllButton"))
        tryCompare(testApp.sheet, "count", 4, 5000)
    }

    function test_presentationMode() {
        const page = createTemporaryObject(trainerComponent, test)
        const body = Theme.body
        const sw = findChild(page, "presentationSwitch")
        click(page, sw)
        compare(testApp.trainer.presentation, true)
        tryVerify(() => Theme.presentation)
        verify(Theme.body >= 1.5 * body, "text at least 1.5x: " + Theme.body + " vs " + body)
        compare(String(Theme.text), "#000000")
        testApp.trainer.presentation = false
        tryCompare(Theme, "body", body)
    }

    function test_resetAsksFirst() {
        const page = createTemporaryObject(trainerComponent, test)
        const reset = findChild(page, "resetButton")
        click(page, reset)
        const dialog = findChild(page, "confirmResetDialog")
        verify(dialog)
        tryCompare(dialog, "visible", true)
        compare(testApp.trainer.resetting, false)
        click(page, findChild(page, "cancelResetButton"))
        tryCompare(dialog, "visible", false)
        compare(testApp.trainer.resetting, false)
    }

    function test_memoSheetCategoryIsNeverBlank() {
        const page = createTemporaryObject(trainerComponent, test)
        const box = findChild(page, "ficheCategory")
        verify(box)
        tryVerify(() => box.currentIndex === 0 && box.displayText !== "")
        verify(findChild(page, "categoryFicheButton").enabled)
        // Chosen, then the labels change language (the model is reset): still chosen, not blank.
        // (The box made before the directory loads, as at start, is checked by the screenshot.)
        box.currentIndex = 2
        box.activated(2)
        const key = box.currentValue
        testApp.language.language = "fr"
        tryVerify(() => box.currentValue === key && box.displayText !== "")
        testApp.language.language = "en"
        tryVerify(() => box.currentValue === key && box.displayText !== "")
    }

    function test_guidesBesideTheScenarios() {
        const page = createTemporaryObject(trainerComponent, test)
        guidesSpy.target = page
        guidesSpy.clear()
        verify(testApp.guides.guides.count >= 5)
        click(page, findChild(page, "trainerGuide_professional-secrecy"))
        compare(testApp.guides.guideId, "professional-secrecy")
        compare(guidesSpy.count, 1)
    }

    function test_guideReadableOnAPhone() {
        const page = createTemporaryObject(guidesComponent, test)
        const pick = findChild(page, "guide_legal-framework")
        verify(pick)
        click(page, pick, "guidesFlick")
        compare(testApp.guides.guideId, "legal-framework")
        const notice = findChild(page, "guideNotice")
        tryCompare(notice, "visible", true)
        verify(notice.text.indexOf("not legal advice") >= 0, notice.text)
        // Once laid out, nothing runs wider than the phone.
        tryVerify(() => notice.width > 0 && notice.width <= 390, 5000, "notice width " + notice.width)
        verify(notice.lineCount > 1, "the notice wraps")
        const card = findChild(page, "guideService_utsopi")
        verify(card)
        tryCompare(card, "available", true)
        click(page, findChild(page, "guidesBack"), "guidesFlick")
        compare(testApp.guides.guideId, "")
        verify(findChild(page, "guide_legal-framework").visible)
    }
}
