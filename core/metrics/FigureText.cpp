#include "metrics/FigureText.h"

#include "model/Labels.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace handoff {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

std::optional<double> valueOf(const Median& median)
{
    return median.hasData() ? median.value : std::nullopt;
}

qint64 totalOf(const ReturnReasonCounts& counts)
{
    return std::accumulate(counts.begin(), counts.end(), qint64(0));
}

} // namespace

QString FigureText::noData()
{
    return tr("no data");
}

QString FigureText::step(TrendInterval interval, const MetricsPeriod& step)
{
    const QLocale locale;
    switch (interval) {
    case TrendInterval::Week:
        return locale.toString(step.from, tr("d MMM", "a week's first day on a chart axis"));
    case TrendInterval::Month:
        return locale.toString(step.from, tr("MMM yyyy", "a month on a chart axis"));
    case TrendInterval::Quarter:
        return tr("Q%1 %2", "a calendar quarter on a chart axis: its number (1 to 4) and year")
            .arg((step.from.month() - 1) / 3 + 1)
            .arg(step.from.year());
    }
    return locale.toString(step.from, QLocale::ShortFormat);
}

QString FigureText::percent(const Rate& rate)
{
    if (!rate.hasData()) {
        return noData();
    }
    return tr("%1 % (%2/%3)").arg(number(*rate.value() * 100.0, 0), count(rate.numerator), count(rate.denominator));
}

QString FigureText::percentLong(const Rate& rate)
{
    if (!rate.hasData()) {
        return noData();
    }
    return tr("%1 % (%2 of %3)").arg(number(*rate.value() * 100.0, 0), count(rate.numerator), count(rate.denominator));
}

QString FigureText::percentOnly(const Rate& rate)
{
    return rate.hasData() ? tr("%1 %").arg(number(*rate.value() * 100.0, 0)) : noData();
}

QString FigureText::counts(const Rate& rate)
{
    return rate.hasData() ? tr("%1 of %2").arg(count(rate.numerator), count(rate.denominator)) : QString();
}

QString FigureText::ratio(const Rate& rate)
{
    if (!rate.hasData()) {
        return noData();
    }
    return tr("%1 (%2/%3)").arg(number(*rate.value(), 2), count(rate.numerator), count(rate.denominator));
}

QString FigureText::average(const Rate& rate)
{
    if (!rate.hasData()) {
        return noData();
    }
    return tr("%1 (%2)").arg(number(*rate.value(), 1), count(rate.denominator));
}

QString FigureText::median(const Median& median)
{
    if (!median.hasData() || !median.value) {
        return noData();
    }
    return tr("%1 (%2)").arg(number(*median.value, 1), count(median.count));
}

QString FigureText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString FigureText::returnReasons(const ReturnReasonCounts& counts, int limit)
{
    QList<ReturnReason> reasons;
    for (ReturnReason reason : allValues<ReturnReason>()) {
        if (counts[std::size_t(reason)] > 0) {
            reasons.append(reason);
        }
    }
    if (reasons.isEmpty()) {
        return QString();
    }
    // Most frequent first; ties keep the order of the reason codes.
    std::stable_sort(reasons.begin(), reasons.end(), [&counts](ReturnReason a, ReturnReason b) {
        return counts[std::size_t(a)] > counts[std::size_t(b)];
    });
    QStringList parts;
    for (ReturnReason reason : reasons.mid(0, limit)) {
        parts.append(tr("%1 %2").arg(Labels::of(reason), count(counts[std::size_t(reason)])));
    }
    if (reasons.size() > limit) {
        parts.append(tr("…"));
    }
    return parts.join(tr(", "));
}

