// ContactService, second half: the channels through which the customer of a deal wants to reach support.

#include "workflow/ContactService.h"

#include "model/Labels.h"
#include "storage/ContactSql.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <algorithm>

namespace handoff {

QStringList ContactService::channelProblems(const DealChannel& channel)
{
    const QString address = channel.address.trimmed();
    const QString kind = Labels::inSentence(Labels::of(channel.channel));
    if (address.isEmpty()) {
        return {tr("Enter where the customer is reached by %1: a number, an address or a link.").arg(kind)};
    }
    if (channel.channel == Channel::Email && !looksLikeEmail(address)) {
        return {tr("\"%1\" is not an email address; write it as support@example.com.").arg(address)};
    }
    if (channel.channel == Channel::Phone && !looksLikePhone(address)) {
        return {tr("\"%1\" is not a phone number; use %2 to %3 digits with + ( ) - . / or spaces between them.")
                    .arg(address)
                    .arg(kFewestPhoneDigits)
                    .arg(kMostPhoneDigits)};
    }
    return {};
}

Result<QList<DealChannel>> ContactService::channels(qint64 dealId) const
{
    auto found = ContactSql::channels(m_db, dealId);
    if (!found) {
        return found.error();
    }
    std::stable_sort(found->begin(), found->end(), [](const DealChannel& a, const DealChannel& b) {
        if (a.preferred != b.preferred) {
            return a.preferred;
        }
        return a.channel < b.channel;
    });
    return found;
}

Result<void> ContactService::clearPreferred(UnitOfWork& work, qint64 dealId, qint64 exceptId)
{
    DealChannelStore store(m_db);
    auto preferred = ContactSql::otherPreferred(m_db, dealId, exceptId);
    if (!preferred) {
        return preferred.error();
    }
    for (DealChannel channel : *preferred) {
        channel.preferred = false;
        if (auto saved = store.update(work, channel); !saved) {
            return saved.error();
        }
    }
    return {};
}

Result<DealChannel> ContactService::addChannel(const User& actor, const DealChannel& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    const QString refused = tr("The channel was not added.");
    if (auto deal = writableDeal(actor, given.dealId, refused); !deal) {
        return deal.error();
    }
    if (const QStringList found = channelProblems(given); !found.isEmpty()) {
        return makeError(Error::Code::Invalid, refused, found);
    }
    DealChannelStore store(m_db);
    auto existing = ContactSql::channels(m_db, given.dealId);
    if (!existing) {
        return existing.error();
    }
    for (const DealChannel& other : *existing) {
        if (other.channel == given.channel) {
            return makeError(Error::Code::Invalid, refused,
                             {tr("The deal already has a %1 channel (%2); change that one instead.")
                                  .arg(Labels::inSentence(Labels::of(given.channel)), other.address)});
        }
    }
    DealChannel channel = given;
    channel.id = 0;
    channel.address = given.address.trimmed();
    channel.preferred = given.preferred || existing->isEmpty();
    if (channel.preferred) {
        if (auto cleared = clearPreferred(*work, given.dealId, 0); !cleared) {
            return cleared.error();
        }
    }
    auto created = store.create(*work, channel);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

Result<DealChannel> ContactService::updateChannel(const User& actor, const DealChannel& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    DealChannelStore store(m_db);
    auto stored = store.get(given.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->version != given.version) {
        return store.update(*work, given);
    }
    const QString refused = tr("The channel was not changed.");
    if (auto deal = writableDeal(actor, stored->dealId, refused); !deal) {
        return deal.error();
    }
    if (const QStringList found = channelProblems(given); !found.isEmpty()) {
        return makeError(Error::Code::Invalid, refused, found);
    }
    if (given.channel != stored->channel) {
        auto taken = ContactSql::channelsOfKind(m_db, stored->dealId, toKey(given.channel));
        if (!taken) {
            return taken.error();
        }
        if (!taken->isEmpty()) {
            return makeError(Error::Code::Invalid, refused,
                             {tr("The deal already has a %1 channel (%2); change that one instead.")
                                  .arg(Labels::inSentence(Labels::of(given.channel)), taken->first().address)});
        }
    }
    DealChannel channel = *stored;
    channel.channel = given.channel;
    channel.address = given.address.trimmed();
    if (given.preferred && !stored->preferred) {
        if (auto cleared = clearPreferred(*work, stored->dealId, stored->id); !cleared) {
            return cleared.error();
        }
        channel.preferred = true;
    }
    auto saved = store.update(*work, channel);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<void> ContactService::removeChannel(const User& actor, const DealChannel& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    DealChannelStore store(m_db);
    auto stored = store.get(given.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->version != given.version) {
        return store.remove(*work, given);
    }
    if (auto deal = writableDeal(actor, stored->dealId, tr("The channel was not removed.")); !deal) {
        return deal.error();
    }
    if (auto removed = store.remove(*work, *stored); !removed) {
        return removed;
    }
    if (stored->preferred) {
        auto rest = ContactSql::channels(m_db, stored->dealId);
        if (!rest) {
            return rest.error();
        }
        if (!rest->isEmpty()) {
            DealChannel next = rest->first();
            next.preferred = true;
            if (auto saved = store.update(*work, next); !saved) {
                return saved.error();
            }
        }
    }
    return work->commit();
}

Result<DealChannel> ContactService::setPreferred(const User& actor, qint64 channelId)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    DealChannelStore store(m_db);
    auto stored = store.get(channelId);
    if (!stored) {
        return stored.error();
    }
    if (auto deal = writableDeal(actor, stored->dealId, tr("The preferred channel was not changed.")); !deal) {
        return deal.error();
    }
    if (stored->preferred) {
        return stored;
    }
    if (auto cleared = clearPreferred(*work, stored->dealId, stored->id); !cleared) {
        return cleared.error();
    }
    DealChannel channel = *stored;
    channel.preferred = true;
    auto saved = store.update(*work, channel);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

} // namespace handoff
