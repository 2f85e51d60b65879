#pragma once

#include "model/Enums.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace handoff {

// The small status marks of promises and tasks. Each has its own shape and glyph (a tick, an exclamation mark, a
// cross, a question mark) on a filled badge, so it reads on light and dark palettes and without colour vision.
class StatusIcons {
public:
    static QIcon of(Feasibility value);
    static QIcon of(ReviewStatus value);
    static QIcon of(Fulfilment value);
    static QIcon overdue();

    // Text colours for a warning and for an alarm that keep their contrast against the palette's base colour.
    static QColor warningText(const QPalette& palette);
    static QColor alarmText(const QPalette& palette);
};

} // namespace handoff
