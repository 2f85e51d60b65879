#pragma once

#include "model/Enums.h"
#include "model/User.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace handoff {

// A ratio with the counts it was taken from. A denominator of 0 is "no data", never 0 %. Averages (returns per
// handoff, CSAT) are rates too: the sum over the count.
struct Rate {
    qint64 numerator = 0;
    qint64 denominator = 0;

    bool hasData() const { return denominator > 0; }
    std::optional<double> value() const
    {
        return denominator > 0 ? std::optional<double>(double(numerator) / double(denominator)) : std::nullopt;
    }
    bool operator==(const Rate& other) const = default;
};

// The median of count values; no value when count is 0. Of an even count, the mean of the two middle values.
struct Median {
    std::optional<double> value;
    qint64 count = 0;

    bool hasData() const { return count > 0; }
    bool operator==(const Median& other) const = default;
};

// Calendar dates from and to, both included. A timestamped event (a submission, a review) is in the period when it
// happened on one of those days in local time.
struct MetricsPeriod {
    QDate from;
    QDate to;

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    // The calendar month, quarter or ISO week (Monday to Sunday) that holds day.
    static MetricsPeriod monthOf(QDate day);
    static MetricsPeriod quarterOf(QDate day);
    static MetricsPeriod weekOf(QDate day);
    bool operator==(const MetricsPeriod& other) const = default;
};

// The step of a trend: an ISO week, a calendar month or a calendar quarter.
enum class TrendInterval { Week, Month, Quarter };

template <>
struct EnumKeys<TrendInterval> {
    static constexpr std::array keys{"week", "month", "quarter"};
};

// The step that keeps a trend of period readable: weeks for up to 92 days (any quarter), months for up to three
// years, quarters beyond. The dashboard, `handoff metrics` and the team report all follow it.
TrendInterval trendIntervalFor(const MetricsPeriod& period);

// The week, month or quarter that holds day, unclipped.
MetricsPeriod trendStepOf(TrendInterval interval, QDate day);

// What to compute: the period, the day the figures are "as of" (injected, never read from the clock inside the
// computation), optionally one team member, and the trend's step.
struct MetricsQuery {
    MetricsPeriod period;
    QDate today; // invalid: the database's today()
    // 0: the whole team. A user: only their rows, and team figures over the deals they are sales rep or support
    // owner of (and the tasks assigned to them).
    qint64 userId = 0;
    // A deal is at risk when an open promise falls due within this many days from today and still has open tasks.
    int atRiskDays = 14;
    TrendInterval interval = TrendInterval::Week;
};

// Returns counted by reason code (ReturnReason's order).
using ReturnReasonCounts = std::array<qint64, enumCount<ReturnReason>()>;

// The figures of handoff quality a sales rep answers for (one row per rep, and the team's total).
struct SalesFigures {
    qint64 handoffsSubmitted = 0;
    Rate firstPassAcceptance;
    Rate checklistCompleteness; // required items answered at first submission / required items
    Rate returnsPerHandoff;     // returns / handoffs submitted
    ReturnReasonCounts returnReasons{};
    Rate cannotFulfil;
    Rate promisesKept;
    Rate promisesBroken;
    Median businessDaysToFirstSubmit;
    Rate lateFirstSubmissions;
    qint64 unsubmittedOverdue = 0; // as of today
    Rate csat;                     // sum of scores / scores
};

// The figures of review and fulfilment a support rep answers for (one row per rep, and the team's total).
struct SupportFigures {
    Median reviewTurnaroundHours;
    Rate tasksOnTime;
    Rate promisesFulfilledOnTime;
    qint64 overdueTasks = 0; // as of today
    Median businessDaysToKickoff;
    Rate csat; // sum of scores / scores
};

struct SalesRepRow {
    User user;
    SalesFigures figures;
};

struct SupportRepRow {
    User user;
    SupportFigures figures;
};

// The whole team (or the one member of MetricsQuery::userId): the period's totals and the state as of today.
struct TeamFigures {
    SalesFigures sales;
    SupportFigures support;
    std::array<qint64, enumCount<HandoffState>()> handoffsByState{};
    std::array<qint64, enumCount<Feasibility>()> promisesByFeasibility{};
    std::array<qint64, enumCount<ReviewStatus>()> promisesByReview{};
    qint64 overduePromises = 0;
    qint64 atRiskDeals = 0;
};

// One step of the trend: a week, a month or a quarter, clipped to the period.
struct TrendPoint {
    MetricsPeriod period;
    qint64 handoffsSubmitted = 0;
    Rate firstPassAcceptance;
    Rate promisesKept;
    Rate promisesBroken; // its numerator: the promises due in the step that were not kept (overdue promises)
    Rate tasksOnTime;
    Rate tasksLate; // its numerator: the tasks due in the step that were not done by their due date (overdue tasks)
};

// Everything the dashboard and `handoff metrics` show for one query.
struct MetricsReport {
    MetricsQuery query;
    int submitTargetBusinessDays = 0;
    int requiredChecklistItems = 0;
    QList<SalesRepRow> salesReps;     // by name
    QList<SupportRepRow> supportReps; // by name
    TeamFigures team;
    QList<TrendPoint> trend;
};

// Every figure, with a key that never changes once shipped (JSON, settings, links from the dashboard).
enum class Figure {
    // per sales rep and team, over the period
    HandoffsSubmitted,
    FirstPassAcceptance,
    ChecklistCompleteness,
    ReturnsPerHandoff,
    ReturnReasons,
    CannotFulfil,
    PromisesKept,
    PromisesBroken,
    BusinessDaysToFirstSubmit,
    LateFirstSubmissions,
    UnsubmittedOverdue,
    CsatSalesRep,
    // per support rep and team, over the period
    ReviewTurnaroundHours,
    TasksOnTime,
    PromisesFulfilledOnTime,
    OverdueTasks,
    BusinessDaysToKickoff,
    CsatSupportOwner,
    // team, as of today
    HandoffsByState,
    PromisesByFeasibility,
    PromisesByReview,
    OverduePromises,
    AtRiskDeals,
    // trend only
    TasksLate,
};

// clang-format off
template <> struct EnumKeys<Figure> {
    static constexpr std::array keys{
        "handoffs_submitted", "first_pass_acceptance", "checklist_completeness", "returns_per_handoff",
        "return_reasons", "cannot_fulfil", "promises_kept", "promises_broken", "business_days_to_first_submit",
        "late_first_submissions", "unsubmitted_overdue", "csat_sales_rep",
        "review_turnaround_hours", "tasks_on_time", "promises_fulfilled_on_time", "overdue_tasks",
        "business_days_to_kickoff", "csat_support_owner",
        "handoffs_by_state", "promises_by_feasibility", "promises_by_review", "overdue_promises", "at_risk_deals",
        "tasks_late"};
};
// clang-format on

enum class FigureKind { Count, Rate, Median, Breakdown };
// Whose figure it is: the user id given with it names a sales rep, a support rep, or (Team) any member or nobody.
enum class FigureAudience { SalesRep, SupportRep, Team };
// Over the chosen period, or a state as of today whatever the period.
enum class FigureScope { Period, Today };

// Which deals of a figure to list: those it counts (a rate's numerator, a median's values, a count), or a rate's
// denominator.
enum class FigurePart { Counted, Base };

// The deals behind a figure: the first ones by id (at most the limit asked for) and how many there are in all.
struct DealsBehind {
    QList<qint64> dealIds;
    qint64 total = 0;
};

} // namespace handoff
