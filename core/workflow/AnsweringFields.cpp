#include "workflow/AnsweringFields.h"

#include "model/Labels.h"
#include "model/Money.h"

#include <QStringList>

namespace handoff::AnsweringFields {

QString text(AnsweringField field, const Deal& deal, const QList<DealChannel>& channels, const QLocale& locale)
{
    const auto date = [&locale](const QDate& day) {
        return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : QString();
    };
    switch (field) {
    case AnsweringField::None:
        break;
    case AnsweringField::Products:
        return deal.products.trimmed();
    case AnsweringField::Amount:
        return deal.amountMinor > 0 ? Money::format(deal.amountMinor, deal.currency, locale) : QString();
    case AnsweringField::ContractStart:
        return date(deal.contractStart);
    case AnsweringField::GoLiveTarget:
        return date(deal.goLiveTarget);
    case AnsweringField::WhyBought:
        return deal.whyBought.trimmed();
    case AnsweringField::SuccessCriteria:
        return deal.successCriteria.trimmed();
    case AnsweringField::KnownRisks:
        return deal.knownRisks.trimmed();
    case AnsweringField::Channels: {
        QStringList names;
        for (const DealChannel& channel : channels) {
            names << Labels::of(channel.channel);
        }
        return locale.createSeparatedList(names);
    }
    case AnsweringField::PreferredChannel:
        for (const DealChannel& channel : channels) {
            if (channel.preferred) {
                return Labels::of(channel.channel);
            }
        }
        break;
    }
    return {};
}

} // namespace handoff::AnsweringFields
