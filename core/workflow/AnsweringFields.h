#pragma once

#include "model/Deal.h"
#include "model/DealChannel.h"
#include "model/Enums.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace handoff::AnsweringFields {

// The value of the deal field that answers a checklist item, as the checklist and the handoff report show it: the
// text, the amount with its currency, a date in the locale's short form, the channels' names; empty when the field is
// (the item is then unanswered, as ChecklistSql::answered says in SQL).
QString text(AnsweringField field, const Deal& deal, const QList<DealChannel>& channels,
             const QLocale& locale = QLocale());

} // namespace handoff::AnsweringFields
