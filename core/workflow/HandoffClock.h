#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace handoff {

class Database;

// How long a handoff has taken in business days (Monday to Friday) against the team's targets in Settings:
// closed-won to the first submission, and acceptance to the kickoff call.
class HandoffClock {
    Q_DECLARE_TR_FUNCTIONS(HandoffClock)

public:
    // Business days after from up to and including to; 0 when to is not after from.
    static int businessDaysBetween(QDate from, QDate to);
    // The date days business days after from (before it for negative days); a weekend from counts from the Friday.
    static QDate addBusinessDays(QDate from, int days);
    // Deals closed before this date that are still unsubmitted on today are over a target of targetBusinessDays.
    static QDate overdueBefore(QDate today, int targetBusinessDays);

    explicit HandoffClock(const Database& db);

    struct Status {
        int businessDays = 0;
        int target = 0;
        bool overdue = false;
    };

    // closed_on -> the first submission, or today while the deal was never submitted.
    Result<Status> submitClock(qint64 dealId, QDate today) const;
    // accepted_at -> the kickoff date answered in the checklist, or today while none is set. Not running (0 days,
    // never overdue) before the deal is accepted.
    Result<Status> kickoffClock(qint64 dealId, QDate today) const;
    // Deals still in draft or returned whose closed-won date is more than the submit target behind today, the
    // longest waiting first.
    Result<QList<qint64>> overdueHandoffs(QDate today) const;

private:
    Error missingDeal(qint64 dealId) const;

    const Database& m_db;
};

} // namespace handoff
