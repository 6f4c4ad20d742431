import QtQuick
import QtTest
import Relais

// Trainer mode driven with the mouse: pick a scenario, reveal it step by step, open a referral
// in the detail screen, put referrals on the sheet, presentation mode, the reset confirmation.
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

    function init() {
        tryVerify(() => testApp.directory.ready, 10000)
        testApp.language.language = "en"
        testApp.trainer.closeScenario()
        testApp.trainer.presentation = false
        testApp.detail.close()
        testApp.sheet.clear()
    }

    function cleanupTestCase() {
        testApp.trainer.presentation = false
        testApp.trainer.closeScenario()
        testApp.detail.close()
    }

    // Scrolls the trainer page so that `item` is in view, then clicks it.
    function click(page, item) {
        verify(item)
        wait(50) // the layout settles (content height, wrapped rows) before measuring
        const flick = findChild(page, "trainerFlick")
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
}
