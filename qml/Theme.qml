pragma Singleton
import QtQuick

// Colours, sizes and spacing shared by every screen. Text colours keep at least 4.5:1 contrast
// on their backgrounds (most are above 7:1, for projectors).
QtObject {
    // Follows the system font size, never smaller than the design sizes.
    readonly property real scale: Math.max(1, Qt.application.font.pointSize / 10)
    readonly property int body: Math.round(15 * scale)
    readonly property int secondary: Math.round(13 * scale)
    readonly property int title: Math.round(20 * scale)
    readonly property int heading: Math.round(17 * scale)

    readonly property int spacing: 8
    readonly property int touch: 44
    readonly property int radius: 6
    readonly property int wideBreakpoint: 700

    readonly property color accent: "#0b5563"        // deep teal, 8.3:1 on white
    readonly property color textOnAccent: "#ffffff"
    readonly property color accentSoft: "#e2f0f2"
    readonly property color text: "#1b1f22"
    readonly property color textSecondary: "#454d54"  // 8.6:1 on white
    readonly property color background: "#ffffff"
    readonly property color surface: "#f3f5f6"
    readonly property color separator: "#d5dbdf"
    readonly property color focus: "#0b5563"

    // Status colours always come with a text label.
    readonly property color openBackground: "#dcf1e2"
    readonly property color openText: "#14532b"
    readonly property color amberBackground: "#fff1d1"
    readonly property color amberText: "#6b4200"
    readonly property color amberBorder: "#b57300"
    readonly property color greyBackground: "#e9ecee"
    readonly property color greyText: "#3b4248"
    readonly property color errorBackground: "#fde7e7"
    readonly property color errorText: "#8a1c1c"
}
