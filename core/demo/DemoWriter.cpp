#include "demo/DemoWriter.h"

#include "storage/Database.h"

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

Result<DemoWriter> DemoWriter::prepare(Database& db)
{
    DemoWriter writer;
    const struct {
        std::unique_ptr<Statement>* statement;
        const char* sql;
    } statements[] = {
        {&writer.m_user, "INSERT INTO users (name, email, role, active) VALUES (?1, ?2, ?3, ?4)"},
        {&writer.m_account, "INSERT INTO accounts (name, website, industry) VALUES (?1, ?2, ?3)"},
        {&writer.m_contact, "INSERT INTO contacts (account_id, name, title, email, phone, preferred_channel, "
                            "time_zone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&writer.m_capability,
         "INSERT INTO capabilities (name, description, status, lead_time_days) VALUES (?1, ?2, ?3, ?4)"},
        {&writer.m_deal,
         "INSERT INTO deals (account_id, title, external_ref, amount_minor, currency, closed_on, contract_start, "
         "term_months, products, sales_rep_id, support_owner_id, go_live_target, success_criteria, why_bought, "
         "known_risks, state, created_at, submitted_at, accepted_at) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)"},
        {&writer.m_dealContact, "INSERT INTO deal_contacts (deal_id, contact_id, role) VALUES (?1, ?2, ?3)"},
        {&writer.m_dealChannel,
         "INSERT INTO deal_channels (deal_id, channel, address, preferred) VALUES (?1, ?2, ?3, ?4)"},
        {&writer.m_answer, "INSERT INTO checklist_answers (deal_id, item_id, value, answered_by, answered_at) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&writer.m_promise,
         "INSERT INTO promises (deal_id, kind, capability_id, description, customer_words, due_on, promised_by, "
         "feasibility, feasibility_reason, justification, review_status, reviewer_id, review_note, fulfilment, "
         "fulfilled_on, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"},
        {&writer.m_task, "INSERT INTO tasks (deal_id, promise_id, title, assignee_id, due_on, status, done_on) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"},
        {&writer.m_comment, "INSERT INTO comments (deal_id, author_id, body, created_at) VALUES (?1, ?2, ?3, ?4)"},
        {&writer.m_snapshot, "INSERT INTO handoff_snapshots (deal_id, submission_no, submitted_by, submitted_at, "
                             "content) VALUES (?1, ?2, ?3, ?4, ?5)"},
        {&writer.m_audit, "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, deal_id, field, old_value, "
                          "new_value, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&writer.m_csat, "INSERT INTO csat_scores (deal_id, score, rated_on, note, recorded_by, recorded_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
    };
    for (const auto& [statement, sql] : statements) {
        auto prepared = db.prepare(QLatin1StringView(sql));
        if (!prepared) {
            return prepared.error();
        }
        *statement = std::move(prepared).value();
    }
    return writer;
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
    Statement& s = *m_deal;
    s.bind(1, deal.accountId);
    s.bind(2, deal.title);
    bindOptionalText(s, 3, deal.externalRef);
    s.bind(4, deal.amountMinor);
    s.bind(5, deal.currency);
    s.bind(6, deal.closedOn);
    s.bind(7, deal.contractStart);
    s.bind(8, deal.termMonths);
    s.bind(9, deal.products);
    s.bind(10, deal.salesRepId);
    s.bindId(11, deal.supportOwnerId);
    s.bind(12, deal.goLiveTarget);
    s.bind(13, deal.successCriteria);
    s.bind(14, deal.whyBought);
    s.bind(15, deal.knownRisks);
    s.bind(16, key(deal.state));
    s.bind(17, deal.createdAt);
    s.bind(18, deal.submittedAt);
    s.bind(19, deal.acceptedAt);
    return counted(s.insert(), m_counts.deals);
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
    Statement& s = *m_promise;
    s.bind(1, p.dealId);
    s.bind(2, key(p.kind));
    s.bindId(3, p.capabilityId);
    s.bind(4, p.description);
    s.bind(5, p.customerWords);
    s.bind(6, p.dueOn);
    s.bindId(7, p.promisedById);
    s.bind(8, key(p.feasibility));
    s.bind(9, p.feasibilityReason);
    s.bind(10, p.justification);
    s.bind(11, key(p.reviewStatus));
    s.bindId(12, p.reviewerId);
    s.bind(13, p.reviewNote);
    s.bind(14, key(p.fulfilment));
    s.bind(15, p.fulfilledOn);
    s.bind(16, p.createdAt);
    return counted(s.insert(), m_counts.promises);
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
