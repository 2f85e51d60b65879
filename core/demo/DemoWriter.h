#pragma once

#include "Result.h"
#include "demo/DemoGenerator.h"
#include "model/AuditEntry.h"
#include "model/Capability.h"
#include "model/Comment.h"
#include "model/Contact.h"
#include "model/Deal.h"
#include "model/FulfilmentTask.h"
#include "model/Promise.h"
#include "model/User.h"
#include "storage/Statement.h"

#include <memory>

namespace handoff {

class Database;

// The INSERT statements of demo generation, prepared once and reused for every row, with a count per table.
class DemoWriter {
public:
    static Result<DemoWriter> prepare(Database& db);

    Result<qint64> user(const User& user);
    Result<qint64> account(const QString& name, const QString& website, const QString& industry);
    Result<qint64> contact(const Contact& contact);
    Result<qint64> capability(const Capability& capability);
    Result<qint64> deal(const Deal& deal);
    Result<void> dealContact(qint64 dealId, qint64 contactId, ContactRole role);
    Result<void> dealChannel(qint64 dealId, Channel channel, const QString& address, bool preferred);
    Result<void> answer(qint64 dealId, qint64 itemId, const QString& value, qint64 answeredBy, const QDateTime& at);
    Result<qint64> promise(const Promise& promise);
    Result<qint64> task(const FulfilmentTask& task);
    Result<void> comment(const Comment& comment);
    Result<void> snapshot(qint64 dealId, int submissionNo, qint64 submittedBy, const QDateTime& at,
                          const QByteArray& content);
    Result<void> audit(const AuditEntry& entry);
    Result<qint64> csat(qint64 dealId, int score, QDate ratedOn, const QString& note, qint64 recordedBy,
                        const QDateTime& recordedAt);

    const DemoSummary& counts() const { return m_counts; }

private:
    DemoWriter() = default;

    std::unique_ptr<Statement> m_user, m_account, m_contact, m_capability, m_deal, m_dealContact, m_dealChannel,
        m_answer, m_promise, m_task, m_comment, m_snapshot, m_audit, m_csat;
    DemoSummary m_counts;
};

} // namespace handoff
