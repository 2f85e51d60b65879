#pragma once

#include "Result.h"
#include "metrics/MetricsTypes.h"

#include <QString>
#include <QVariant>

#include <array>
#include <functional>

namespace handoff {

class Database;
class Statement;

// The SQL of the metrics, kept in one place (SQLite's dialect: julianday, date(..., 'localtime'), json_each).
//
// Each "facts" statement yields one row per thing a figure counts (a first submission, a promise due, a task due, a
// review ...), with the deal it belongs to, the people it is counted for, the day it is counted on and its flags.
// MetricsCalculator aggregates facts by person or by trend step; DealsBehind lists their deals. Every statement reads
// its values from the same numbered parameters (Param), so one set of bindings serves them all.
class MetricsSql {
public:
    enum Param {
        PeriodStart = 1,   // UTC time text of the first moment of the period (local midnight)
        PeriodEnd,         // UTC time text of the first moment after the period
        FromDate,          // the period's first day, ISO date
        ToDate,            // the period's last day, ISO date
        Today,             // ISO date
        QueryUser,         // MetricsQuery::userId, 0 for everyone
        SubmitTarget,      // business days
        AtRiskUntil,       // ISO date: the last day of the at-risk horizon
        UnsubmittedBefore, // ISO date: deals closed before it and not submitted are over the submit clock
        Limit,             // rows of a deal list
        BreakdownKey,      // the part of a breakdown a deal list asks for
        FigureUser,        // the user whose figure a deal list is for, 0 for the team
        ParamCount = FigureUser
    };

    using Bindings = std::array<QVariant, ParamCount + 1>; // index 0 unused

    // Which rows a statement reads: those of the period; or, for the kept parts, all of the deals in figure_scope, or
    // of every deal.
    enum class Reach { Period, Scope, Everything };

    // facts: deal_id, sales_rep, support_owner, day, accepted, returns, days, has_snapshot, answered, reviewed,
    // cannot. One row per deal first submitted in the period.
    static QString cohortFacts();
    // facts: deal_id, sales_rep, support_owner, day, reason. One row per return of a deal first submitted in the
    // period; reason is a ReturnReason key.
    static QString returnFacts();
    // facts: deal_id, sales_rep, support_owner, day, settled, kept. One row per promise due in the period.
    static QString promiseDueFacts();
    // facts: deal_id, assignee, day, settled, on_time. One row per task due in the period.
    static QString taskDueFacts();
    // facts: deal_id, actor, day, hours. One row per acceptance or return in the period.
    static QString decisionFacts();
    // facts: deal_id, support_owner, day, days. One row per deal accepted in the period with a kickoff date.
    static QString kickoffFacts();
    // facts: deal_id, sales_rep, support_owner, day, score. One row per CSAT score dated in the period.
    static QString csatFacts();
    // facts as of today: deal_id, sales_rep, support_owner.
    static QString unsubmittedFacts();
    static QString overduePromiseFacts();
    static QString atRiskFacts();
    // facts as of today: deal_id, assignee.
    static QString overdueTaskFacts();
    // facts as of today: deal_id, sales_rep, support_owner, state.
    static QString dealFacts();
    // facts as of today: deal_id, sales_rep, support_owner, feasibility, review_status.
    static QString openPromiseFacts();

    // The aggregates a report runs (MetricsSqlAggregates.cpp), each over the whole period in one pass. Per person the
    // user id comes first (0: nobody). Per day rows let one statement serve the rows, the team and the trend.
    // kind 0, per sales rep, day and business days to submit: kind, sales rep, day, days, deals, first-pass accepted,
    // decided, returns, with snapshot, required answered, required, promises reviewed, promises "cannot fulfil",
    // NULL; kind 1, per sales rep and return reason: kind, sales rep, NULL, NULL, returns, NULL x 8, reason.
    static QString salesCohort();
    static QString promisesDue();  // sales rep, support owner, due day, settled, kept
    static QString csatScores();   // sales rep, support owner, sum of scores, scores
    static QString unsubmitted();  // sales rep, deals
    static QString tasksDue();     // assignee, due day, settled, on time
    static QString overdueTasks(); // assignee, tasks
    static QString turnaround();   // actor (-1: everyone), median hours, decisions
    static QString kickoffDays();  // support owner, business days, deals
    static QString dealsByState(); // state, deals
    static QString livePromises(); // feasibility, review status, fulfilment, promises, overdue promises
    static QString atRiskDeals();  // deals
    // Every aggregate of a report, in the order MetricsCalculator runs them (for the benchmark): from the rows, or
    // from the kept figures.
    static QStringList reportStatements(bool kept = false);

