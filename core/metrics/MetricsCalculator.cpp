#include "metrics/MetricsCalculator.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Statement.h"
#include "workflow/HandoffClock.h"

namespace handoff {

namespace {

using S = MetricsSql;

void add(Rate& total, const Rate& part)
{
    total.numerator += part.numerator;
    total.denominator += part.denominator;
}

} // namespace

MetricsCalculator::MetricsCalculator(const Database& db, const MetricsQuery& query, int submitTarget, bool kept)
    : m_db(db)
    , m_query(query)
    , m_submitTarget(submitTarget)
    , m_kept(kept)
{
    const QDate& today = query.today;
    // The period's days in local time, as the UTC times the audit log stores.
    m_bindings[S::PeriodStart] = sql::time(QDateTime(query.period.from, QTime(0, 0), Qt::LocalTime));
    m_bindings[S::PeriodEnd] = sql::time(QDateTime(query.period.to.addDays(1), QTime(0, 0), Qt::LocalTime));
    m_bindings[S::FromDate] = sql::date(query.period.from);
    m_bindings[S::ToDate] = sql::date(query.period.to);
    m_bindings[S::Today] = sql::date(today);
    m_bindings[S::QueryUser] = query.userId;
    m_bindings[S::SubmitTarget] = submitTarget;
    m_bindings[S::AtRiskUntil] = sql::date(today.addDays(query.atRiskDays));
    m_bindings[S::UnsubmittedBefore] = sql::date(HandoffClock::overdueBefore(today, submitTarget));
    m_bindings[S::Limit] = 0;
    m_bindings[S::BreakdownKey] = QString();
    m_bindings[S::FigureUser] = 0;
}

void MetricsCalculator::addTo(SalesFigures& total, const SalesFigures& part)
{
    total.handoffsSubmitted += part.handoffsSubmitted;
    add(total.firstPassAcceptance, part.firstPassAcceptance);
    add(total.checklistCompleteness, part.checklistCompleteness);
    add(total.returnsPerHandoff, part.returnsPerHandoff);
    for (std::size_t i = 0; i < total.returnReasons.size(); ++i) {
        total.returnReasons[i] += part.returnReasons[i];
    }
    add(total.cannotFulfil, part.cannotFulfil);
    add(total.promisesKept, part.promisesKept);
    add(total.promisesBroken, part.promisesBroken);
    add(total.lateFirstSubmissions, part.lateFirstSubmissions);
    total.unsubmittedOverdue += part.unsubmittedOverdue;
    add(total.csat, part.csat);
}

void MetricsCalculator::addTo(SupportFigures& total, const SupportFigures& part)
{
    add(total.tasksOnTime, part.tasksOnTime);
    add(total.promisesFulfilledOnTime, part.promisesFulfilledOnTime);
    total.overdueTasks += part.overdueTasks;
    add(total.csat, part.csat);
}

QHash<qint64, Median> MetricsCalculator::medians(const Histogram& histogram)
{
    const auto medianOf = [](const QMap<qint64, qint64>& counts) {
        qint64 n = 0;
        for (qint64 count : counts) {
            n += count;
        }
        // The values at positions (n + 1) / 2 and (n + 2) / 2 (from 1): the same one when n is odd.
        const qint64 low = (n + 1) / 2;
        const qint64 high = (n + 2) / 2;
        std::optional<qint64> lowValue, highValue;
        qint64 seen = 0;
        for (auto it = counts.cbegin(); it != counts.cend() && !highValue; ++it) {
            seen += it.value();
            if (!lowValue && seen >= low) {
                lowValue = it.key();
            }
            if (seen >= high) {
                highValue = it.key();
            }
        }
        return n == 0 ? Median{} : Median{double(*lowValue + *highValue) / 2.0, n};
    };
    QHash<qint64, Median> result;
    QMap<qint64, qint64> everyone;
    for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
        result.insert(it.key(), medianOf(it.value()));
        for (auto value = it->cbegin(); value != it->cend(); ++value) {
            everyone[value.key()] += value.value();
        }
    }
    result.insert(kTeam, medianOf(everyone));
    return result;
}

Result<void> MetricsCalculator::run(QHash<qint64, SalesFigures>* sales, QHash<qint64, SupportFigures>* support,
                                    QList<TrendPoint>* trend) const
{
    if (trend) {
        *trend = steps();
    }
    if (sales || trend) {
        if (auto done = salesCohort(sales, trend); !done) {
            return done;
        }
    }
    if (auto done = promisesAndCsat(sales, support, trend); !done) {
        return done;
    }
    if (support || trend) {
        if (auto done = tasks(support, trend); !done) {
            return done;
        }
    }
    if (support) {
        return reviewsAndKickoffs(*support);
    }
    return {};
}

