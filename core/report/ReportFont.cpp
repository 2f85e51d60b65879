#include "report/ReportFont.h"

#include <QStringList>

namespace handoff {

QFont reportFont()
{
    // Named rather than left to fontconfig, whose choice depends on what else is installed: with fonts-noto-core the
    // whole report would print in Noto Sans, Chinese in the Japanese forms of the CJK font, and with
    // fonts-noto-color-emoji an emoji would be a colour bitmap, which Qt's PDF writer prints as nothing. DejaVu Sans
    // comes first so that Latin, Greek, Cyrillic and Arabic print as they always did; Qt then takes each character
    // the first family lacks from the next one that has it. scripts/deps.sh installs the others.
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans Devanagari UI"),
                      QStringLiteral("Noto Sans Arabic UI"), QStringLiteral("Noto Sans CJK SC"),
                      QStringLiteral("Symbola")});
    return font;
}

} // namespace handoff
