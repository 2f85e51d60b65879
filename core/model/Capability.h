#pragma once

#include "model/Enums.h"

#include <QString>

namespace handoff {

// An entry of the capability catalog: what the product can do and how long it takes to deliver.
struct Capability {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString description;
    CapabilityStatus status = CapabilityStatus::Available;
    int leadTimeDays = 0;
};

} // namespace handoff
