#pragma once

#include "metrics/MetricsTypes.h"

#include <QJsonObject>

namespace handoff {

// A metrics report as JSON for scripts (`handoff metrics --json`): snake_case keys, the figures under their stable
// keys (EnumKeys<Figure>), every rate as {"numerator", "denominator", "value"} and every median as {"value", "count"},
// where value is null when there is no data.
class MetricsJson {
public:
    static QJsonObject report(const MetricsReport& report);
    static QJsonObject rate(const Rate& rate);
    static QJsonObject median(const Median& median);
    static QJsonObject sales(const SalesFigures& figures);
    static QJsonObject support(const SupportFigures& figures);
};

} // namespace handoff
