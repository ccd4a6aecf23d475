#pragma once

#include <QIcon>

namespace bubuh {

// Bubuh's own icons (resources/bubuh.qrc), so that the window looks the same on every desktop
// and on Windows, where no icon theme exists.
enum class Icon {
    Application,
    Open,
    Folder,
    Verify,
    Settings,
    Quit,
    Copy,
    Stop,
    Resume,
    Export,
    Buy,
    Cancel,
    Stamp,
    Shrink,
    Photo,
    SignIn,
    // States: their own colours, and a shape each, so they read without colour too.
    StateOk,
    StateNote,
    StateWarning,
    StateError,
    StateNext,  // the step to take now
    StateLater, // a step not yet possible
};

// Line icons are drawn in the palette's text colour (greyed when disabled, light on a
// highlighted row), so they stay visible on dark and high-contrast palettes; the application
// icon and the states keep their own colours. Sharp at every size and pixel ratio.
QIcon icon(Icon which);

// Sizes up to this come from an icon's "-small" drawing where it has one, drawn on the 16 px
// grid: in the window (icon()) and in the hicolor PNGs the build renders (resources/).
inline constexpr int kSmallIconUpTo = 24;

} // namespace bubuh
