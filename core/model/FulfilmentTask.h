#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

namespace handoff {

// Work support does to keep a promise or to onboard the customer.
struct FulfilmentTask {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    qint64 promiseId = 0; // 0: not tied to a promise
    QString title;
    qint64 assigneeId = 0;
    QDate dueOn;
    TaskStatus status = TaskStatus::Todo;
    QDate doneOn;
};

} // namespace handoff