Result<void> MetricsCalculator::salesCohort(QHash<qint64, SalesFigures>* sales, QList<TrendPoint>* trend) const
{
    Histogram days;
    auto cohort = S::each(m_db, pick(S::salesCohort, S::keptSalesCohort), m_bindings, [&](const Statement& row) {
        const qint64 person = row.int64(1);
        const qint64 deals = row.int64(4);
        if (row.int64(0) == 1) { // returns by reason
            if (sales) {
                const auto reason = fromKey<ReturnReason>(row.text(13)).value_or(ReturnReason::Other);
                (*sales)[person].returnReasons[std::size_t(reason)] += deals;
            }
            return;
        }
        const Rate firstPass{row.int64(5), row.int64(6)};
        if (sales) {
            SalesFigures& f = (*sales)[person];
            const qint64 businessDays = row.int64(3);
            f.handoffsSubmitted += deals;
            add(f.firstPassAcceptance, firstPass);
            add(f.returnsPerHandoff, {row.int64(7), deals});
            add(f.checklistCompleteness, {row.int64(9), row.int64(10)});
            add(f.cannotFulfil, {row.int64(12), row.int64(11)});
            add(f.lateFirstSubmissions, {businessDays > m_submitTarget ? deals : 0, deals});
            days[person][businessDays] += deals;
        }
        if (trend) {
            if (TrendPoint* point = stepOf(*trend, row.text(2))) {
                point->handoffsSubmitted += deals;
                add(point->firstPassAcceptance, firstPass);
            }
        }
    });
    if (!cohort || !sales) {
        return cohort;
    }
    const QHash<qint64, Median> median = medians(days);
    for (auto it = median.cbegin(); it != median.cend(); ++it) {
        (*sales)[it.key()].businessDaysToFirstSubmit = it.value();
    }
    return S::each(m_db, pick(S::unsubmitted, S::keptUnsubmitted), m_bindings,
                   [&](const Statement& row) { (*sales)[row.int64(0)].unsubmittedOverdue = row.int64(1); });
}

// Promises due and CSAT scores count for both people of a deal: its sales rep and its support owner.
Result<void> MetricsCalculator::promisesAndCsat(QHash<qint64, SalesFigures>* sales,
                                                QHash<qint64, SupportFigures>* support, QList<TrendPoint>* trend) const
{
    const qint64 user = m_query.userId;
    // With a user chosen, a deal counts on the side where that user works on it.
    const auto counts = [user](qint64 person) { return user == 0 || person == user; };
    auto promises = S::each(m_db, pick(S::promisesDue, S::keptPromisesDue), m_bindings, [&](const Statement& row) {
        const qint64 settled = row.int64(3);
        const qint64 kept = row.int64(4);
        if (sales && counts(row.int64(0))) {
            SalesFigures& f = (*sales)[row.int64(0)];
            add(f.promisesKept, {kept, settled});
            add(f.promisesBroken, {settled - kept, settled});
        }
        if (support && counts(row.int64(1))) {
            add((*support)[row.int64(1)].promisesFulfilledOnTime, {kept, settled});
        }
        if (trend) {
            if (TrendPoint* point = stepOf(*trend, row.text(2))) {
                add(point->promisesKept, {kept, settled});
                add(point->promisesBroken, {settled - kept, settled});
            }
        }
    });
    if (!promises || (!sales && !support)) {
        return promises;
    }
    return S::each(m_db, pick(S::csatScores, S::keptCsatScores), m_bindings, [&](const Statement& row) {
        const Rate scores{row.int64(2), row.int64(3)};
        if (sales && counts(row.int64(0))) {
            add((*sales)[row.int64(0)].csat, scores);
        }
        if (support && counts(row.int64(1))) {
            add((*support)[row.int64(1)].csat, scores);
        }
    });
}

Result<void> MetricsCalculator::tasks(QHash<qint64, SupportFigures>* support, QList<TrendPoint>* trend) const
{
    auto due = S::each(m_db, pick(S::tasksDue, S::keptTasksDue), m_bindings, [&](const Statement& row) {
        const qint64 settled = row.int64(2);
        const qint64 onTime = row.int64(3);
        if (support) {
            add((*support)[row.int64(0)].tasksOnTime, {onTime, settled});
        }
        if (trend) {
            if (TrendPoint* point = stepOf(*trend, row.text(1))) {
                add(point->tasksOnTime, {onTime, settled});
                add(point->tasksLate, {settled - onTime, settled});
            }
        }
    });
    if (!due || !support) {
        return due;
    }
    return S::each(m_db, pick(S::overdueTasks, S::keptOverdueTasks), m_bindings,
                   [&](const Statement& row) { (*support)[row.int64(0)].overdueTasks = row.int64(1); });
}

Result<void> MetricsCalculator::reviewsAndKickoffs(QHash<qint64, SupportFigures>& support) const
{
    Histogram minutes;
    auto turnaround = S::each(m_db, pick(S::turnaround, S::keptTurnaround), m_bindings,
                              [&](const Statement& row) { minutes[row.int64(0)][row.int64(1)] += row.int64(2); });
    if (!turnaround) {
        return turnaround;
    }
    const QHash<qint64, Median> hours = medians(minutes);
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        Median median = it.value();
        if (median.value) {
            median.value = *median.value / 60.0;
        }
        support[it.key()].reviewTurnaroundHours = median;
    }
    Histogram days;
    auto kickoff = S::each(m_db, pick(S::kickoffDays, S::keptKickoffDays), m_bindings,
                           [&](const Statement& row) { days[row.int64(0)][row.int64(1)] += row.int64(2); });
    if (!kickoff) {
        return kickoff;
    }
    const QHash<qint64, Median> median = medians(days);
    for (auto it = median.cbegin(); it != median.cend(); ++it) {
        support[it.key()].businessDaysToKickoff = it.value();
    }
    return {};
}

} // namespace handoff
