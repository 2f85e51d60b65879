#include "demo/DemoWriter.h"

#include "storage/Database.h"
#include "storage/Stores.h"

namespace handoff {

namespace {

template <typename E>
QLatin1StringView key(E value)
{
    return QLatin1StringView(EnumKeys<E>::keys[static_cast<std::size_t>(value)]);
}

Result<void> done(const Result<qint64>& inserted)
{
    if (!inserted) {
        return inserted.error();
    }
    return {};
}

// Counts a row and passes the result on.
Result<qint64> counted(Result<qint64> inserted, qint64& counter)
{
    if (inserted) {
        ++counter;
    }
    return inserted;
}

void bindOptionalText(Statement& statement, int position, const QString& text)
{
    if (text.isNull()) {
        statement.bindNull(position);
    } else {
        statement.bind(position, text);
    }
}

} // namespace

const std::vector<DemoWriter::Slot>& DemoWriter::layout()
{
    using L = QLatin1StringView;
    // In the order the rows refer to each other: on a server a row waits, and is written after what it names.
    static const std::vector<Slot> all{
        {&DemoWriter::m_user, L("users"), {L("name"), L("email"), L("role"), L("active")}},
        {&DemoWriter::m_account, L("accounts"), {L("name"), L("website"), L("industry")}},
        {&DemoWriter::m_contact,
         L("contacts"),
         {L("account_id"), L("name"), L("title"), L("email"), L("phone"), L("preferred_channel"), L("time_zone")}},
        {&DemoWriter::m_capability, L("capabilities"), {L("name"), L("description"), L("status"), L("lead_time_days")}},
        {&DemoWriter::m_deal, L("deals"), EntityMapping<Deal>::spec().columns},
        {&DemoWriter::m_dealContact, L("deal_contacts"), {L("deal_id"), L("contact_id"), L("role")}},
        {&DemoWriter::m_dealChannel, L("deal_channels"), {L("deal_id"), L("channel"), L("address"), L("preferred")}},
        {&DemoWriter::m_answer,
         L("checklist_answers"),
         {L("deal_id"), L("item_id"), L("value"), L("answered_by"), L("answered_at")}},
        {&DemoWriter::m_promise, L("promises"), EntityMapping<Promise>::spec().columns},
        {&DemoWriter::m_task,
         L("tasks"),
         {L("deal_id"), L("promise_id"), L("title"), L("assignee_id"), L("due_on"), L("status"), L("done_on")}},
        {&DemoWriter::m_comment, L("comments"), {L("deal_id"), L("author_id"), L("body"), L("created_at")}},
        {&DemoWriter::m_snapshot,
         L("handoff_snapshots"),
         {L("deal_id"), L("submission_no"), L("submitted_by"), L("submitted_at"), L("content")}},
        {&DemoWriter::m_audit,
         L("audit_log"),
         {L("at"), L("actor_id"), L("action"), L("entity"), L("entity_id"), L("deal_id"), L("field"), L("old_value"),
          L("new_value"), L("reason")},
         false},
        {&DemoWriter::m_csat,
         L("csat_scores"),
         {L("deal_id"), L("score"), L("rated_on"), L("note"), L("recorded_by"), L("recorded_at")}},
    };
    return all;
}

Result<DemoWriter> DemoWriter::prepare(Database& db, bool explicitIds)
{
    DemoWriter writer(db);
    const bool withIdColumn = explicitIds && !db.isServer();
    for (const Slot& slot : layout()) {
        QStringList columns = slot.columns;
        if (slot.withId && withIdColumn) {
            columns.append(QStringLiteral("id"));
        }
        auto added = writer.m_bulk.table(slot.table, columns, slot.withId);
        if (!added) {
            return added.error();
        }
        writer.*slot.member = *added;
    }
    return writer;
}

DemoWriter DemoWriter::through(const std::function<Statement*(const Table&)>& wrap) const
{
    DemoWriter twin;
    for (const Slot& slot : layout()) {
        twin.*slot.member = wrap(Table{this->*slot.member, slot.table, int(slot.columns.size()), slot.withId});
    }
    return twin;
}

Result<void> DemoWriter::finish()
{
    return m_bulk.finish();
}

Result<qint64> DemoWriter::user(const User& user)
{
    m_user->bind(1, user.name);
    m_user->bind(2, user.email);
    m_user->bind(3, key(user.role));
    m_user->bind(4, user.active ? 1 : 0);
    return counted(m_user->insert(), m_counts.users);
}

Result<qint64> DemoWriter::account(const QString& name, const QString& website, const QString& industry)
{
    m_account->bind(1, name);
    m_account->bind(2, website);
    m_account->bind(3, industry);
    return counted(m_account->insert(), m_counts.accounts);
}

Result<qint64> DemoWriter::contact(const Contact& contact)
{
    m_contact->bind(1, contact.accountId);
    m_contact->bind(2, contact.name);
    m_contact->bind(3, contact.title);
    m_contact->bind(4, contact.email);
    m_contact->bind(5, contact.phone);
    m_contact->bind(6, key(contact.preferredChannel));
    m_contact->bind(7, contact.timeZone);
    return counted(m_contact->insert(), m_counts.contacts);
}

Result<qint64> DemoWriter::capability(const Capability& capability)
{
    m_capability->bind(1, capability.name);
    m_capability->bind(2, capability.description);
    m_capability->bind(3, key(capability.status));
    m_capability->bind(4, capability.leadTimeDays);
    return m_capability->insert();
}

Result<qint64> DemoWriter::deal(const Deal& deal)
{
    EntityMapping<Deal>::bind(*m_deal, deal);
    return counted(m_deal->insert(), m_counts.deals);
}

Result<void> DemoWriter::dealContact(qint64 dealId, qint64 contactId, ContactRole role)
{
    m_dealContact->bind(1, dealId);
    m_dealContact->bind(2, contactId);
    m_dealContact->bind(3, key(role));
    return m_dealContact->execute();
}

Result<void> DemoWriter::dealChannel(qint64 dealId, Channel channel, const QString& address, bool preferred)
{
    m_dealChannel->bind(1, dealId);
    m_dealChannel->bind(2, key(channel));
    m_dealChannel->bind(3, address);
    m_dealChannel->bind(4, preferred ? 1 : 0);
    return m_dealChannel->execute();
}

Result<void> DemoWriter::answer(qint64 dealId, qint64 itemId, const QString& value, qint64 answeredBy,
                                const QDateTime& at)
{
    m_answer->bind(1, dealId);
    m_answer->bind(2, itemId);
    m_answer->bind(3, value);
    m_answer->bindId(4, answeredBy);
    m_answer->bind(5, at);
    return done(counted(m_answer->insert(), m_counts.checklistAnswers));
}

Result<qint64> DemoWriter::promise(const Promise& p)
{
    EntityMapping<Promise>::bind(*m_promise, p);
    return counted(m_promise->insert(), m_counts.promises);
}

Result<qint64> DemoWriter::task(const FulfilmentTask& t)
{
    Statement& s = *m_task;
    s.bind(1, t.dealId);
    s.bindId(2, t.promiseId);
    s.bind(3, t.title);
    s.bindId(4, t.assigneeId);
    s.bind(5, t.dueOn);
    s.bind(6, key(t.status));
    s.bind(7, t.doneOn);
    return counted(s.insert(), m_counts.tasks);
}

Result<void> DemoWriter::comment(const Comment& comment)
{
    m_comment->bind(1, comment.dealId);
    m_comment->bindId(2, comment.authorId);
    m_comment->bind(3, comment.body);
    m_comment->bind(4, comment.createdAt);
    return m_comment->execute();
}

Result<void> DemoWriter::snapshot(qint64 dealId, int submissionNo, qint64 submittedBy, const QDateTime& at,
                                  const QByteArray& content)
{
    m_snapshot->bind(1, dealId);
    m_snapshot->bind(2, submissionNo);
    m_snapshot->bindId(3, submittedBy);
    m_snapshot->bind(4, at);
    m_snapshot->bindUtf8(5, content);
    return m_snapshot->execute();
}

Result<void> DemoWriter::audit(const AuditEntry& e)
{
    Statement& s = *m_audit;
    s.bind(1, e.at);
    s.bindId(2, e.actorId);
    s.bind(3, e.action);
    s.bind(4, e.entity);
    s.bindId(5, e.entityId);
    s.bindId(6, e.dealId);
    s.bind(7, e.field);
    bindOptionalText(s, 8, e.oldValue);
    bindOptionalText(s, 9, e.newValue);
    s.bind(10, e.reason);
    return done(counted(s.insert(), m_counts.auditEntries));
}

Result<qint64> DemoWriter::csat(qint64 dealId, int score, QDate ratedOn, const QString& note, qint64 recordedBy,
                                const QDateTime& recordedAt)
{
    m_csat->bind(1, dealId);
    m_csat->bind(2, score);
    m_csat->bind(3, ratedOn);
    m_csat->bind(4, note);
    m_csat->bindId(5, recordedBy);
    m_csat->bind(6, recordedAt);
    return m_csat->insert();
}

} // namespace handoff
