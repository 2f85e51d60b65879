// How each entity of the domain maps onto its table. Column order here is value order in toValues and fromRow.

#include "storage/SqlValue.h"
#include "storage/Statement.h"
#include "storage/Stores.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace handoff {

namespace {

template <typename E>
E enumFrom(const QVariant& value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

QString choicesJson(const QStringList& choices)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

QStringList choicesFrom(const QVariant& value)
{
    QStringList choices;
    for (const QJsonValue& item : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        choices.append(item.toString());
    }
    return choices;
}

// An enumeration's stored key, without making a QString of it.
template <typename E>
QLatin1StringView keyOf(E value)
{
    return QLatin1StringView(EnumKeys<E>::keys[static_cast<std::size_t>(value)]);
}

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

// --- users
template <>
const TableSpec& EntityMapping<User>::spec()
{
    static const TableSpec spec{QStringLiteral("users"), QT_TRANSLATE_NOOP("RowStore", "user"),
                                columns("name,email,role,active")};
    return spec;
}
template <>
QVariantList EntityMapping<User>::toValues(const User& v)
{
    return {v.name, v.email, toKey(v.role), v.active ? 1 : 0};
}
template <>
User EntityMapping<User>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return User{r.id, r.version, v[0].toString(), v[1].toString(), enumFrom(v[2], Role::Sales), v[3].toInt() != 0};
}

// --- accounts
template <>
const TableSpec& EntityMapping<Account>::spec()
{
    static const TableSpec spec{QStringLiteral("accounts"), QT_TRANSLATE_NOOP("RowStore", "account"),
                                columns("name,website,industry")};
    return spec;
}
template <>
QVariantList EntityMapping<Account>::toValues(const Account& v)
{
    return {v.name, v.website, v.industry};
}
template <>
Account EntityMapping<Account>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return Account{r.id, r.version, v[0].toString(), v[1].toString(), v[2].toString()};
}

// --- contacts
template <>
const TableSpec& EntityMapping<Contact>::spec()
{
    static const TableSpec spec{QStringLiteral("contacts"), QT_TRANSLATE_NOOP("RowStore", "contact"),
                                columns("account_id,name,title,email,phone,preferred_channel,time_zone")};
    return spec;
}
template <>
QVariantList EntityMapping<Contact>::toValues(const Contact& v)
{
    return {v.accountId, v.name, v.title, v.email, v.phone, toKey(v.preferredChannel), v.timeZone};
}
template <>
Contact EntityMapping<Contact>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return Contact{r.id,
                   r.version,
                   v[0].toLongLong(),
                   v[1].toString(),
                   v[2].toString(),
                   v[3].toString(),
                   v[4].toString(),
                   enumFrom(v[5], Channel::Email),
                   v[6].toString()};
}

