#include "metrics/MetricsJson.h"

#include <QJsonArray>

namespace handoff {

namespace {

QString key(Figure figure)
{
    return toKey(figure);
}

template <typename E, std::size_t N>
QJsonObject counts(const std::array<qint64, N>& values)
{
    QJsonObject object;
    for (E value : allValues<E>()) {
        object.insert(toKey(value), values[std::size_t(value)]);
    }
    return object;
}

QJsonObject person(const User& user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("name"), user.name},
            {QStringLiteral("email"), user.email},
            {QStringLiteral("role"), toKey(user.role)},
            {QStringLiteral("active"), user.active}};
}

QJsonObject period(const MetricsPeriod& period)
{
    return {{QStringLiteral("from"), period.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), period.to.toString(Qt::ISODate)}};
}

} // namespace

QJsonObject MetricsJson::rate(const Rate& rate)
{
    const auto value = rate.value();
    return {{QStringLiteral("numerator"), rate.numerator},
            {QStringLiteral("denominator"), rate.denominator},
            {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject MetricsJson::median(const Median& median)
{
    return {{QStringLiteral("value"), median.value ? QJsonValue(*median.value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("count"), median.count}};
}

QJsonObject MetricsJson::sales(const SalesFigures& f)
{
    return {{key(Figure::HandoffsSubmitted), f.handoffsSubmitted},
            {key(Figure::FirstPassAcceptance), rate(f.firstPassAcceptance)},
            {key(Figure::ChecklistCompleteness), rate(f.checklistCompleteness)},
            {key(Figure::ReturnsPerHandoff), rate(f.returnsPerHandoff)},
            {key(Figure::ReturnReasons), counts<ReturnReason>(f.returnReasons)},
            {key(Figure::CannotFulfil), rate(f.cannotFulfil)},
            {key(Figure::PromisesKept), rate(f.promisesKept)},
            {key(Figure::PromisesBroken), rate(f.promisesBroken)},
            {key(Figure::BusinessDaysToFirstSubmit), median(f.businessDaysToFirstSubmit)},
            {key(Figure::LateFirstSubmissions), rate(f.lateFirstSubmissions)},
            {key(Figure::UnsubmittedOverdue), f.unsubmittedOverdue},
            {key(Figure::CsatSalesRep), rate(f.csat)}};
}

QJsonObject MetricsJson::support(const SupportFigures& f)
{
    return {{key(Figure::ReviewTurnaroundHours), median(f.reviewTurnaroundHours)},
            {key(Figure::TasksOnTime), rate(f.tasksOnTime)},
            {key(Figure::PromisesFulfilledOnTime), rate(f.promisesFulfilledOnTime)},
            {key(Figure::OverdueTasks), f.overdueTasks},
            {key(Figure::BusinessDaysToKickoff), median(f.businessDaysToKickoff)},
            {key(Figure::CsatSupportOwner), rate(f.csat)}};
}

QJsonObject MetricsJson::report(const MetricsReport& report)
{
    QJsonObject team = sales(report.team.sales);
    const QJsonObject supportTeam = support(report.team.support);
    for (auto it = supportTeam.begin(); it != supportTeam.end(); ++it) {
        team.insert(it.key(), it.value());
    }
    team.insert(key(Figure::HandoffsByState), counts<HandoffState>(report.team.handoffsByState));
    team.insert(key(Figure::PromisesByFeasibility), counts<Feasibility>(report.team.promisesByFeasibility));
    team.insert(key(Figure::PromisesByReview), counts<ReviewStatus>(report.team.promisesByReview));
    team.insert(key(Figure::OverduePromises), report.team.overduePromises);
    team.insert(key(Figure::AtRiskDeals), report.team.atRiskDeals);

    QJsonArray salesReps;
    for (const SalesRepRow& row : report.salesReps) {
        QJsonObject object = sales(row.figures);
        object.insert(QStringLiteral("user"), person(row.user));
        salesReps.append(object);
    }
    QJsonArray supportReps;
    for (const SupportRepRow& row : report.supportReps) {
        QJsonObject object = support(row.figures);
        object.insert(QStringLiteral("user"), person(row.user));
        supportReps.append(object);
    }
    QJsonArray trend;
    for (const TrendPoint& point : report.trend) {
        trend.append(QJsonObject{{QStringLiteral("from"), point.period.from.toString(Qt::ISODate)},
                                 {QStringLiteral("to"), point.period.to.toString(Qt::ISODate)},
                                 {key(Figure::HandoffsSubmitted), point.handoffsSubmitted},
                                 {key(Figure::FirstPassAcceptance), rate(point.firstPassAcceptance)},
                                 {key(Figure::PromisesKept), rate(point.promisesKept)},
                                 {key(Figure::PromisesBroken), rate(point.promisesBroken)},
                                 {key(Figure::TasksOnTime), rate(point.tasksOnTime)},
                                 {key(Figure::TasksLate), rate(point.tasksLate)}});
    }
    return {{QStringLiteral("period"), period(report.query.period)},
            {QStringLiteral("today"), report.query.today.toString(Qt::ISODate)},
            {QStringLiteral("user_id"),
             report.query.userId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(report.query.userId)},
            {QStringLiteral("interval"), toKey(report.query.interval)},
            {QStringLiteral("at_risk_days"), report.query.atRiskDays},
            {QStringLiteral("submit_target_business_days"), report.submitTargetBusinessDays},
            {QStringLiteral("required_checklist_items"), report.requiredChecklistItems},
            {QStringLiteral("team"), team},
            {QStringLiteral("sales_reps"), salesReps},
            {QStringLiteral("support_reps"), supportReps},
            {QStringLiteral("trend"), trend}};
}

} // namespace handoff
