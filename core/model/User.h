#pragma once

#include "model/Enums.h"

#include <QString>

namespace handoff {

// A person who works in Handoff.
struct User {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString email;
    Role role = Role::Sales;
    bool active = true;
};

} // namespace handoff