// --- deals
template <>
const TableSpec& EntityMapping<Deal>::spec()
{
    static const TableSpec spec{
        QStringLiteral("deals"),
        QT_TRANSLATE_NOOP("RowStore", "deal"),
        columns("account_id,title,external_ref,amount_minor,currency,closed_on,contract_start,term_months,products,"
                "sales_rep_id,support_owner_id,go_live_target,success_criteria,why_bought,known_risks,state,"
                "created_at,submitted_at,accepted_at,uid"),
        -1,
        true,
        16,
        19};
    return spec;
}
template <>
QVariantList EntityMapping<Deal>::toValues(const Deal& v)
{
    return {v.accountId,
            v.title,
            v.externalRef.isEmpty() ? QVariant() : QVariant(v.externalRef),
            v.amountMinor,
            v.currency,
            sql::date(v.closedOn),
            sql::date(v.contractStart),
            v.termMonths,
            v.products,
            sql::id(v.salesRepId),
            sql::id(v.supportOwnerId),
            sql::date(v.goLiveTarget),
            v.successCriteria,
            v.whyBought,
            v.knownRisks,
            toKey(v.state),
            sql::time(v.createdAt),
            sql::time(v.submittedAt),
            sql::time(v.acceptedAt),
            v.uid};
}
template <>
void EntityMapping<Deal>::bind(Statement& s, const Deal& v)
{
    s.bind(1, v.accountId);
    s.bind(2, v.title);
    v.externalRef.isEmpty() ? s.bindNull(3) : s.bind(3, v.externalRef);
    s.bind(4, v.amountMinor);
    s.bind(5, v.currency);
    s.bind(6, v.closedOn);
    s.bind(7, v.contractStart);
    s.bind(8, v.termMonths);
    s.bind(9, v.products);
    s.bindId(10, v.salesRepId);
    s.bindId(11, v.supportOwnerId);
    s.bind(12, v.goLiveTarget);
    s.bind(13, v.successCriteria);
    s.bind(14, v.whyBought);
    s.bind(15, v.knownRisks);
    s.bind(16, keyOf(v.state));
    s.bind(17, v.createdAt);
    s.bind(18, v.submittedAt);
    s.bind(19, v.acceptedAt);
    s.bind(20, v.uid);
}
template <>
Deal EntityMapping<Deal>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    Deal d;
    d.id = r.id;
    d.version = r.version;
    d.accountId = v[0].toLongLong();
    d.title = v[1].toString();
    d.externalRef = v[2].toString();
    d.amountMinor = v[3].toLongLong();
    d.currency = v[4].toString();
    d.closedOn = sql::toDate(v[5]);
    d.contractStart = sql::toDate(v[6]);
    d.termMonths = v[7].toInt();
    d.products = v[8].toString();
    d.salesRepId = sql::toId(v[9]);
    d.supportOwnerId = sql::toId(v[10]);
    d.goLiveTarget = sql::toDate(v[11]);
    d.successCriteria = v[12].toString();
    d.whyBought = v[13].toString();
    d.knownRisks = v[14].toString();
    d.state = enumFrom(v[15], HandoffState::Draft);
    d.createdAt = sql::toTime(v[16]);
    d.submittedAt = sql::toTime(v[17]);
    d.acceptedAt = sql::toTime(v[18]);
    d.uid = v[19].toString();
    return d;
}

// --- deal_contacts
template <>
const TableSpec& EntityMapping<DealContact>::spec()
{
    static const TableSpec spec{QStringLiteral("deal_contacts"), QT_TRANSLATE_NOOP("RowStore", "deal contact"),
                                columns("deal_id,contact_id,role"), 0};
    return spec;
}
template <>
QVariantList EntityMapping<DealContact>::toValues(const DealContact& v)
{
    return {v.dealId, v.contactId, toKey(v.role)};
}
template <>
DealContact EntityMapping<DealContact>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return DealContact{r.id, r.version, v[0].toLongLong(), v[1].toLongLong(), enumFrom(v[2], ContactRole::DayToDay)};
}

// --- deal_channels
template <>
const TableSpec& EntityMapping<DealChannel>::spec()
{
    static const TableSpec spec{QStringLiteral("deal_channels"), QT_TRANSLATE_NOOP("RowStore", "channel"),
                                columns("deal_id,channel,address,preferred"), 0};
    return spec;
}
template <>
QVariantList EntityMapping<DealChannel>::toValues(const DealChannel& v)
{
    return {v.dealId, toKey(v.channel), v.address, v.preferred ? 1 : 0};
}
template <>
DealChannel EntityMapping<DealChannel>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return DealChannel{
        r.id, r.version, v[0].toLongLong(), enumFrom(v[1], Channel::Email), v[2].toString(), v[3].toInt() != 0};
}

