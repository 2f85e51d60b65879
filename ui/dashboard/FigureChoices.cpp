#include "dashboard/FigureChoices.h"

#include "metrics/MetricsFigures.h"
#include "model/Labels.h"

#include <algorithm>

namespace handoff {

QList<FigureChoice> FigureChoices::of(Figure figure, const ReturnReasonCounts* reasons)
{
    const FigureInfo info = MetricsFigures::info(figure);
    switch (figure) {
    case Figure::ReturnsPerHandoff:
    case Figure::ReturnReasons: {
        const QList<FigureChoice> returned{
            {tr("Handoffs returned at least once"), Figure::ReturnsPerHandoff, QString(), FigurePart::Counted},
            {tr("All handoffs submitted"), Figure::ReturnsPerHandoff, QString(), FigurePart::Base}};
        QList<ReturnReason> given;
        if (reasons) {
            for (ReturnReason reason : allValues<ReturnReason>()) {
                if ((*reasons)[std::size_t(reason)] > 0) {
                    given.append(reason);
                }
            }
            std::stable_sort(given.begin(), given.end(), [reasons](ReturnReason a, ReturnReason b) {
                return (*reasons)[std::size_t(a)] > (*reasons)[std::size_t(b)];
            });
        }
        QList<FigureChoice> byReason;
        for (ReturnReason reason : std::as_const(given)) {
            byReason.append(
                {tr("Returned for: %1 (returns: %L2)").arg(Labels::of(reason)).arg((*reasons)[std::size_t(reason)]),
                 Figure::ReturnReasons, toKey(reason), FigurePart::Counted});
        }
        // From the reasons column the most frequent reason comes first; from returns per handoff, the returns.
        return figure == Figure::ReturnReasons ? byReason + returned : returned + byReason;
    }
    case Figure::CsatSalesRep:
    case Figure::CsatSupportOwner:
        return {{tr("Deals scored in the period"), figure, QString(), FigurePart::Counted}};
    default:
        break;
    }
    if (info.kind == FigureKind::Rate) {
        return {{tr("Deals counted (the numerator)"), figure, QString(), FigurePart::Counted},
                {tr("All deals the rate is taken over (the denominator)"), figure, QString(), FigurePart::Base}};
    }
    return {{tr("Deals counted"), figure, QString(), FigurePart::Counted}};
}

QList<FigureChoice> FigureChoices::part(Figure figure, const QString& breakdownKey, const QString& label)
{
    return {{label, figure, breakdownKey, FigurePart::Counted}};
}

} // namespace handoff
