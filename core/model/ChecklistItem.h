#pragma once

#include "model/Enums.h"

#include <QString>
#include <QStringList>

namespace handoff {

// One item of the handoff checklist template.
struct ChecklistItem {
    qint64 id = 0;
    int version = 0;
    QString key; // stable identifier, e.g. "billing_contact"
    QString section;
    QString label;
    QString help;
    ChecklistItemKind kind = ChecklistItemKind::Text;
    QStringList choices; // for kind Choice
    bool required = false;
    int position = 0;
    // The deal field that answers this item; None: the item is answered on the checklist.
    AnsweringField dealField = AnsweringField::None;
};

} // namespace handoff