// --- checklist_items
template <>
const TableSpec& EntityMapping<ChecklistItem>::spec()
{
    static const TableSpec spec{QStringLiteral("checklist_items"), QT_TRANSLATE_NOOP("RowStore", "checklist item"),
                                columns("key,section,label,help,kind,choices,required,position,deal_field")};
    return spec;
}
template <>
QVariantList EntityMapping<ChecklistItem>::toValues(const ChecklistItem& v)
{
    return {v.key,      v.section,         v.label, v.help, toKey(v.kind), choicesJson(v.choices), v.required ? 1 : 0,
            v.position, toKey(v.dealField)};
}
template <>
ChecklistItem EntityMapping<ChecklistItem>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return ChecklistItem{r.id,
                         r.version,
                         v[0].toString(),
                         v[1].toString(),
                         v[2].toString(),
                         v[3].toString(),
                         enumFrom(v[4], ChecklistItemKind::Text),
                         choicesFrom(v[5]),
                         v[6].toInt() != 0,
                         v[7].toInt(),
                         enumFrom(v[8], AnsweringField::None)};
}

// --- checklist_answers
template <>
const TableSpec& EntityMapping<ChecklistAnswer>::spec()
{
    static const TableSpec spec{QStringLiteral("checklist_answers"),
                                QT_TRANSLATE_NOOP("RowStore", "checklist answer"),
                                columns("deal_id,item_id,value,answered_by,answered_at"),
                                0,
                                false,
                                4};
    return spec;
}
template <>
QVariantList EntityMapping<ChecklistAnswer>::toValues(const ChecklistAnswer& v)
{
    return {v.dealId, v.itemId, v.value, sql::id(v.answeredById), sql::time(v.answeredAt)};
}
template <>
ChecklistAnswer EntityMapping<ChecklistAnswer>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return ChecklistAnswer{
        r.id, r.version, v[0].toLongLong(), v[1].toLongLong(), v[2].toString(), sql::toId(v[3]), sql::toTime(v[4])};
}

// --- capabilities
template <>
const TableSpec& EntityMapping<Capability>::spec()
{
    static const TableSpec spec{QStringLiteral("capabilities"), QT_TRANSLATE_NOOP("RowStore", "capability"),
                                columns("name,description,status,lead_time_days")};
    return spec;
}
template <>
QVariantList EntityMapping<Capability>::toValues(const Capability& v)
{
    return {v.name, v.description, toKey(v.status), v.leadTimeDays};
}
template <>
Capability EntityMapping<Capability>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return Capability{
        r.id, r.version, v[0].toString(), v[1].toString(), enumFrom(v[2], CapabilityStatus::Available), v[3].toInt()};
}

// --- promises
template <>
const TableSpec& EntityMapping<Promise>::spec()
{
    static const TableSpec spec{
        QStringLiteral("promises"),
        QT_TRANSLATE_NOOP("RowStore", "promise"),
        columns("deal_id,kind,capability_id,description,customer_words,due_on,promised_by,feasibility,"
                "feasibility_reason,justification,review_status,reviewer_id,review_note,fulfilment,fulfilled_on,"
                "created_at"),
        0,
        false,
        15};
    return spec;
}
template <>
QVariantList EntityMapping<Promise>::toValues(const Promise& v)
{
    return {v.dealId,
            toKey(v.kind),
            sql::id(v.capabilityId),
            v.description,
            v.customerWords,
            sql::date(v.dueOn),
            sql::id(v.promisedById),
            toKey(v.feasibility),
            v.feasibilityReason,
            v.justification,
            toKey(v.reviewStatus),
            sql::id(v.reviewerId),
            v.reviewNote,
            toKey(v.fulfilment),
            sql::date(v.fulfilledOn),
            sql::time(v.createdAt)};
}
template <>
void EntityMapping<Promise>::bind(Statement& s, const Promise& v)
{
    s.bind(1, v.dealId);
    s.bind(2, keyOf(v.kind));
    s.bindId(3, v.capabilityId);
    s.bind(4, v.description);
    s.bind(5, v.customerWords);
    s.bind(6, v.dueOn);
    s.bindId(7, v.promisedById);
    s.bind(8, keyOf(v.feasibility));
    s.bind(9, v.feasibilityReason);
    s.bind(10, v.justification);
    s.bind(11, keyOf(v.reviewStatus));
    s.bindId(12, v.reviewerId);
    s.bind(13, v.reviewNote);
    s.bind(14, keyOf(v.fulfilment));
    s.bind(15, v.fulfilledOn);
    s.bind(16, v.createdAt);
}
template <>
Promise EntityMapping<Promise>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    Promise p;
    p.id = r.id;
    p.version = r.version;
    p.dealId = v[0].toLongLong();
    p.kind = enumFrom(v[1], PromiseKind::Other);
    p.capabilityId = sql::toId(v[2]);
    p.description = v[3].toString();
    p.customerWords = v[4].toString();
    p.dueOn = sql::toDate(v[5]);
    p.promisedById = sql::toId(v[6]);
    p.feasibility = enumFrom(v[7], Feasibility::Ok);
    p.feasibilityReason = v[8].toString();
    p.justification = v[9].toString();
    p.reviewStatus = enumFrom(v[10], ReviewStatus::Pending);
    p.reviewerId = sql::toId(v[11]);
    p.reviewNote = v[12].toString();
    p.fulfilment = enumFrom(v[13], Fulfilment::Open);
    p.fulfilledOn = sql::toDate(v[14]);
    p.createdAt = sql::toTime(v[15]);
    return p;
}

