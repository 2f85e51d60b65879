#include "demo/DemoDealBuilder.h"

#include "demo/DemoJson.h"
#include "demo/DemoWriter.h"
#include "model/Comment.h"
#include "model/Contact.h"

#include <algorithm>
#include <array>

namespace handoff {

namespace {

using W = DemoWorld;

constexpr std::size_t kRecentCustomers = 64;

const char* channelLabel(Channel channel)
{
    static constexpr std::array labels{"Phone", "Email", "Web form", "Chat", "Social", "Forum", "Portal"};
    return labels[static_cast<std::size_t>(channel)];
}

} // namespace

DemoDealBuilder::DemoDealBuilder(DemoDice& dice, DemoWriter& writer, const DemoWorld& world)
    : m_dice(dice)
    , m_writer(writer)
    , m_world(world)
    , m_planner(dice, world)
{
    m_companyNames.reserve(4096);
    m_audit.reserve(64);
}

Result<void> DemoDealBuilder::build(int index)
{
    planDeal(index);
    for (auto step :
         {&DemoDealBuilder::writeCustomer, &DemoDealBuilder::writeContactsAndChannels, &DemoDealBuilder::writeChecklist,
          &DemoDealBuilder::writePromisesAndTasks, &DemoDealBuilder::writeSnapshots, &DemoDealBuilder::writeComments,
          &DemoDealBuilder::writeHistory}) {
        if (auto done = (this->*step)(); !done) {
            return done;
        }
    }
    return {};
}

void DemoDealBuilder::log(qint64 at, qint64 actor, const char* action, const char* entity, qint64 entityId,
                          const QString& field, const QString& oldValue, const QString& newValue, const QString& reason)
{
    AuditEntry entry;
    entry.actorId = actor;
    entry.action = QLatin1StringView(action);
    entry.entity = QLatin1StringView(entity);
    entry.entityId = entityId;
    entry.dealId = m_current.deal.id;
    entry.field = field;
    entry.oldValue = oldValue;
    entry.newValue = newValue;
    entry.reason = reason;
    m_audit.emplace_back(at, std::move(entry));
}

QString DemoDealBuilder::uniqueCompanyName(int index, const DemoRegion& region, const DemoSector& sector,
                                           QString& shortName, QString& slug)
{
    const auto last = [this] { return m_dice.text(DemoVocabulary::lastNames()); };
    for (int attempt = 0;; ++attempt) {
        QString stem;
        static constexpr std::array patternWeights{35, 25, 15, 25};
        switch (m_dice.weighted(patternWeights)) {
        case 0:
            stem = m_dice.text(DemoVocabulary::companyCores());
            break;
        case 1:
            stem = m_dice.text(DemoVocabulary::brandStarts()) + m_dice.text(DemoVocabulary::brandEnds());
            break;
        case 2: {
            const QString first = last();
            QString second = last();
            if (second == first) {
                second = m_dice.text(DemoVocabulary::companyCores());
            }
            stem = first + QLatin1StringView(" & ") + second;
            break;
        }
        default:
            stem = m_dice.text(DemoVocabulary::companyPrefixes()) + u' ' + m_dice.text(DemoVocabulary::companyCores());
            break;
        }
        shortName = stem + u' ' + QString::fromUtf8(sector.word);
        if (attempt >= 8) {
            // The common combinations are taken: a city keeps the name plausible, the index makes it unique.
            shortName += u' ' + m_dice.text(region.cities);
            if (attempt >= 16) {
                shortName += QStringLiteral(" %1").arg(index + 1);
            }
        }
        QString name = shortName;
        if (m_dice.chance(55)) {
            name += u' ' + m_dice.text(region.legalForms);
        }
        // A fixed seed: the same seed of the dice must give the same names in every run.
        const size_t folded = qHash(name.toCaseFolded(), size_t(0));
        if (m_companyNames.contains(folded)) {
            continue;
        }
        m_companyNames.insert(folded);
        slug = DemoVocabulary::asciiFold(stem);
        return name;
    }
}

DemoDealBuilder::Customer& DemoDealBuilder::customerFor(int index, bool& repeat)
{
    repeat = !m_recent.empty() && m_dice.chance(10);
    if (repeat) {
        return m_recent[static_cast<std::size_t>(m_dice.below(static_cast<int>(m_recent.size())))];
    }
    Customer customer;
    static const std::vector<int> regionWeights = [] {
        std::vector<int> weights;
        for (const DemoRegion& region : DemoVocabulary::regions()) {
            weights.push_back(region.weight);
        }
        return weights;
    }();
    customer.region = &DemoVocabulary::regions()[static_cast<std::size_t>(m_dice.weighted(regionWeights))];
    const DemoSector& sector = m_dice.pick(DemoVocabulary::sectors());
    customer.name = uniqueCompanyName(index, *customer.region, sector, customer.shortName, customer.slug);
    customer.industry = QString::fromUtf8(sector.industry);
    customer.domain = customer.slug;
    if (m_dice.chance(35)) {
        customer.domain += DemoVocabulary::asciiFold(QString::fromUtf8(sector.word));
    }
    customer.domain += QLatin1StringView(customer.region->tld);
    m_recent.push_back(std::move(customer));
    if (m_recent.size() > kRecentCustomers) {
        m_recent.pop_front();
    }
    return m_recent.back();
}

DemoDealBuilder::Person DemoDealBuilder::makePerson(const Customer& customer, ContactRole role)
{
    Person person;
    const QString first = m_dice.text(DemoVocabulary::firstNames());
    const QString last = m_dice.text(DemoVocabulary::lastNames());
    person.name = first + u' ' + last;
    person.title = m_dice.text(DemoVocabulary::titlesFor(role));
    const QString f = DemoVocabulary::asciiFold(first);
    const QString l = DemoVocabulary::asciiFold(last);
    static constexpr std::array emailWeights{60, 20, 10, 10};
    switch (m_dice.weighted(emailWeights)) {
    case 0:
        person.email = f + u'.' + l;
        break;
    case 1:
        person.email = f.left(1) + l;
        break;
    case 2:
        person.email = f;
        break;
    default:
        person.email = f + u'_' + l.left(1);
        break;
    }
    person.email += u'@' + customer.domain;
    const DemoRegion& region = *customer.region;
    if (qstrcmp(region.phonePrefix, "+1") == 0) {
        // 555-0100 to 555-0199 are reserved for fiction in North America.
        person.phone = QStringLiteral("+1 %1 555 01%2")
                           .arg(m_dice.between(201, 989))
                           .arg(m_dice.between(0, 99), 2, 10, QLatin1Char('0'));
    } else {
        person.phone = QStringLiteral("%1 %2 %3 %4")
                           .arg(QLatin1StringView(region.phonePrefix))
                           .arg(m_dice.between(10, 99))
                           .arg(m_dice.between(100, 9999), 4, 10, QLatin1Char('0'))
                           .arg(m_dice.between(0, 9999), 4, 10, QLatin1Char('0'));
    }
    static constexpr std::array channelWeights{20, 45, 6, 12, 4, 3, 10};
    person.channel = static_cast<Channel>(m_dice.weighted(channelWeights));
    const DemoRegion& home = m_dice.chance(12) ? m_dice.pick(DemoVocabulary::regions()) : region;
    person.timeZone = m_dice.text(home.timeZones);
    return person;
}

DemoStory DemoDealBuilder::makeStory(HandoffState state, QDate closedOn)
{
    DemoStory story;
    story.state = state;
    int submissions = 0;
    int returns = 0;
    bool accept = false;
    bool fulfil = false;
    bool cancel = false;
    static constexpr std::array resubmitWeights{78, 18, 4};
    switch (state) {
    case HandoffState::Draft:
        break;
    case HandoffState::Submitted:
        submissions = 1 + m_dice.weighted(resubmitWeights);
        returns = submissions - 1;
        break;
    case HandoffState::Returned:
        submissions = returns = m_dice.chance(80) ? 1 : 2;
        break;
    case HandoffState::Accepted:
    case HandoffState::Fulfilled:
        submissions = 1 + m_dice.weighted(resubmitWeights);
        returns = submissions - 1;
        accept = true;
        fulfil = state == HandoffState::Fulfilled;
        break;
    case HandoffState::Cancelled: {
        static constexpr std::array fromWeights{40, 25, 35};
        static constexpr std::array from{HandoffState::Draft, HandoffState::Submitted, HandoffState::Returned};
        story.cancelledFrom = from[static_cast<std::size_t>(m_dice.weighted(fromWeights))];
        submissions = story.cancelledFrom == HandoffState::Draft ? 0 : 1;
        returns = story.cancelledFrom == HandoffState::Returned ? 1 : 0;
        cancel = true;
        break;
    }
    }

    // Gaps between the events, in order; squeezed below if they would run past today.
    std::vector<qint64> gaps;
    gaps.push_back(m_dice.between64(0, 30 * W::kHour));
    for (int i = 0; i < submissions; ++i) {
        gaps.push_back(i == 0 ? m_dice.between64(W::kHour, 5 * W::kDay) : m_dice.between64(3 * W::kHour, 6 * W::kDay));
        if (i < returns) {
            gaps.push_back(m_dice.between64(2 * W::kHour, 4 * W::kDay));
        }
    }
    if (accept) {
        gaps.push_back(m_dice.between64(2 * W::kHour, 6 * W::kDay));
    }
    if (fulfil) {
        gaps.push_back(m_dice.between64(30 * W::kDay, 150 * W::kDay));
    }
    if (cancel) {
        gaps.push_back(m_dice.between64(W::kDay, 20 * W::kDay));
    }
    const qint64 start = W::startOf(closedOn) + 6 * W::kHour;
    const qint64 available = (m_world.now() - start) * 97 / 100;
    qint64 total = 0;
    for (qint64 gap : gaps) {
        total += gap;
    }
    if (total > available) {
        // In doubles: a gap of months times the milliseconds available exceeds what 64 bits hold.
        const double scale = double(available) / double(total);
        for (qint64& gap : gaps) {
            gap = std::max(W::kMinute, qint64(double(gap) * scale));
        }
    }

    qint64 at = start;
    std::size_t next = 0;
    at += gaps[next++];
    story.created = at;
    for (int i = 0; i < submissions; ++i) {
        at += gaps[next++];
        story.submits.push_back(at);
        if (i < returns) {
            at += gaps[next++];
            story.returns.push_back(at);
            static constexpr std::array reasonWeights{40, 25, 20, 5, 10};
            story.reasons.push_back(static_cast<ReturnReason>(m_dice.weighted(reasonWeights)));
            story.returners.push_back(m_dice.chance(85) ? m_world.anySupport(m_dice) : m_world.anyLead(m_dice));
        }
    }
    if (accept) {
        at += gaps[next++];
        story.accepted = at;
    }
    if (fulfil) {
        at += gaps[next++];
        story.fulfilled = at;
    }
    if (cancel) {
        at += gaps[next++];
        story.cancelled = at;
        story.cancelReason = m_dice.text(DemoVocabulary::cancelReasons());
    }
    return story;
}

void DemoDealBuilder::planDeal(int index)
{
    const QDate today = m_world.today;
    m_current = Current{};
    m_audit.clear();
    Current& c = m_current;
    c.index = index;
    Deal& deal = c.deal;

    static constexpr std::array stateWeights{6, 7, 4, 38, 40, 5};
    deal.state = static_cast<HandoffState>(m_dice.weighted(stateWeights));
    // Open handoffs are recent; fulfilled ones had time to be delivered.
    static constexpr std::array<std::pair<int, int>, 6> daysAgo{
        {{1, 30}, {1, 21}, {2, 35}, {7, 365}, {60, 540}, {10, 540}}};
    const auto [fewest, most] = daysAgo[static_cast<std::size_t>(deal.state)];
    deal.closedOn = today.addDays(-m_dice.between(fewest, most));
    c.customer = &customerFor(index, c.repeat);
    const Customer& customer = *c.customer;
    const DemoRegion& region = *customer.region;

    const DemoPlan& plan = m_dice.pick(DemoVocabulary::plans());
    c.seats = m_dice.between(plan.minSeats, plan.maxSeats);
    static constexpr std::array termWeights{60, 20, 15, 5};
    static constexpr std::array terms{12, 24, 36, 6};
    deal.termMonths = terms[static_cast<std::size_t>(m_dice.weighted(termWeights))];
    deal.products = QString::fromUtf8(plan.name) + QLatin1StringView(" plan");
    for (int addOns = m_dice.between(0, 3), i = 0; i < addOns; ++i) {
        const QString addOn = m_dice.text(DemoVocabulary::addOns());
        if (!deal.products.contains(addOn)) {
            deal.products += QLatin1StringView(", ") + addOn;
        }
    }
    const double discount = 1.0 - m_dice.between(0, 25) / 100.0;
    const double major = c.seats * plan.usdPerSeatMonth * deal.termMonths * discount * region.perUsd;
    const qint64 rounding = region.minorUnits == 1 ? 1000 : 10;
    deal.amountMinor = static_cast<qint64>(major / rounding + 0.5) * rounding * region.minorUnits;
    deal.currency = QLatin1StringView(region.currency);
    deal.title = customer.shortName + QStringLiteral(" – ") +
                 (c.repeat ? QStringLiteral("expansion, %1 seats").arg(c.seats)
                           : QStringLiteral("%1, %2 seats").arg(QString::fromUtf8(plan.name)).arg(c.seats));
    static constexpr std::array refWeights{70, 20, 10};
    switch (m_dice.weighted(refWeights)) {
    case 0: // Salesforce opportunity ids start with 006; the index keeps them unique
        deal.externalRef = QStringLiteral("006Dn%1%2")
                               .arg(index + 1, 7, 36, QLatin1Char('0'))
                               .arg(m_dice.between(0, 46655), 3, 36, QLatin1Char('0'))
                               .toUpper();
        break;
    case 1:
        deal.externalRef = QStringLiteral("HS-%1").arg(qint64(9000000) + qint64(index) * 37 + m_dice.between(0, 36));
        break;
    default:
        break; // entered by hand, no CRM reference
    }
    deal.contractStart = deal.closedOn.addDays(m_dice.between(0, 30));
    deal.goLiveTarget = deal.contractStart.addDays(m_dice.between(21, 120));
    deal.whyBought = m_dice.text(DemoVocabulary::pains()) + u' ' + m_dice.text(DemoVocabulary::outcomes());
    deal.successCriteria = m_dice.text(DemoVocabulary::successCriteria());
    if (m_dice.chance(50)) {
        const QString more = m_dice.text(DemoVocabulary::successCriteria());
        if (more != deal.successCriteria) {
            deal.successCriteria += u' ' + more;
        }
    }
    deal.knownRisks = m_dice.text(DemoVocabulary::risks());
    deal.salesRepId = (m_world.formerSales != 0 && deal.closedOn < today.addDays(-270) && m_dice.chance(15))
                          ? m_world.formerSales
                          : m_dice.pick(std::span(m_world.sales));

    DemoStory& story = c.story;
    story = makeStory(deal.state, deal.closedOn);
    for (std::size_t i = 0; i < story.submits.size(); ++i) {
        story.submitters.push_back(m_dice.chance(95) ? deal.salesRepId : m_world.anyLead(m_dice));
    }
    if (story.accepted != 0) {
        deal.supportOwnerId = m_world.anySupport(m_dice);
        story.accepter = m_dice.chance(90) ? deal.supportOwnerId : m_world.anyLead(m_dice);
        deal.acceptedAt = W::stamp(story.accepted);
    }
    if (story.cancelled != 0) {
        story.canceller = m_dice.chance(60) ? deal.salesRepId : m_world.anyLead(m_dice);
    }
    deal.createdAt = W::stamp(story.created);
    deal.uid = m_dice.uid(m_current.index);
    if (story.everSubmitted()) {
        deal.submittedAt = W::stamp(story.submits.back());
    }
}

qint64 DemoDealBuilder::draftTime()
{
    const DemoStory& story = m_current.story;
    const qint64 end =
        story.everSubmitted() ? story.submits.front() : (story.cancelled ? story.cancelled : m_world.now());
    return m_dice.between64(story.created + W::kMinute, std::max(story.created + W::kMinute, end - W::kMinute));
}

Result<void> DemoDealBuilder::writeCustomer()
{
    Customer& customer = *m_current.customer;
    if (customer.id == 0) {
        auto account =
            m_writer.account(customer.name, QLatin1StringView("https://www.") + customer.domain, customer.industry);
        if (!account) {
            return account.error();
        }
        customer.id = *account;
    }
    // A new customer brings 2 to 4 people; a returning one may add someone.
    static constexpr std::array roleOrder{ContactRole::Sponsor, ContactRole::DayToDay, ContactRole::Technical,
                                          ContactRole::Billing};
    const std::size_t wanted = m_current.repeat
                                   ? std::min<std::size_t>(4, customer.people.size() + (m_dice.chance(40) ? 1 : 0))
                                   : static_cast<std::size_t>(m_dice.between(2, 4));
    while (customer.people.size() < wanted) {
        Person person = makePerson(customer, roleOrder[customer.people.size()]);
        Contact contact;
        contact.accountId = customer.id;
        contact.name = person.name;
        contact.title = person.title;
        contact.email = person.email;
        contact.phone = person.phone;
        contact.preferredChannel = person.channel;
        contact.timeZone = person.timeZone;
        auto id = m_writer.contact(contact);
        if (!id) {
            return id.error();
        }
        person.id = *id;
        customer.people.push_back(std::move(person));
    }
    const std::size_t k = customer.people.size();
    // sponsor, decision maker, day-to-day, technical, billing: with fewer people, some wear several hats
    m_current.roleHolder = {0, 0, 1, k >= 3 ? 2u : 1u, k >= 4 ? 3u : (k == 3 ? 1u : 0u)};

    m_current.deal.accountId = customer.id;
    auto id = m_writer.deal(m_current.deal);
    if (!id) {
        return id.error();
    }
    m_current.deal.id = *id;
    return {};
}

Result<void> DemoDealBuilder::writeContactsAndChannels()
{
    Current& c = m_current;
    const qint64 dealId = c.deal.id;
    for (ContactRole role : allValues<ContactRole>()) {
        if (auto linked = m_writer.dealContact(dealId, c.holder(role).id, role); !linked) {
            return linked;
        }
    }
    // Always e-mail, and up to three more; the day-to-day contact's favourite is preferred if offered.
    std::array<bool, enumCount<Channel>()> offered{};
    offered[static_cast<std::size_t>(Channel::Email)] = true;
    for (int extra = m_dice.between(1, 3), i = 0; i < extra; ++i) {
        offered[static_cast<std::size_t>(m_dice.below(static_cast<int>(enumCount<Channel>())))] = true;
    }
    const Person& dayToDay = c.holder(ContactRole::DayToDay);
    c.preferred = offered[static_cast<std::size_t>(dayToDay.channel)] ? dayToDay.channel : Channel::Email;
    const Customer& customer = *c.customer;
    for (Channel channel : allValues<Channel>()) {
        if (!offered[static_cast<std::size_t>(channel)]) {
            continue;
        }
        QString address;
        switch (channel) {
        case Channel::Phone:
            address = dayToDay.phone;
            break;
        case Channel::Email:
            address = m_dice.chance(50) ? dayToDay.email : QLatin1StringView("it-helpdesk@") + customer.domain;
            break;
        case Channel::WebForm:
            address = QLatin1StringView("https://www.") + customer.domain + QLatin1StringView("/support");
            break;
        case Channel::Chat:
            address = QLatin1StringView("Slack Connect #") + customer.slug + QLatin1StringView("-support");
            break;
        case Channel::Social:
            address = QLatin1StringView("linkedin.com/company/") + customer.slug;
            break;
        case Channel::Forum:
            address = QLatin1StringView("https://community.handoff.example/c/") + customer.slug;
            break;
        case Channel::Portal:
            address = QLatin1StringView("https://") + customer.slug + QLatin1StringView(".portal.handoff.example");
            break;
        }
        if (auto added = m_writer.dealChannel(dealId, channel, address, channel == c.preferred); !added) {
            return added;
        }
        c.channels.emplace_back(channel, std::move(address));
    }
    return {};
}

QString DemoDealBuilder::answerFor(const DemoWorld::ChecklistItem& item)
{
    const Current& c = m_current;
    const Deal& deal = c.deal;
    const QString& key = item.key;
    const auto is = [&key](const char* name) { return key == QLatin1StringView(name); };
    switch (item.kind) {
    case ChecklistItemKind::Contact: {
        const ContactRole role = is("executive_sponsor")   ? ContactRole::Sponsor
                                 : is("technical_contact") ? ContactRole::Technical
                                 : is("billing_contact")   ? ContactRole::Billing
                                                           : ContactRole::DayToDay;
        return QString::number(c.holder(role).id);
    }
    case ChecklistItemKind::Check:
        return QStringLiteral("true");
    case ChecklistItemKind::Date: {
        const QDate day = is("contract_start")   ? deal.contractStart
                          : is("renewal_date")   ? deal.contractStart.addMonths(deal.termMonths)
                          : is("go_live_target") ? deal.goLiveTarget
                                                 : deal.contractStart.addDays(m_dice.between(3, 12));
        return day.toString(Qt::ISODate);
    }
    case ChecklistItemKind::Choice: {
        const QString preferred = QLatin1StringView(channelLabel(c.preferred));
        if (is("preferred_channel") && item.choices.contains(preferred)) {
            return preferred;
        }
        return item.choices.isEmpty() ? QString()
                                      : item.choices.at(m_dice.below(static_cast<int>(item.choices.size())));
    }
    case ChecklistItemKind::Text:
        break;
    }
    if (is("products_or_plan")) {
        return deal.products;
    }
    if (is("seats")) {
        return m_dice.chance(70) ? QStringLiteral("%1 seats").arg(c.seats)
                                 : QStringLiteral("%1 seats, ramping to %2 in month 7").arg(c.seats / 2).arg(c.seats);
    }
    if (is("contract_value")) {
        const int minorUnits = c.customer->region->minorUnits;
        return QStringLiteral("%1 %2 over %3 months")
            .arg(deal.currency, QString::number(double(deal.amountMinor) / minorUnits, 'f', minorUnits == 1 ? 0 : 2))
            .arg(deal.termMonths);
    }
    if (is("order_form_ref")) {
        return QStringLiteral("Q-%1-%2").arg(deal.closedOn.year()).arg(c.index + 1, 6, 10, QLatin1Char('0'));
    }
    if (is("success_criteria")) {
        return deal.successCriteria;
    }
    if (is("known_risks")) {
        return deal.knownRisks;
    }
    if (is("support_channels")) {
        QStringList labels;
        for (const auto& channel : c.channels) {
            labels.append(QLatin1StringView(channelLabel(channel.first)));
        }
        return labels.join(QLatin1StringView(", "));
    }
    if (is("call_notes")) {
        return QLatin1StringView("https://drive.handoff.example/deals/") + c.customer->slug +
               QLatin1StringView("/discovery-notes");
    }
    static const std::pair<const char*, std::span<const char* const> (*)()> lists[] = {
        {"pricing_exceptions", &DemoVocabulary::pricingExceptions},
        {"pains", &DemoVocabulary::pains},
        {"desired_outcomes", &DemoVocabulary::outcomes},
        {"alternatives_evaluated", &DemoVocabulary::alternatives},
        {"critical_event", &DemoVocabulary::criticalEvents},
        {"integrations", &DemoVocabulary::integrationsInScope},
        {"sso_security", &DemoVocabulary::securityNeeds},
        {"implementation_scope", &DemoVocabulary::scopes},
    };
    for (const auto& [name, list] : lists) {
        if (is(name)) {
            return m_dice.text(list());
        }
    }
    // An item a lead added to the template.
    return QStringLiteral("Discussed with %1; see call notes.").arg(c.holder(ContactRole::DayToDay).name);
}

Result<void> DemoDealBuilder::writeChecklist()
{
    Current& c = m_current;
    const DemoStory& story = c.story;
    // Drafts stand at every stage of completeness; submitted handoffs have every required item.
    const int completeness = story.everSubmitted() ? 100 : m_dice.below(11) * 10;
    for (const DemoWorld::ChecklistItem& item : m_world.checklist) {
        const bool answered =
            story.everSubmitted() ? (item.required || m_dice.chance(60)) : m_dice.below(100) < completeness;
        if (!answered) {
            continue;
        }
        QString value = answerFor(item);
        if (value.isNull()) {
            continue;
        }
        qint64 at = draftTime();
        // Optional details are often added only after support sent the handoff back.
        if (!item.required && story.submits.size() > 1 && m_dice.chance(50)) {
            at = m_dice.between64(story.returns.front() + W::kMinute, story.submits[1] - W::kMinute);
        }
        if (auto added = m_writer.answer(c.deal.id, item.id, value, c.deal.salesRepId, W::stamp(at)); !added) {
            return added;
        }
        c.answers.push_back(Answer{&item, std::move(value), at});
    }

    static constexpr std::array promiseCountWeights{4, 10, 16, 20, 18, 14, 10, 5, 3}; // 2..10, about 5.6
    const int promiseCount = story.everSubmitted() ? 2 + m_dice.weighted(promiseCountWeights)
                                                   : m_dice.between(0, 7) * std::max(completeness, 20) / 100;
    const qint64 from = story.created + W::kMinute;
    const qint64 draftEnd =
        story.everSubmitted() ? story.submits.front() : (story.cancelled ? story.cancelled : m_world.now());
    c.promises = m_planner.promises(c.deal, story, promiseCount, from, std::max(from, draftEnd - W::kMinute));
    return {};
}

Result<void> DemoDealBuilder::writePromisesAndTasks()
{
    Current& c = m_current;
    for (DemoPromisePlan& plan : c.promises) {
        Promise& p = plan.promise;
        p.dealId = c.deal.id;
        auto id = m_writer.promise(p);
        if (!id) {
            return id.error();
        }
        p.id = *id;
        DemoJson created;
        created.beginObject();
        created.id("capability_id", p.capabilityId);
        created.value("description", p.description);
        created.date("due_on", p.dueOn);
        created.value("kind", toKey(p.kind));
        created.endObject();
        log(plan.createdMs, p.promisedById, "create", "promises", p.id, {}, {}, created.text());
        if (p.reviewStatus != ReviewStatus::Pending) {
            log(plan.reviewedMs, p.reviewerId, "update", "promises", p.id, QStringLiteral("review_status"),
                toKey(ReviewStatus::Pending), toKey(p.reviewStatus));
        }
    }
    // Acceptance generated the tasks, all in one go.
    for (const FulfilmentTask& task : m_planner.tasks(c.deal, c.story, c.promises)) {
        auto id = m_writer.task(task);
        if (!id) {
            return id.error();
        }
        DemoJson created;
        created.beginObject();
        created.id("assignee_id", task.assigneeId);
        created.date("due_on", task.dueOn);
        created.id("promise_id", task.promiseId);
        created.value("status", toKey(TaskStatus::Todo));
        created.value("title", task.title);
        created.endObject();
        log(c.story.accepted + 1, c.story.accepter, "create", "tasks", *id, {}, {}, created.text());
    }
    return {};
}

Result<void> DemoDealBuilder::writeSnapshots()
{
    const DemoStory& story = m_current.story;
    for (std::size_t n = 0; n < story.submits.size(); ++n) {
        if (auto saved = m_writer.snapshot(m_current.deal.id, static_cast<int>(n + 1), story.submitters[n],
                                           W::stamp(story.submits[n]), snapshot(n));
            !saved) {
            return saved;
        }
    }
    return {};
}

QByteArray DemoDealBuilder::snapshot(std::size_t submission) const
{
    const Current& c = m_current;
    const Deal& deal = c.deal;
    const qint64 at = c.story.submits[submission];
    DemoJson json;
    json.beginObject();
    json.value("submission_no", static_cast<int>(submission + 1));
    json.beginObject("deal");
    json.value("id", deal.id);
    json.value("account", c.customer->name);
    json.value("title", deal.title);
    if (deal.externalRef.isNull()) {
        json.null("external_ref");
    } else {
        json.value("external_ref", deal.externalRef);
    }
    json.value("amount_minor", deal.amountMinor);
    json.value("currency", deal.currency);
    json.date("closed_on", deal.closedOn);
    json.date("contract_start", deal.contractStart);
    json.value("term_months", deal.termMonths);
    json.value("products", deal.products);
    json.value("sales_rep_id", deal.salesRepId);
    json.date("go_live_target", deal.goLiveTarget);
    json.value("why_bought", deal.whyBought);
    json.endObject();
    json.beginArray("contacts");
    for (const Person& person : c.customer->people) {
        json.beginObject();
        json.value("id", person.id);
        json.value("name", person.name);
        json.value("title", person.title);
        json.value("email", person.email);
        json.value("phone", person.phone);
        json.beginArray("roles");
        for (ContactRole role : allValues<ContactRole>()) {
            if (&c.holder(role) == &person) {
                json.value(nullptr, toKey(role));
            }
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.beginArray("channels");
    for (const auto& [channel, address] : c.channels) {
        json.beginObject();
        json.value("channel", toKey(channel));
        json.value("address", address);
        json.value("preferred", channel == c.preferred ? 1 : 0);
        json.endObject();
    }
    json.endArray();
    json.beginObject("checklist");
    for (const Answer& answer : c.answers) {
        if (answer.at <= at) {
            json.member(answer.item->key, answer.value);
        }
    }
    json.endObject();
    json.beginArray("promises");
    for (const DemoPromisePlan& plan : c.promises) {
        const Promise& p = plan.promise;
        json.beginObject();
        json.value("id", p.id);
        json.value("kind", toKey(p.kind));
        json.id("capability_id", p.capabilityId);
        json.value("description", p.description);
        json.date("due_on", p.dueOn);
        json.value("feasibility", toKey(plan.feasibilityWhenMade));
        if (!p.justification.isEmpty()) {
            json.value("justification", p.justification);
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.toUtf8();
}

Result<void> DemoDealBuilder::writeComments()
{
    const Current& c = m_current;
    const DemoStory& story = c.story;
    const qint64 last = m_world.now() - W::kMinute;
    std::vector<Comment> comments;
    // Every return explains itself; some deals have a conversation.
    for (std::size_t r = 0; r < story.returns.size(); ++r) {
        Comment comment;
        comment.authorId = story.returners[r];
        comment.body = m_dice.text(DemoVocabulary::returnNotes(story.reasons[r]));
        comment.createdAt = W::stamp(story.returns[r] + 1000);
        comments.push_back(std::move(comment));
    }
    if (story.everSubmitted() && m_dice.chance(35)) {
        Comment comment;
        comment.authorId = c.deal.salesRepId;
        comment.body = m_dice.text(DemoVocabulary::salesComments());
        comment.createdAt = W::stamp(m_dice.between64(story.submits.front(), std::max(story.submits.front(), last)));
        comments.push_back(std::move(comment));
    }
    if (story.accepted != 0 && m_dice.chance(45)) {
        for (int n = m_dice.between(1, 2), i = 0; i < n; ++i) {
            Comment comment;
            comment.authorId = c.deal.supportOwnerId;
            comment.body = m_dice.text(DemoVocabulary::supportComments());
            comment.createdAt = W::stamp(m_dice.between64(story.accepted, std::max(story.accepted, last)));
            comments.push_back(std::move(comment));
        }
    }
    std::stable_sort(comments.begin(), comments.end(),
                     [](const Comment& a, const Comment& b) { return a.createdAt < b.createdAt; });
    for (Comment& comment : comments) {
        comment.dealId = c.deal.id;
        if (auto added = m_writer.comment(comment); !added) {
            return added;
        }
    }
    return {};
}

Result<void> DemoDealBuilder::writeSatisfaction()
{
    const Current& c = m_current;
    if (!m_dice.chance(80)) {
        return {}; // not every customer answers the survey
    }
    // Satisfaction follows the handoff: every return and every promise broken or kept late costs, and some reps'
    // customers are happier than others', so a lead can see quality and satisfaction move together.
    const auto broken = std::count_if(c.promises.begin(), c.promises.end(), [](const DemoPromisePlan& plan) {
        const Promise& p = plan.promise;
        return p.fulfilment == Fulfilment::Broken ||
               (p.fulfilledOn.isValid() && p.dueOn.isValid() && p.fulfilledOn > p.dueOn);
    });
    const int repBias = int(c.deal.salesRepId % 3) - 1;
    const int score = std::clamp(5 + repBias - int(c.story.returns.size()) - int(broken) + m_dice.between(-1, 0), 1, 5);
    static const char* const notes[] = {
        "Support had to ask us for everything again.", "Go-live slipped; a promised feature was not there.",
        "Fine in the end, after a slow start.",        "Good kickoff; a few loose ends.",
        "The team knew our goals from day one.",
    };
    const qint64 at = std::min(c.story.fulfilled + m_dice.between64(W::kDay, 14 * W::kDay), m_world.now() - W::kMinute);
    const QDate ratedOn = W::dayOf(at);
    const QString note = QString::fromLatin1(notes[score - 1]);
    auto id = m_writer.csat(c.deal.id, score, ratedOn, note, c.deal.supportOwnerId, W::stamp(at));
    if (!id) {
        return id.error();
    }
    DemoJson json;
    json.beginObject();
    json.value("score", score);
    json.value("rated_on", QLatin1StringView(ratedOn.toString(Qt::ISODate).toLatin1()));
    json.value("note", QStringView(note));
    json.endObject();
    log(at, c.deal.supportOwnerId, "create", "csat_scores", *id, {}, {}, json.text());
    return {};
}

Result<void> DemoDealBuilder::writeHistory()
{
    const Current& c = m_current;
    const DemoStory& story = c.story;
    const auto transition = [this](qint64 at, qint64 actor, const char* action, HandoffState from, HandoffState to,
                                   const QString& reason = {}) {
        log(at, actor, action, "deals", m_current.deal.id, QStringLiteral("state"), toKey(from), toKey(to), reason);
    };
    log(story.created, c.deal.salesRepId, "create", "deals", c.deal.id, QStringLiteral("state"), {},
        toKey(HandoffState::Draft));
    HandoffState current = HandoffState::Draft;
    for (std::size_t n = 0; n < story.submits.size(); ++n) {
        transition(story.submits[n], story.submitters[n], "submit", current, HandoffState::Submitted);
        current = HandoffState::Submitted;
        if (n < story.returns.size()) {
            transition(story.returns[n], story.returners[n], "return", current, HandoffState::Returned,
                       toKey(story.reasons[n]));
            current = HandoffState::Returned;
        }
    }
    if (story.accepted != 0) {
        transition(story.accepted, story.accepter, "accept", current, HandoffState::Accepted);
        current = HandoffState::Accepted;
    }
    if (story.fulfilled != 0) {
        transition(story.fulfilled, c.deal.supportOwnerId, "fulfil", current, HandoffState::Fulfilled);
        if (auto scored = writeSatisfaction(); !scored) {
            return scored;
        }
    }
    if (story.cancelled != 0) {
        transition(story.cancelled, story.canceller, "cancel", current, HandoffState::Cancelled, story.cancelReason);
    }
    // audit_log ids follow time within a deal, as they would have had the deal been worked for real
    std::stable_sort(m_audit.begin(), m_audit.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [at, entry] : m_audit) {
        entry.at = W::stamp(at);
        if (auto logged = m_writer.audit(entry); !logged) {
            return logged;
        }
    }
    return {};
}

} // namespace handoff
