import QtQuick
import QtTest
import Relais

// Text contrast computed from the theme's own colours with the WCAG 2 formula: at least 4.5:1
// everywhere, 7:1 in presentation mode (projectors). The header's buttons are checked as they
// are drawn: white on the accent, and on the darker band of the screen shown.
TestCase {
    id: test
    name: "Contrast"
    width: 400
    height: 200
    visible: true
    when: windowShown

    Component {
        id: headerComponent
        Rectangle {
            width: 300
            height: 60
            color: Theme.accent
            property alias button: button
            HeaderButton {
                id: button
                x: 10
                y: 8
                text: "Réglages"
            }
        }
    }

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
    }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    // Every text colour on every background it is drawn on.
    function pairs() {
        return [
            ["header text", Theme.textOnAccent, Theme.accent],
            ["header button shown", Theme.textOnAccent, Theme.accentStrong],
            ["primary button", Theme.textOnAccent, Theme.accent],
            ["text", Theme.text, Theme.background],
            ["text on surface", Theme.text, Theme.surface],
            ["text selected", Theme.text, Theme.accentSoft],
            ["secondary text", Theme.textSecondary, Theme.background],
            ["secondary on surface", Theme.textSecondary, Theme.surface],
            ["secondary selected", Theme.textSecondary, Theme.accentSoft],
            ["open badge", Theme.openText, Theme.openBackground],
            ["amber badge", Theme.amberText, Theme.amberBackground],
            ["amber note", Theme.amberText, Theme.background],
            ["grey badge", Theme.greyText, Theme.greyBackground],
            ["error", Theme.errorText, Theme.errorBackground],
            ["error on page", Theme.errorText, Theme.background],
            ["demo mark", Theme.demoText, Theme.demoBackground],
            ["neutral badge", Theme.accentText, Theme.accentSoft],
            ["accent text on page", Theme.accentText, Theme.background],
            ["disabled button", Theme.textSecondary, Theme.greyBackground],
        ]
    }
    function checkAll(minimum) {
        for (const [what, fg, bg] of pairs()) {
            const r = ratio(fg, bg)
            verify(r >= minimum, `${what}: ${fg} on ${bg} is ${r.toFixed(2)}:1, below ${minimum}:1`)
        }
    }

    function cleanup() {
        Theme.presentation = false
        Theme.dark = false
    }

    function test_formula() {
        // The reference values of the WCAG definition.
        fuzzyCompare(ratio(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.001)
        fuzzyCompare(ratio(Qt.color("#777777"), Qt.color("#ffffff")), 4.48, 0.01)
        // What the issue measured: white on the old translucent highlight.
        verify(ratio(Qt.color("#ffffff"), Qt.color("#769ba2")) < 4.5)
    }
    // The pixels behind a header button's text, idle and with its screen shown.
    function test_headerButtonAsDrawn() {
        const header = createTemporaryObject(headerComponent, test)
        const button = header.button
        waitForRendering(header)
        let image = grabImage(header)
        verify(Qt.colorEqual(image.pixel(button.x + button.width / 2, button.y + 3), Theme.accent))
        button.checked = true
        waitForRendering(header)
        image = grabImage(header)
        const behind = image.pixel(button.x + button.width / 2, button.y + 3)
        verify(Qt.colorEqual(behind, Theme.accentStrong), `drawn ${behind}`)
        verify(ratio(Theme.textOnAccent, behind) >= 4.5)
    }
    function test_everyday() {
        Theme.presentation = false
        checkAll(4.5)
    }
    function test_presentation() {
        Theme.presentation = true
        checkAll(7)
    }
    function test_dark() {
        Theme.dark = true
        checkAll(4.5)
    }
    function test_darkPresentation() {
        Theme.dark = true
        Theme.presentation = true
        checkAll(7)
    }
}
