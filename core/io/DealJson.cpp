#include "io/DealJson.h"

#include "storage/Database.h"
#include "storage/ExportSql.h"
#include "storage/Stores.h"
#include "workflow/ChecklistService.h"
#include "workflow/SnapshotService.h"

#include <QJsonArray>

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
    const auto account = ExportSql::accountName(m_db, d.accountId);
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
        {QStringLiteral("uid"), d.uid},
        {QStringLiteral("external_ref"), text(d.externalRef)},
        {QStringLiteral("title"), d.title},
        {QStringLiteral("account"), *account},
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
    const auto found = ExportSql::person(m_db, userId);
    if (!found || !*found) {
        return QJsonValue();
    }
    const ExportSql::Person& p = **found;
    return QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("email"), p.email}};
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
    const auto contacts = ExportSql::contactsOf(m_db, dealId);
    if (!contacts) {
        return contacts.error();
    }
    QJsonArray array;
    for (const ExportSql::DealContactLine& c : *contacts) {
        array.append(QJsonObject{{QStringLiteral("name"), c.name},
                                 {QStringLiteral("title"), c.title},
                                 {QStringLiteral("email"), c.email},
                                 {QStringLiteral("phone"), c.phone},
                                 {QStringLiteral("role"), c.role},
                                 {QStringLiteral("preferred_channel"), c.preferredChannel}});
    }
    return array;
}

Result<QJsonArray> DealJson::channels(qint64 dealId) const
{
    const auto channels = ExportSql::channelsOf(m_db, dealId);
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
    const auto promises = ExportSql::promisesOf(m_db, dealId);
    if (!promises) {
        return promises.error();
    }
    QJsonArray array;
    for (const Promise& p : *promises) {
        QJsonValue capability;
        if (p.capabilityId != 0) {
            const auto name = ExportSql::capabilityName(m_db, p.capabilityId);
            if (name && *name) {
                capability = **name;
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
    const auto tasks = ExportSql::tasksOf(m_db, dealId);
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
    return ExportSql::dealPage(m_db, state, afterId, limit);
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