// --- tasks
template <>
const TableSpec& EntityMapping<FulfilmentTask>::spec()
{
    static const TableSpec spec{QStringLiteral("tasks"), QT_TRANSLATE_NOOP("RowStore", "task"),
                                columns("deal_id,promise_id,title,assignee_id,due_on,status,done_on"), 0};
    return spec;
}
template <>
QVariantList EntityMapping<FulfilmentTask>::toValues(const FulfilmentTask& v)
{
    return {v.dealId,        sql::id(v.promiseId), v.title, sql::id(v.assigneeId), sql::date(v.dueOn),
            toKey(v.status), sql::date(v.doneOn)};
}
template <>
FulfilmentTask EntityMapping<FulfilmentTask>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return FulfilmentTask{r.id,
                          r.version,
                          v[0].toLongLong(),
                          sql::toId(v[1]),
                          v[2].toString(),
                          sql::toId(v[3]),
                          sql::toDate(v[4]),
                          enumFrom(v[5], TaskStatus::Todo),
                          sql::toDate(v[6])};
}

// --- comments
template <>
const TableSpec& EntityMapping<Comment>::spec()
{
    static const TableSpec spec{QStringLiteral("comments"),
                                QT_TRANSLATE_NOOP("RowStore", "comment"),
                                columns("deal_id,author_id,body,created_at"),
                                0,
                                false,
                                3};
    return spec;
}
template <>
QVariantList EntityMapping<Comment>::toValues(const Comment& v)
{
    return {v.dealId, sql::id(v.authorId), v.body, sql::time(v.createdAt)};
}
template <>
Comment EntityMapping<Comment>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return Comment{r.id, r.version, v[0].toLongLong(), sql::toId(v[1]), v[2].toString(), sql::toTime(v[3])};
}

// --- handoff_snapshots
template <>
const TableSpec& EntityMapping<HandoffSnapshot>::spec()
{
    static const TableSpec spec{QStringLiteral("handoff_snapshots"),
                                QT_TRANSLATE_NOOP("RowStore", "handoff snapshot"),
                                columns("deal_id,submission_no,submitted_by,submitted_at,content"),
                                0,
                                false,
                                3};
    return spec;
}
template <>
QVariantList EntityMapping<HandoffSnapshot>::toValues(const HandoffSnapshot& v)
{
    return {v.dealId, v.submissionNo, sql::id(v.submittedById), sql::time(v.submittedAt), QString::fromUtf8(v.content)};
}
template <>
HandoffSnapshot EntityMapping<HandoffSnapshot>::fromRow(const Row& r)
{
    const QVariantList& v = r.values;
    return HandoffSnapshot{
        r.id, r.version, v[0].toLongLong(), v[1].toInt(), sql::toId(v[2]), sql::toTime(v[3]), v[4].toString().toUtf8()};
}

} // namespace handoff