    // The same aggregates from the kept figures (figure_days, schema 8; MetricsSqlKept.cpp), giving the same
    // figures; the deals at risk are counted from the deals' kept parts (figure_parts).
    static QString keptSalesCohort();
    static QString keptPromisesDue();
    static QString keptCsatScores();
    static QString keptUnsubmitted();
    static QString keptTasksDue();
    static QString keptOverdueTasks();
    static QString keptTurnaround();
    static QString keptKickoffDays();
    static QString keptDealsByState();
    static QString keptLivePromises();
    static QString keptAtRiskDeals();
    // What each deal in the temporary table figure_scope (Reach::Scope), or every deal (Reach::Everything), adds to
    // the kept figures: the columns of figure_parts (deal_id, kind, day, a, b, k, t, u, n, v1 to v8), from the same
    // rows and conditions as the facts. Without parameters.
    static QString keptParts(Reach reach);

    // Where the deals behind a figure's counted or base part come from: one of the *Facts() statements and the
    // condition on its rows (aliased f) that picks them, the person filters (QueryUser, FigureUser) included.
    struct Source {
        QString facts;
        QString filter;
    };
    // kept: from the kept parts where they answer (the kept figures must be usable), from the rows otherwise.
    static Source dealsBehind(Figure figure, bool counted, bool kept = false);
    // The condition of the partial index figure_parts_by_day (schema 9): the kinds of parts listed by day.
    static QString keptByDay();
    // A return's ReturnReason key from its code (an expression): codes that are no reason count as "other".
    static QString returnReason(const QString& code);
    // The deals behind a figure: facts is one of the *Facts() statements, filter a condition on its rows (f). A page
    // of deal ids with the total (deal_id, total; the page's size bound to Limit), and the total alone.
    static QString dealsBehindPage(const QString& facts, const QString& filter);
    static QString dealsBehindCount(const QString& facts, const QString& filter);

    // "(?6 = 0 OR f.column = ?6)"-style filters on facts aliased f.
    static QString userIs(Param param, const QString& column);
    static QString userInDeal(Param param);

    // Runs sql with the bindings it uses and calls row for each result row.
    static Result<void> each(const Database& db, const QString& sql, const Bindings& bindings,
                             const std::function<void(const Statement&)>& row);

private:
    // Named parameters (:today) to SQLite's numbered ones (?5).
    static QString numbered(const QString& sql);
    // The audit row of a deal's state change to state, in the table aliased alias.
    static QString transition(const char* alias, const char* state);
    // Business days in (fromDate, toDate] of two SQL date expressions.
    static QString businessDays(const QString& fromDate, const QString& toDate);
    struct AuditRows {
        QString from;      // what the FROM clause reads: the audit log, aliased as asked
        QString condition; // what its rows must meet
    };
    static AuditRows auditRows(const char* alias, Reach reach);
    // The condition on a deal id column that keeps the deals of the reach (Scope or Everything).
    static QString inScope(const QString& column, Reach reach);
    // deal_id, at, day of every deal first submitted in the period, or of every deal in scope.
    static QString firstSubmissions(Reach reach);
    // The columns of cohortFacts over the first submissions aliased c; of the query's user's deals in a period.
    static QString cohortColumns(Reach reach);
    // deal_id, day of the acceptances in the period or of the deals in scope; the kickoff facts over them, aliased k.
    static QString acceptances(Reach reach);
    static QString kickoffColumns(Reach reach);
    // A return's reason code, of the return aliased x.
    static QString returnCode();
    // A review (acceptance or return) of a deal, aliased r; the time of its latest submission before it; the whole
    // minutes from that submission (column submitted) to the review (column at).
    static QString review();
    static QString submittedBeforeReview();
    static QString turnaroundMinutes();
    // The deals of live handoffs (neither fulfilled nor cancelled), aliased d.
    static QString liveDeal();
};

} // namespace handoff
