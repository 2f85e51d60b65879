#include "io/DealJson.h"

#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"
#include "workflow/SnapshotService.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace handoff {

namespace {

QJsonValue text(const QString& value)
{
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}

QJsonValue date(const QDate& value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject counts(const SectionCompleteness& section)
{
    return {{QStringLiteral("required_answered"), section.requiredAnswered},
            {QStringLiteral("required_total"), section.requiredTotal},
            {QStringLiteral("answered"), section.answered},
            {QStringLiteral("total"), section.total}};
}

} // namespace

DealJson::DealJson(Database& db)
    : m_db(db)
{}

Result<QJsonObject> DealJson::deal(qint64 dealId) const
{
    const auto found = DealStore(m_db).get(dealId);
    if (!found) {
        return found.error();
    }
    const Deal& d = *found;
    const auto account = m_db.scalar(QStringLiteral("SELECT name FROM accounts WHERE id = ?"), {d.accountId});
    if (!account) {
        return account.error();
    }
    const auto checklistJson = checklist(dealId);
    if (!checklistJson) {
        return checklistJson.error();
    }
    const auto contactsJson = contacts(dealId);
    if (!contactsJson) {
        return contactsJson.error();
    }
    const auto channelsJson = channels(dealId);
    if (!channelsJson) {
        return channelsJson.error();
    }
    const auto promisesJson = promises(dealId);
    if (!promisesJson) {
        return promisesJson.error();
    }
    const auto tasksJson = tasks(dealId);
    if (!tasksJson) {
        return tasksJson.error();
    }
    // What support needs on a resubmitted handoff: what sales changed since the last submission.
    const auto changes = SnapshotService(m_db).changesSinceLastSubmission(dealId);
    if (!changes) {
        return changes.error();
    }
    QJsonArray changesJson;
    for (const SnapshotChange& change : *changes) {
        changesJson.append(QJsonObject{{QStringLiteral("area"), change.area},
                                       {QStringLiteral("item"), change.item},
                                       {QStringLiteral("before"), change.before},
                                       {QStringLiteral("after"), change.after}});
    }
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("external_ref"), text(d.externalRef)},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("account"), account->toString()},
        {QStringLiteral("state"), toKey(d.state)},
        {QStringLiteral("amount_minor"), d.amountMinor},
        {QStringLiteral("currency"), d.currency},
        {QStringLiteral("closed_on"), date(d.closedOn)},
        {QStringLiteral("contract_start"), date(d.contractStart)},
        {QStringLiteral("term_months"), d.termMonths},
        {QStringLiteral("go_live_target"), date(d.goLiveTarget)},
        {QStringLiteral("submitted_at"), time(d.submittedAt)},
        {QStringLiteral("accepted_at"), time(d.acceptedAt)},
        {QStringLiteral("sales_rep"), person(d.salesRepId)},
        {QStringLiteral("support_owner"), person(d.supportOwnerId)},
        {QStringLiteral("checklist"), *checklistJson},
        {QStringLiteral("contacts"), *contactsJson},
        {QStringLiteral("channels"), *channelsJson},
        {QStringLiteral("promises"), *promisesJson},
        {QStringLiteral("tasks"), *tasksJson},
        {QStringLiteral("changes_since_last_submission"), changesJson},
    };
}

QJsonValue DealJson::person(qint64 userId) const
{
    if (userId == 0) {
        return QJsonValue();
    }
    auto query = m_db.exec(QStringLiteral("SELECT name, email FROM users WHERE id = ?"), {userId});
    if (!query || !query->next()) {
        return QJsonValue();
    }
    return QJsonObject{{QStringLiteral("name"), query->value(0).toString()},
                       {QStringLiteral("email"), query->value(1).toString()}};
}

Result<QJsonObject> DealJson::checklist(qint64 dealId) const
{
    // ChecklistService only reads here; it takes a mutable Database because answering writes.
    const auto completeness = ChecklistService(m_db).completeness(dealId);
    if (!completeness) {
        return completeness.error();
    }
    QJsonObject object = counts(completeness->overall);
    QJsonArray sections;
    for (const SectionCompleteness& section : completeness->sections) {
        QJsonObject entry = counts(section);
        entry.insert(QStringLiteral("section"), section.section);
        sections.append(entry);
    }
    object.insert(QStringLiteral("sections"), sections);
    QJsonArray missing;
    for (const ChecklistItem& item : completeness->missingRequired) {
        missing.append(item.key);
    }
    object.insert(QStringLiteral("missing_required"), missing);
    return object;
}

