#pragma once

#include "model/Enums.h"

#include <QString>

namespace handoff {

// A person at a customer account; DealContact gives them a role on a deal.
struct Contact {
    qint64 id = 0;
    int version = 0;
    qint64 accountId = 0;
    QString name;
    QString title;
    QString email;
    QString phone;
    Channel preferredChannel = Channel::Email;
    QString timeZone; // IANA id, e.g. "Europe/Berlin"
};

} // namespace handoff
