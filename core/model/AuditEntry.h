#pragma once

#include <QDateTime>
#include <QString>

namespace handoff {

// One row of the append-only audit log: who changed what, when, from what to what, and why.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0; // 0: the system
    QString action;     // create, update, delete, or a workflow transition such as submit
    QString entity;     // table name
    qint64 entityId = 0;
    qint64 dealId = 0; // the deal the change belongs to, for a deal's history
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;
};

} // namespace handoff