QString FigureText::of(Figure figure, const SalesFigures& f, bool longForm)
{
    const auto pct = [longForm](const Rate& rate) { return longForm ? percentLong(rate) : percent(rate); };
    switch (figure) {
    case Figure::HandoffsSubmitted:
        return count(f.handoffsSubmitted);
    case Figure::FirstPassAcceptance:
        return pct(f.firstPassAcceptance);
    case Figure::ChecklistCompleteness:
        return pct(f.checklistCompleteness);
    case Figure::ReturnsPerHandoff:
        return ratio(f.returnsPerHandoff);
    case Figure::ReturnReasons:
        return returnReasons(f.returnReasons, longForm ? int(enumCount<ReturnReason>()) : 2);
    case Figure::CannotFulfil:
        return pct(f.cannotFulfil);
    case Figure::PromisesKept:
        return pct(f.promisesKept);
    case Figure::PromisesBroken:
        return pct(f.promisesBroken);
    case Figure::BusinessDaysToFirstSubmit:
        return median(f.businessDaysToFirstSubmit);
    case Figure::LateFirstSubmissions:
        return pct(f.lateFirstSubmissions);
    case Figure::UnsubmittedOverdue:
        return count(f.unsubmittedOverdue);
    case Figure::CsatSalesRep:
        return average(f.csat);
    default:
        return QString();
    }
}

QString FigureText::of(Figure figure, const SupportFigures& f, bool longForm)
{
    const auto pct = [longForm](const Rate& rate) { return longForm ? percentLong(rate) : percent(rate); };
    switch (figure) {
    case Figure::ReviewTurnaroundHours:
        return median(f.reviewTurnaroundHours);
    case Figure::TasksOnTime:
        return pct(f.tasksOnTime);
    case Figure::PromisesFulfilledOnTime:
        return pct(f.promisesFulfilledOnTime);
    case Figure::OverdueTasks:
        return count(f.overdueTasks);
    case Figure::BusinessDaysToKickoff:
        return median(f.businessDaysToKickoff);
    case Figure::CsatSupportOwner:
        return average(f.csat);
    default:
        return QString();
    }
}

std::optional<double> FigureText::sortValue(Figure figure, const SalesFigures& f)
{
    switch (figure) {
    case Figure::HandoffsSubmitted:
        return double(f.handoffsSubmitted);
    case Figure::FirstPassAcceptance:
        return f.firstPassAcceptance.value();
    case Figure::ChecklistCompleteness:
        return f.checklistCompleteness.value();
    case Figure::ReturnsPerHandoff:
        return f.returnsPerHandoff.value();
    case Figure::ReturnReasons: {
        const qint64 returns = totalOf(f.returnReasons);
        return returns > 0 ? std::optional<double>(double(returns)) : std::nullopt;
    }
    case Figure::CannotFulfil:
        return f.cannotFulfil.value();
    case Figure::PromisesKept:
        return f.promisesKept.value();
    case Figure::PromisesBroken:
        return f.promisesBroken.value();
    case Figure::BusinessDaysToFirstSubmit:
        return valueOf(f.businessDaysToFirstSubmit);
    case Figure::LateFirstSubmissions:
        return f.lateFirstSubmissions.value();
    case Figure::UnsubmittedOverdue:
        return double(f.unsubmittedOverdue);
    case Figure::CsatSalesRep:
        return f.csat.value();
    default:
        return std::nullopt;
    }
}

std::optional<double> FigureText::sortValue(Figure figure, const SupportFigures& f)
{
    switch (figure) {
    case Figure::ReviewTurnaroundHours:
        return valueOf(f.reviewTurnaroundHours);
    case Figure::TasksOnTime:
        return f.tasksOnTime.value();
    case Figure::PromisesFulfilledOnTime:
        return f.promisesFulfilledOnTime.value();
    case Figure::OverdueTasks:
        return double(f.overdueTasks);
    case Figure::BusinessDaysToKickoff:
        return valueOf(f.businessDaysToKickoff);
    case Figure::CsatSupportOwner:
        return f.csat.value();
    default:
        return std::nullopt;
    }
}

} // namespace handoff
