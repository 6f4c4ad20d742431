pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every screen. Text colours keep at least 4.5:1 contrast
// on their backgrounds, 7:1 in presentation mode, in the light and the dark theme alike
// (tests/app/ui/tst_contrast.qml computes them).
QtObject {
    // Presentation mode (trainer, projector): text 1.6x larger and contrast pushed further
    // (every text pair at least 7:1). Main.qml binds it to the trainer's switch.
    property bool presentation: false
    // The dark theme; Main.qml binds it to the setting (or the system's choice).
    property bool dark: false
    // The text-size setting, on top of the system's font size.
    property real textScale: 1
    // Follows the system font size, never smaller than the design sizes.
    readonly property real scale: Math.max(1, Qt.application.font.pointSize / 10) * textScale
                                  * (presentation ? 1.6 : 1)
    readonly property int body: Math.round(15 * scale)
    readonly property int secondary: Math.round(13 * scale)
    readonly property int title: Math.round(20 * scale)
    readonly property int heading: Math.round(17 * scale)

    readonly property int spacing: 8
    readonly property int touch: presentation ? 56 : 44
    readonly property int radius: 6
    readonly property int wideBreakpoint: 700

    // One colour for each of: light, light presentation, dark, dark presentation.
    function pick(light, lightPresentation, darkColor, darkPresentation) {
        return dark ? (presentation ? darkPresentation : darkColor)
                    : (presentation ? lightPresentation : light)
    }

    readonly property color accent: presentation ? "#08414c" : "#0b5563" // 11.2 / 8.4:1 on white
    readonly property color textOnAccent: "#ffffff"
    // A header button whose screen is shown: white on it is 12.4 / 15.9:1.
    readonly property color accentStrong: presentation ? "#04262d" : "#073a44"
    readonly property color accentSoft: dark ? "#1f3a40" : "#e2f0f2"
    // Accent-coloured text (neutral badges, the offline banner), on accentSoft or the page.
    readonly property color accentText: pick("#0b5563", "#08414c", "#9fdce6", "#c4eef5")
    readonly property color text: pick("#1b1f22", "#000000", "#e8eaec", "#ffffff")
    readonly property color textSecondary: pick("#454d54", "#303840", "#b4bcc2", "#d0d6da")
    readonly property color background: pick("#ffffff", "#ffffff", "#121517", "#000000")
    readonly property color surface: pick("#f3f5f6", "#f3f5f6", "#1d2226", "#15191c")
    readonly property color separator: pick("#d5dbdf", "#5c6670", "#3a4248", "#8a949c")
    readonly property color focus: dark ? "#5fc3d3" : accent

    // Status colours always come with a text label.
    readonly property color openBackground: dark ? "#163d24" : "#dcf1e2"
    readonly property color openText: pick("#14532b", "#0f4423", "#bfe8cb", "#d2f5dc")
    readonly property color amberBackground: dark ? "#3d2e0a" : "#fff1d1"
    readonly property color amberText: pick("#6b4200", "#5a3700", "#ffd98a", "#ffe4a8")
    readonly property color amberBorder: dark ? "#d99a2b" : "#b57300"
    readonly property color greyBackground: dark ? "#2b3136" : "#e9ecee"
    readonly property color greyText: pick("#3b4248", "#3b4248", "#d5dadd", "#e6eaed")
    readonly property color errorBackground: dark ? "#3d1717" : "#fde7e7"
    readonly property color errorText: pick("#8a1c1c", "#7a1515", "#ffb4b4", "#ffcccc")

    // The "demo" mark of presentation mode.
    readonly property color demoBackground: "#000000"
    readonly property color demoText: "#ffffff"
}
