#include "workflow/FeasibilityRules.h"

#include <QStringList>

#include <algorithm>

namespace handoff {

namespace {

bool needsCapability(PromiseKind kind)
{
    return kind == PromiseKind::Feature || kind == PromiseKind::Integration;
}

} // namespace

FeasibilityResult FeasibilityRules::evaluate(const Promise& promise, const std::optional<Capability>& capability,
                                             QDate today, QDate contractStart)
{
    FeasibilityResult result;
    QStringList problems;
    const auto raise = [&result, &problems](Feasibility level, const QString& problem) {
        result.level = std::max(result.level, level);
        problems.append(problem);
    };
    // Whole days, spelled as people write them; %n would read "5 day(s)" in the untranslated English.
    const auto days = [](qint64 count) {
        return count == 1 || count == -1 ? tr("1 day") : tr("%1 days").arg(count < 0 ? -count : count);
    };

    if (capability) {
        switch (capability->status) {
        case CapabilityStatus::Unsupported:
            raise(Feasibility::Blocked, tr("'%1' is not offered").arg(capability->name));
            break;
        case CapabilityStatus::Planned:
            raise(Feasibility::Warning, tr("'%1' is planned, not available").arg(capability->name));
            break;
        case CapabilityStatus::Beta:
            raise(Feasibility::Warning, tr("'%1' is in beta, not generally available").arg(capability->name));
            break;
        case CapabilityStatus::Available:
            break;
        }
    } else if (needsCapability(promise.kind)) {
        raise(Feasibility::Warning, promise.kind == PromiseKind::Feature
                                        ? tr("a feature promise names no capability from the catalog")
                                        : tr("an integration promise names no capability from the catalog"));
    }

    // A missing due date is refused when the handoff is submitted; it says nothing about whether the work fits.
    if (promise.dueOn.isValid()) {
        if (promise.dueOn < today) {
            raise(Feasibility::Blocked, tr("was due on %1").arg(promise.dueOn.toString(Qt::ISODate)));
        } else if (capability && capability->status != CapabilityStatus::Unsupported) {
            // What is not offered has no lead time to fit in: that it is not offered is the whole problem.
            const bool fromContract = contractStart.isValid() && contractStart > today;
            const QDate from = fromContract ? contractStart : today;
            const qint64 left = from.daysTo(promise.dueOn);
            const int leadTime = capability->leadTimeDays;
            if (left < leadTime) {
                // With no lead time, the only problem is a date before the contract starts.
                const QString lead = leadTime > 0 ? tr("standard lead time is %1").arg(days(leadTime)) : QString();
                const QString start = contractStart.toString(Qt::ISODate);
                QString when;
                if (!fromContract) {
                    when = left == 0 ? tr("due today") : tr("due in %1").arg(days(left));
                } else if (left < 0) {
                    when = tr("due %1 before the contract starts on %2").arg(days(left), start);
                } else if (left == 0) {
                    when = tr("due the day the contract starts (%1)").arg(start);
                } else {
                    when = tr("due %1 after the contract starts on %2").arg(days(left), start);
                }
                raise(Feasibility::Warning, lead.isEmpty() ? when : tr("%1; %2").arg(when, lead));
            }
        }
    }

    result.reason = problems.join(QStringLiteral("; "));
    return result;
}

} // namespace handoff
