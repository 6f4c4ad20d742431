pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every screen. Text colours keep at least 4.5:1 contrast
// on their backgrounds (most are above 7:1, for projectors).
QtObject {
    // Presentation mode (trainer, projector): text 1.6x larger and contrast pushed further
    // (every text pair at least 7:1). Main.qml binds it to the trainer's switch.
    property bool presentation: false
    // Follows the system font size, never smaller than the design sizes.
    readonly property real scale: Math.max(1, Qt.application.font.pointSize / 10)
                                  * (presentation ? 1.6 : 1)
    readonly property int body: Math.round(15 * scale)
    readonly property int secondary: Math.round(13 * scale)
    readonly property int title: Math.round(20 * scale)
    readonly property int heading: Math.round(17 * scale)

    readonly property int spacing: 8
    readonly property int touch: presentation ? 56 : 44
    readonly property int radius: 6
    readonly property int wideBreakpoint: 700

    readonly property color accent: presentation ? "#08414c" : "#0b5563" // 11.2 / 8.4:1 on white
    readonly property color textOnAccent: "#ffffff"
    readonly property color accentSoft: "#e2f0f2"
    readonly property color text: presentation ? "#000000" : "#1b1f22"
    readonly property color textSecondary: presentation ? "#303840" : "#454d54" // 11.9 / 8.6:1
    readonly property color background: "#ffffff"
    readonly property color surface: "#f3f5f6"
    readonly property color separator: presentation ? "#5c6670" : "#d5dbdf"
    readonly property color focus: accent

    // Status colours always come with a text label.
    readonly property color openBackground: "#dcf1e2"
    readonly property color openText: presentation ? "#0f4423" : "#14532b"
    readonly property color amberBackground: "#fff1d1"
    readonly property color amberText: presentation ? "#5a3700" : "#6b4200"
    readonly property color amberBorder: "#b57300"
    readonly property color greyBackground: "#e9ecee"
    readonly property color greyText: "#3b4248"
    readonly property color errorBackground: "#fde7e7"
    readonly property color errorText: presentation ? "#7a1515" : "#8a1c1c"

    // The "demo" mark of presentation mode.
    readonly property color demoBackground: "#000000"
    readonly property color demoText: "#ffffff"
}
