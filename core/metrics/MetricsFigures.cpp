#include "metrics/MetricsFigures.h"

namespace handoff {

namespace {

template <typename E>
QStringList keysOf()
{
    QStringList keys;
    for (E value : allValues<E>()) {
        keys.append(toKey(value));
    }
    return keys;
}

} // namespace

// Each definition is the contract of the SQL in MetricsSql.cpp; change both together.
FigureInfo MetricsFigures::info(Figure figure)
{
    using K = FigureKind;
    using A = FigureAudience;
    using S = FigureScope;
    const QString key = toKey(figure);
    FigureInfo i;
    switch (figure) {
    case Figure::HandoffsSubmitted:
        i = {figure,
             key,
             tr("Handoffs submitted"),
             tr("Deals whose first submission to support happened in the period. Later submissions of the same deal "
                "(after a return) do not count again. This is the group of handoffs that the other figures of a "
                "sales rep describe, except promises kept and broken and CSAT."),
             K::Count,
             A::SalesRep,
             S::Period};
        break;
    case Figure::FirstPassAcceptance:
        i = {figure,
             key,
             tr("First-pass acceptance"),
             tr("Of the handoffs first submitted in the period that support has decided on (accepted, or returned at "
                "least once), the share accepted without ever being returned. Handoffs still waiting for their first "
                "review are not counted."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::ChecklistCompleteness:
        i = {figure,
             key,
             tr("Checklist completeness at first submission"),
             tr("For the handoffs first submitted in the period, the required checklist items answered when each "
                "was first submitted, divided by the required items the checklist had at that moment, both summed "
                "over those handoffs: the share of required items answered. A check item counts only when ticked."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::ReturnsPerHandoff:
        i = {figure,
             key,
             tr("Returns per handoff"),
             tr("How many times support returned the handoffs first submitted in the period (every return, up to "
                "today), divided by the number of those handoffs."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::ReturnReasons:
        i = {figure,
             key,
             tr("Return reasons"),
             tr("The returns of the handoffs first submitted in the period, counted by the reason code support gave. "
                "A return forced by a lead's override counts as \"other\"."),
             K::Breakdown,
             A::SalesRep,
             S::Period};
        break;
    case Figure::CannotFulfil:
        i = {figure,
             key,
             tr("Promises support could not fulfil"),
             tr("Of the promises of the handoffs first submitted in the period that support has reviewed, the share "
                "that support reviewed as \"cannot fulfil\" at least once, even if they were renegotiated, waived or "
                "removed afterwards."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::PromisesKept:
        i = {figure,
             key,
             tr("Promises kept"),
             tr("Of the promises due in the period that are settled (fulfilled, broken, or still open after their due "
                "date), the share fulfilled on or before their due date. Waived promises and the promises of "
                "cancelled deals are not counted, nor open promises not yet due. Counted for the deal's sales rep."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::PromisesBroken:
        i = {figure,
             key,
             tr("Promises broken"),
             tr("Of the same settled promises due in the period, the share not fulfilled by their due date: marked "
                "broken, fulfilled late, or still open after the due date. Kept and broken add up to the whole."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::BusinessDaysToFirstSubmit:
        i = {figure,
             key,
             tr("Median business days to first submission"),
             tr("For the handoffs first submitted in the period, the median number of business days (Monday to "
                "Friday) from the closed-won date to the day of the first submission, counted as the submit clock "
                "counts them."),
             K::Median,
             A::SalesRep,
             S::Period};
        break;
    case Figure::LateFirstSubmissions:
        i = {figure,
             key,
             tr("First submissions over the submit clock"),
             tr("Of the handoffs first submitted in the period, the share whose first submission took more business "
                "days after closed-won than the team's submit target."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::UnsubmittedOverdue:
        i = {figure,
             key,
             tr("Unsubmitted handoffs over the submit clock"),
             tr("As of today, whatever the period: draft or returned handoffs whose closed-won date is more business "
                "days ago than the team's submit target."),
             K::Count,
             A::SalesRep,
             S::Today};
        break;
    case Figure::CsatSalesRep:
        i = {figure,
             key,
             tr("Customer satisfaction (sales rep)"),
             tr("The average CSAT score (1 to 5) recorded with a date in the period for the deals of the sales rep: "
                "the sum of the scores divided by their number."),
             K::Rate,
             A::SalesRep,
             S::Period};
        break;
    case Figure::ReviewTurnaroundHours:
        i = {figure,
             key,
             tr("Median review turnaround (hours)"),
             tr("For every acceptance or return made in the period, the hours from the submission it decided on (the "
                "latest submission of the deal before it) to the decision, to the minute; the median per support rep "
                "who decided."),
             K::Median,
             A::SupportRep,
             S::Period};
        break;
    case Figure::TasksOnTime:
        i = {figure,
             key,
             tr("Tasks done on time"),
             tr("Of the fulfilment tasks due in the period that are settled (done, or not done after their due "
                "date), the share done on or before their due date. Counted for the task's assignee; tasks not yet "
                "due and not done are not counted."),
             K::Rate,
             A::SupportRep,
             S::Period};
        break;
    case Figure::PromisesFulfilledOnTime:
        i = {figure,
             key,
             tr("Promises fulfilled on time"),
             tr("Promises kept, counted for the support owner of the deal: of the settled promises due in the "
                "period, the share fulfilled on or before their due date."),
             K::Rate,
             A::SupportRep,
             S::Period};
        break;
    case Figure::OverdueTasks:
        i = {figure,
             key,
             tr("Overdue tasks"),
             tr("As of today, whatever the period: fulfilment tasks not done whose due date is before today, counted "
                "for their assignee."),
             K::Count,
             A::SupportRep,
             S::Today};
        break;
    case Figure::BusinessDaysToKickoff:
        i = {figure,
             key,
             tr("Median business days from acceptance to kickoff"),
             tr("For the handoffs accepted in the period that have a kickoff date in their checklist, the median "
                "number of business days from the day of acceptance to the kickoff date (0 when the kickoff was "
                "planned for the day of acceptance or earlier). Counted for the support owner."),
             K::Median,
             A::SupportRep,
             S::Period};
        break;
    case Figure::CsatSupportOwner:
        i = {figure,
             key,
             tr("Customer satisfaction (support owner)"),
             tr("The average CSAT score (1 to 5) recorded with a date in the period for the deals the support rep "
                "owns: the sum of the scores divided by their number."),
             K::Rate,
             A::SupportRep,
             S::Period};
        break;
    case Figure::HandoffsByState:
        i = {figure,
             key,
             tr("Handoffs by state"),
             tr("As of today, whatever the period: the number of deals in each handoff state."),
             K::Breakdown,
             A::Team,
             S::Today};
        break;
    case Figure::PromisesByFeasibility:
        i = {figure,
             key,
             tr("Open promises by feasibility"),
             tr("As of today, whatever the period: open promises of handoffs that are neither fulfilled nor "
                "cancelled, counted by feasibility (ok, warning, blocked)."),
             K::Breakdown,
             A::Team,
             S::Today};
        break;
    case Figure::PromisesByReview:
        i = {figure,
             key,
             tr("Open promises by review status"),
             tr("As of today, whatever the period: open promises of handoffs that are neither fulfilled nor "
                "cancelled, counted by support's review status."),
             K::Breakdown,
             A::Team,
             S::Today};
        break;
    case Figure::OverduePromises:
        i = {figure,
             key,
             tr("Overdue promises"),
             tr("As of today, whatever the period: promises neither fulfilled nor waived whose due date is before "
                "today, on handoffs that are neither fulfilled nor cancelled."),
             K::Count,
             A::Team,
             S::Today};
        break;
    case Figure::AtRiskDeals:
        i = {figure,
             key,
             tr("Deals at risk"),
             tr("As of today, whatever the period: handoffs neither fulfilled nor cancelled with an open promise due "
                "between today and the at-risk horizon (14 days unless chosen otherwise) while fulfilment tasks of the "
                "deal are still not done."),
             K::Count,
             A::Team,
             S::Today};
        break;
    case Figure::TasksLate:
        i = {figure,
             key,
             tr("Tasks overdue"),
             tr("Of the settled fulfilment tasks due in the period, the share not done by their due date: done late "
                "or still not done after it. Tasks done on time and tasks overdue add up to the whole."),
             K::Rate,
             A::SupportRep,
             S::Period};
        break;
    }
    return i;
}

QList<FigureInfo> MetricsFigures::all()
{
    QList<FigureInfo> figures;
    for (Figure figure : allValues<Figure>()) {
        figures.append(info(figure));
    }
    return figures;
}

std::optional<Figure> MetricsFigures::fromKey(QStringView key)
{
    return handoff::fromKey<Figure>(key);
}

QStringList MetricsFigures::breakdownKeys(Figure figure)
{
    switch (figure) {
    case Figure::HandoffsByState:
        return keysOf<HandoffState>();
    case Figure::PromisesByFeasibility:
        return keysOf<Feasibility>();
    case Figure::PromisesByReview:
        return keysOf<ReviewStatus>();
    case Figure::ReturnReasons:
        return keysOf<ReturnReason>();
    default:
        return {};
    }
}

QList<Figure> MetricsFigures::salesScorecard()
{
    return {Figure::HandoffsSubmitted,    Figure::FirstPassAcceptance,
            Figure::ReturnsPerHandoff,    Figure::ReturnReasons,
            Figure::CsatSalesRep,         Figure::ChecklistCompleteness,
            Figure::CannotFulfil,         Figure::PromisesKept,
            Figure::PromisesBroken,       Figure::BusinessDaysToFirstSubmit,
            Figure::LateFirstSubmissions, Figure::UnsubmittedOverdue};
}

QList<Figure> MetricsFigures::supportScorecard()
{
    return {Figure::ReviewTurnaroundHours, Figure::TasksOnTime,           Figure::PromisesFulfilledOnTime,
            Figure::OverdueTasks,          Figure::BusinessDaysToKickoff, Figure::CsatSupportOwner};
}

} // namespace handoff
