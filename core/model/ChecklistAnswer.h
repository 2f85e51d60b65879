#pragma once

#include <QDateTime>
#include <QString>

namespace handoff {

// A deal's answer to one checklist item: "true" for a check, ISO date, choice text, contact id, or free text.
struct ChecklistAnswer {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    qint64 itemId = 0;
    QString value;
    qint64 answeredById = 0;
    QDateTime answeredAt;
};

} // namespace handoff