Result<QJsonArray> DealJson::contacts(qint64 dealId) const
{
    auto query = m_db.exec(QStringLiteral("SELECT c.name, c.title, c.email, c.phone, dc.role, c.preferred_channel "
                                          "FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id "
                                          "WHERE dc.deal_id = ? ORDER BY dc.id"),
                           {dealId});
    if (!query) {
        return query.error();
    }
    QJsonArray array;
    while (query->next()) {
        array.append(QJsonObject{{QStringLiteral("name"), query->value(0).toString()},
                                 {QStringLiteral("title"), query->value(1).toString()},
                                 {QStringLiteral("email"), query->value(2).toString()},
                                 {QStringLiteral("phone"), query->value(3).toString()},
                                 {QStringLiteral("role"), query->value(4).toString()},
                                 {QStringLiteral("preferred_channel"), query->value(5).toString()}});
    }
    return array;
}

Result<QJsonArray> DealJson::channels(qint64 dealId) const
{
    const auto channels = DealChannelStore(m_db).where(QStringLiteral("deal_id = ?"), {dealId});
    if (!channels) {
        return channels.error();
    }
    QJsonArray array;
    for (const DealChannel& c : *channels) {
        array.append(QJsonObject{{QStringLiteral("channel"), toKey(c.channel)},
                                 {QStringLiteral("address"), c.address},
                                 {QStringLiteral("preferred"), c.preferred}});
    }
    return array;
}

Result<QJsonArray> DealJson::promises(qint64 dealId) const
{
    const auto promises = PromiseStore(m_db).where(QStringLiteral("deal_id = ?"), {dealId});
    if (!promises) {
        return promises.error();
    }
    QJsonArray array;
    for (const Promise& p : *promises) {
        QJsonValue capability;
        if (p.capabilityId != 0) {
            const auto name =
                m_db.scalar(QStringLiteral("SELECT name FROM capabilities WHERE id = ?"), {p.capabilityId});
            if (name && !name->isNull()) {
                capability = name->toString();
            }
        }
        array.append(QJsonObject{
            {QStringLiteral("id"), p.id},
            {QStringLiteral("kind"), toKey(p.kind)},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("customer_words"), p.customerWords},
            {QStringLiteral("due_on"), date(p.dueOn)},
            {QStringLiteral("capability"), capability},
            {QStringLiteral("promised_by"), person(p.promisedById)},
            {QStringLiteral("feasibility"), toKey(p.feasibility)},
            {QStringLiteral("feasibility_reason"), p.feasibilityReason},
            {QStringLiteral("justification"), p.justification},
            {QStringLiteral("review_status"), toKey(p.reviewStatus)},
            {QStringLiteral("reviewer"), person(p.reviewerId)},
            {QStringLiteral("review_note"), p.reviewNote},
            {QStringLiteral("fulfilment"), toKey(p.fulfilment)},
            {QStringLiteral("fulfilled_on"), date(p.fulfilledOn)},
        });
    }
    return array;
}

Result<QJsonArray> DealJson::tasks(qint64 dealId) const
{
    const auto tasks = TaskStore(m_db).where(QStringLiteral("deal_id = ?"), {dealId});
    if (!tasks) {
        return tasks.error();
    }
    QJsonArray array;
    for (const FulfilmentTask& t : *tasks) {
        array.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("promise_id"), t.promiseId == 0 ? QJsonValue() : QJsonValue(t.promiseId)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("assignee"), person(t.assigneeId)},
            {QStringLiteral("due_on"), date(t.dueOn)},
            {QStringLiteral("status"), toKey(t.status)},
            {QStringLiteral("done_on"), date(t.doneOn)},
        });
    }
    return array;
}

Result<QList<DealListEntry>> DealJson::listPage(std::optional<HandoffState> state, qint64 afterId, int limit) const
{
    // (state, id) > (state, afterId) on deals_by_state, or the rowid range: each page is an index range scan.
    const QString select = QStringLiteral("SELECT d.id, d.state, d.title, a.name, u.email FROM deals d "
                                          "JOIN accounts a ON a.id = d.account_id "
                                          "LEFT JOIN users u ON u.id = d.sales_rep_id ");
    auto query = state ? m_db.exec(select + QStringLiteral("WHERE d.state = ? AND d.id > ? ORDER BY d.id LIMIT ?"),
                                   {toKey(*state), afterId, limit})
                       : m_db.exec(select + QStringLiteral("WHERE d.id > ? ORDER BY d.id LIMIT ?"), {afterId, limit});
    if (!query) {
        return query.error();
    }
    QList<DealListEntry> page;
    page.reserve(limit);
    while (query->next()) {
        DealListEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.state = fromKey<HandoffState>(query->value(1).toString()).value_or(HandoffState::Draft);
        entry.title = query->value(2).toString();
        entry.account = query->value(3).toString();
        entry.salesRepEmail = query->value(4).toString();
        page.append(entry);
    }
    return page;
}

QJsonObject DealJson::toJson(const DealListEntry& entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("state"), toKey(entry.state)},
            {QStringLiteral("title"), entry.title},
            {QStringLiteral("account"), entry.account},
            {QStringLiteral("sales_rep_email"), entry.salesRepEmail}};
}

} // namespace handoff
