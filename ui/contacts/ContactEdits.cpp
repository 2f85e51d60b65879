#include "contacts/ContactEdits.h"

#include "deals/DealSession.h"
#include "model/Labels.h"

#include <memory>

namespace handoff {

namespace {

using Step = DealSession::Step;

template <typename T>
Result<void> done(const Result<T>& result)
{
    return result ? Result<void>() : Result<void>(result.error());
}

// The person in that role on the deal as stored now.
Result<DealContactRow> rowOf(Database& db, qint64 dealId, qint64 contactId, ContactRole role)
{
    auto rows = ContactService(db).forDeal(dealId);
    if (!rows) {
        return rows.error();
    }
    for (const DealContactRow& row : *rows) {
        if (row.contact.id == contactId && row.link.role == role) {
            return row;
        }
    }
    return makeError(Error::Code::NotFound,
                     ContactEdits::tr("The person is no longer on the deal as %1; someone else changed the contacts.")
                         .arg(Labels::inSentence(Labels::of(role))));
}

// The deal's channel of that kind as stored now.
Result<DealChannel> channelOf(Database& db, qint64 dealId, Channel kind)
{
    auto channels = ContactService(db).channels(dealId);
    if (!channels) {
        return channels.error();
    }
    for (const DealChannel& channel : *channels) {
        if (channel.channel == kind) {
            return channel;
        }
    }
    return makeError(Error::Code::NotFound, ContactEdits::tr("The deal no longer has a %1 channel; someone else "
                                                             "changed the channels.")
                                                .arg(Labels::inSentence(Labels::of(kind))));
}

Error changedElsewhere(const QString& what)
{
    return makeError(Error::Code::Conflict,
                     ContactEdits::tr("%1 was changed elsewhere after you opened it.").arg(what));
}

} // namespace

ContactEdits::ContactEdits(DealSession& session)
    : m_session(session)
{}

qint64 ContactEdits::add(QWidget* parent, const Contact& contact, ContactRole role)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    auto contactId = std::make_shared<qint64>(0); // known once the person exists; redo links them again
    const Step doIt = [&db, actor, dealId, contact, role, contactId]() -> Result<void> {
        ContactService service(db);
        if (*contactId == 0) {
            auto added = service.addNew(actor, dealId, contact, role);
            if (added) {
                *contactId = added->contact.id;
            }
            return done(added);
        }
        return done(service.link(actor, dealId, *contactId, role));
    };
    const Step undoIt = [&db, actor, dealId, role, contactId]() -> Result<void> {
        auto row = rowOf(db, dealId, *contactId, role);
        return row ? ContactService(db).unlink(actor, row->link) : Result<void>(row.error());
    };
    return m_session.apply(parent, tr("Add contact “%1”").arg(contact.name.simplified()), doIt, undoIt) ? *contactId
                                                                                                        : 0;
}

bool ContactEdits::link(QWidget* parent, const Contact& contact, ContactRole role)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const qint64 contactId = contact.id;
    const Step doIt = [&db, actor, dealId, contactId, role] {
        return done(ContactService(db).link(actor, dealId, contactId, role));
    };
    const Step undoIt = [&db, actor, dealId, contactId, role]() -> Result<void> {
        auto row = rowOf(db, dealId, contactId, role);
        return row ? ContactService(db).unlink(actor, row->link) : Result<void>(row.error());
    };
    return m_session.apply(parent, tr("Add contact “%1”").arg(contact.name), doIt, undoIt);
}

bool ContactEdits::edit(QWidget* parent, const DealContactRow& before, const DealContactRow& after)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const qint64 contactId = before.contact.id;
    // What the last step saved: the person's version and role.
    auto version = std::make_shared<int>(before.contact.version);
    auto role = std::make_shared<ContactRole>(before.link.role);
    const auto step = [&db, actor, dealId, contactId, version, role](const DealContactRow& to,
                                                                     bool checked) -> Result<void> {
        auto stored = rowOf(db, dealId, contactId, *role);
        if (!stored) {
            return stored.error();
        }
        DealContactRow target = to;
        target.contact.id = contactId;
        target.contact.version = checked ? *version : stored->contact.version;
        target.link = stored->link;
        target.link.role = to.link.role;
        auto saved = ContactService(db).edit(actor, target);
        if (!saved) {
            return saved.error();
        }
        *version = saved->contact.version;
        *role = saved->link.role;
        return {};
    };
    return m_session.apply(
        parent, tr("Edit contact “%1”").arg(after.contact.name.simplified()),
        [step, after] { return step(after, true); }, [step, before] { return step(before, true); },
        [step, after] { return step(after, false); });
}

