#include "workflow/HandoffClock.h"

#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/Settings.h"

#include <algorithm>
#include <cstdlib>

namespace handoff {

namespace {

bool isBusinessDay(QDate date)
{
    return date.dayOfWeek() <= 5;
}

// Business days in the half-open range (monday, to] where monday is a Monday on or before to.
int businessDaysFromMonday(QDate monday, QDate to)
{
    const qint64 days = monday.daysTo(to);
    const qint64 weeks = days / 7;
    const qint64 rest = days % 7; // Tuesday .. Tuesday + rest - 1 counted; at most Tuesday..Friday are business
    return static_cast<int>(weeks * 5 + std::min<qint64>(rest, 4));
}

// Settings only reads through its const getters; it takes a mutable Database because it also writes.
Settings settingsOf(const Database& db)
{
    return Settings(const_cast<Database&>(db));
}

QDate dateOf(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().date() : QDate();
}

} // namespace

int HandoffClock::businessDaysBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to <= from) {
        return 0;
    }
    // Count from the Monday of from's week, then take away the business days of that week up to and including from.
    const QDate monday = from.addDays(1 - from.dayOfWeek());
    return businessDaysFromMonday(monday, to) - businessDaysFromMonday(monday, from);
}

QDate HandoffClock::addBusinessDays(QDate from, int days)
{
    if (!from.isValid()) {
        return {};
    }
    const int step = days < 0 ? -1 : 1;
    QDate date = from;
    for (int left = std::abs(days); left > 0;) {
        date = date.addDays(step);
        if (isBusinessDay(date)) {
            --left;
        }
    }
    return date;
}

QDate HandoffClock::overdueBefore(QDate today, int targetBusinessDays)
{
    // The earliest close date whose clock is still within target: walking back from today, each step adds the day
    // left behind to the range (close, today].
    QDate earliest = today;
    int count = 0;
    for (;;) {
        const int next = count + (isBusinessDay(earliest) ? 1 : 0);
        if (next > targetBusinessDays) {
            return earliest;
        }
        count = next;
        earliest = earliest.addDays(-1);
    }
}

HandoffClock::HandoffClock(const Database& db)
    : m_db(db)
{}

Error HandoffClock::missingDeal(qint64 dealId) const
{
    return makeError(Error::Code::NotFound, tr("There is no deal with id %1; it may have been deleted.").arg(dealId));
}

Result<HandoffClock::Status> HandoffClock::submitClock(qint64 dealId, QDate today) const
{
    auto facts = DealSql::clockFacts(m_db, dealId);
    if (!facts) {
        return facts.error();
    }
    if (!*facts) {
        return missingDeal(dealId);
    }
    // The first submission is the earliest submit in the audit log; deals imported as already submitted have only
    // submitted_at.
    QDate submittedOn = dateOf((*facts)->firstSubmittedAt);
    if (!submittedOn.isValid()) {
        submittedOn = dateOf((*facts)->submittedAt);
    }
    if (!submittedOn.isValid()) {
        submittedOn = today;
    }
    Status status;
    status.target = settingsOf(m_db).submitTargetBusinessDays();
    status.businessDays = businessDaysBetween((*facts)->closedOn, submittedOn);
    status.overdue = status.businessDays > status.target;
    return status;
}

Result<HandoffClock::Status> HandoffClock::kickoffClock(qint64 dealId, QDate today) const
{
    auto facts = DealSql::clockFacts(m_db, dealId);
    if (!facts) {
        return facts.error();
    }
    if (!*facts) {
        return missingDeal(dealId);
    }
    Status status;
    status.target = settingsOf(m_db).kickoffTargetBusinessDays();
    const QDate acceptedOn = dateOf((*facts)->acceptedAt);
    if (!acceptedOn.isValid()) {
        return status;
    }
    const QDate kickoff = (*facts)->kickoffOn.isValid() ? (*facts)->kickoffOn : today;
    status.businessDays = businessDaysBetween(acceptedOn, kickoff);
    status.overdue = status.businessDays > status.target;
    return status;
}

Result<QList<qint64>> HandoffClock::overdueHandoffs(QDate today) const
{
    // A range on closed_on within the state index (deals_by_state, then closed_on from the row): no clock is
    // computed per row.
    const QDate before = overdueBefore(today, settingsOf(m_db).submitTargetBusinessDays());
    return DealSql::unsubmittedClosedBefore(m_db, before);
}

} // namespace handoff
