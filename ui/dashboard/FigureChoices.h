#pragma once

#include "dashboard/DealsBehindDialog.h"

#include <QCoreApplication>

namespace handoff {

// The ways to list the deals behind a figure the user clicked: what a rate counts and what it is taken over; the
// returned handoffs and each return reason; or simply the deals counted.
class FigureChoices {
    Q_DECLARE_TR_FUNCTIONS(FigureChoices)

public:
    // For a figure; reasons, when given, adds a choice per return reason that occurred.
    static QList<FigureChoice> of(Figure figure, const ReturnReasonCounts* reasons = nullptr);
    // One part of a breakdown (a handoff state ...).
    static QList<FigureChoice> part(Figure figure, const QString& breakdownKey, const QString& label);
};

} // namespace handoff