bool ContactEdits::remove(QWidget* parent, const DealContactRow& row)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const qint64 contactId = row.contact.id;
    const ContactRole role = row.link.role;
    const Step doIt = [&db, actor, dealId, contactId, role]() -> Result<void> {
        auto stored = rowOf(db, dealId, contactId, role);
        return stored ? ContactService(db).unlink(actor, stored->link) : Result<void>(stored.error());
    };
    const Step undoIt = [&db, actor, dealId, contactId, role] {
        return done(ContactService(db).link(actor, dealId, contactId, role));
    };
    return m_session.apply(parent, tr("Remove “%1” from the deal").arg(row.contact.name), doIt, undoIt);
}

bool ContactEdits::addChannel(QWidget* parent, const DealChannel& channel)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    std::optional<Channel> previous;
    if (auto channels = ContactService(db).channels(dealId)) {
        for (const DealChannel& c : *channels) {
            if (c.preferred) {
                previous = c.channel;
            }
        }
    }
    auto added = std::make_shared<DealChannel>(channel);
    const Step doIt = [&db, actor, channel, added]() -> Result<void> {
        DealChannel fresh = channel;
        fresh.id = 0;
        fresh.version = 0;
        auto saved = ContactService(db).addChannel(actor, fresh);
        if (saved) {
            *added = *saved;
        }
        return done(saved);
    };
    const Step undoIt = [&db, actor, dealId, added, previous]() -> Result<void> {
        auto stored = channelOf(db, dealId, added->channel);
        if (!stored) {
            return stored.error();
        }
        if (stored->address != added->address) {
            return changedElsewhere(tr("The %1 channel").arg(Labels::inSentence(Labels::of(added->channel))));
        }
        ContactService service(db);
        if (auto removed = service.removeChannel(actor, *stored); !removed) {
            return removed;
        }
        if (previous && added->preferred) {
            auto before = channelOf(db, dealId, *previous);
            return before ? done(service.setPreferred(actor, before->id)) : Result<void>();
        }
        return {};
    };
    return m_session.apply(parent, tr("Add channel %1").arg(Labels::of(channel.channel)), doIt, undoIt);
}

bool ContactEdits::editChannel(QWidget* parent, const DealChannel& before, const DealChannel& after)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const auto step = [&db, actor, dealId](const DealChannel& from, const DealChannel& to,
                                           bool checked) -> Result<void> {
        auto stored = channelOf(db, dealId, from.channel);
        if (!stored) {
            return stored.error();
        }
        if (checked && stored->address != from.address) {
            return changedElsewhere(tr("The %1 channel").arg(Labels::inSentence(Labels::of(from.channel))));
        }
        DealChannel target = *stored;
        target.channel = to.channel;
        target.address = to.address;
        return done(ContactService(db).updateChannel(actor, target));
    };
    return m_session.apply(
        parent, tr("Edit channel %1").arg(Labels::of(after.channel)),
        [step, before, after] { return step(before, after, true); },
        [step, before, after] { return step(after, before, true); },
        [step, before, after] { return step(before, after, false); });
}

bool ContactEdits::removeChannel(QWidget* parent, const DealChannel& channel)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const Step doIt = [&db, actor, dealId, channel]() -> Result<void> {
        auto stored = channelOf(db, dealId, channel.channel);
        if (!stored) {
            return stored.error();
        }
        if (stored->address != channel.address) {
            return changedElsewhere(tr("The %1 channel").arg(Labels::inSentence(Labels::of(channel.channel))));
        }
        return ContactService(db).removeChannel(actor, *stored);
    };
    const Step undoIt = [&db, actor, channel] {
        DealChannel back = channel; // as preferred as it was: adding it so takes the preference back
        back.id = 0;
        back.version = 0;
        return done(ContactService(db).addChannel(actor, back));
    };
    return m_session.apply(parent, tr("Remove channel %1").arg(Labels::of(channel.channel)), doIt, undoIt);
}

bool ContactEdits::makePreferred(QWidget* parent, const DealChannel& channel, std::optional<Channel> previous)
{
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const auto prefer = [&db, actor, dealId](Channel kind) -> Result<void> {
        auto stored = channelOf(db, dealId, kind);
        return stored ? done(ContactService(db).setPreferred(actor, stored->id)) : Result<void>(stored.error());
    };
    const Channel kind = channel.channel;
    const Step undoIt = [prefer, previous]() -> Result<void> { return previous ? prefer(*previous) : Result<void>(); };
    return m_session.apply(
        parent, tr("Make %1 the preferred channel").arg(Labels::inSentence(Labels::of(kind))),
        [prefer, kind] { return prefer(kind); }, undoIt);
}

} // namespace handoff
