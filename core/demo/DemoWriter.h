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
#include "storage/BulkWriter.h"
#include "storage/Statement.h"

#include <functional>
#include <memory>
#include <vector>

namespace handoff {

class Database;

// The rows of demo generation, written in bulk (BulkWriter: INSERTs prepared once on a file, COPY on a server), with
// a count per table. Nothing is read back while the demo is written; finish() before committing.
class DemoWriter {
public:
    // explicitIds (on a file): every table with an id takes it as one more parameter after its columns, so that the
    // rows can be made ahead with their ids (DemoPipeline).
    static Result<DemoWriter> prepare(Database& db, bool explicitIds = false);

    // One table's statement: the table, its columns (the id not counted) and whether rows have an id.
    struct Table {
        Statement* statement;
        QLatin1StringView table;
        int columns;
        bool withId;
    };
    // A writer of the same rows through other statements: each of this writer's tables passed through wrap. Its
    // counts start at zero; nothing it writes needs finish().
    DemoWriter through(const std::function<Statement*(const Table&)>& wrap) const;

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

    // Writes the rows that wait (on a server); the transaction is not complete without them.
    Result<void> finish();

    const DemoSummary& counts() const { return m_counts; }

private:
    DemoWriter() = default;
    explicit DemoWriter(Database& db)
        : m_bulk(db)
    {}

    // Each statement's member with its table, in the order rows refer to each other.
    struct Slot {
        Statement* DemoWriter::*member;
        QLatin1StringView table;
        QStringList columns;
        bool withId = true;
    };
    static const std::vector<Slot>& layout();

    BulkWriter m_bulk; // owns the statements below
    Statement *m_user = nullptr, *m_account = nullptr, *m_contact = nullptr, *m_capability = nullptr, *m_deal = nullptr,
              *m_dealContact = nullptr, *m_dealChannel = nullptr, *m_answer = nullptr, *m_promise = nullptr,
              *m_task = nullptr, *m_comment = nullptr, *m_snapshot = nullptr, *m_audit = nullptr, *m_csat = nullptr;
    DemoSummary m_counts;
};

} // namespace handoff
