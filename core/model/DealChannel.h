#pragma once

#include "model/Enums.h"

#include <QString>

namespace handoff {

// A way the customer of a deal wants to reach support (phone number, address, portal URL ...).
struct DealChannel {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    Channel channel = Channel::Email;
    QString address;
    bool preferred = false;
};

} // namespace handoff
