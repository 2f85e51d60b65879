#pragma once

#include <QString>

namespace handoff {

// A customer company; its name is unique (matched by name on import).
struct Account {
    qint64 id = 0;
    int version = 0;
    QString name;
    QString website;
    QString industry;
};

} // namespace handoff
