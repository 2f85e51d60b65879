#pragma once

#include "model/Enums.h"

namespace handoff {

// The role a contact plays on one deal.
struct DealContact {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    qint64 contactId = 0;
    ContactRole role = ContactRole::DayToDay;
};

} // namespace handoff
