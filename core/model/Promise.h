#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace handoff {

// A commitment made to the customer, with its feasibility, its review by support and its fulfilment.
struct Promise {
    qint64 id = 0;
    int version = 0;
    qint64 dealId = 0;
    PromiseKind kind = PromiseKind::Feature;
    qint64 capabilityId = 0; // 0: none named
    QString description;
    QString customerWords;
    QDate dueOn;
    qint64 promisedById = 0;
    Feasibility feasibility = Feasibility::Ok;
    QString feasibilityReason;
    QString justification; // required when feasibility is blocked
    ReviewStatus reviewStatus = ReviewStatus::Pending;
    qint64 reviewerId = 0;
    QString reviewNote;
    Fulfilment fulfilment = Fulfilment::Open;
    QDate fulfilledOn;
    QDateTime createdAt;
};

} // namespace handoff
