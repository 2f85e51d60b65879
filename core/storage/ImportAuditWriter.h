#pragma once

#include "Result.h"
#include "storage/Statement.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

namespace handoff {

class BulkWriter;
class Database;

// Writes an import's audit entries many to an INSERT. The audit log's insert trigger makes SQLite open a statement
// journal for every INSERT into it; one INSERT of many rows pays for that once. On a server the entries go to the
// import's BulkWriter, which copies them in with its other rows. The entries wait in buffers that keep their capacity,
// so that a row's entry costs a copy of its text and no allocation.
class ImportAuditWriter {
public:
    // The time, actor and reason are the same for every entry of an import.
    static Result<ImportAuditWriter> open(const Database& db, BulkWriter& bulk, const QDateTime& at, qint64 actorId,
                                          const QString& reason);

    // Queues an entry (null old or new value: NULL); writes the batch when it is full.
    Result<void> add(const char* action, const char* entity, qint64 entityId, qint64 dealId, const QString& field,
                     const QString& oldValue, const QString& newValue);
    // Writes the entries still waiting; an import's transaction is not complete without them.
    Result<void> flush();

private:
    struct Entry {
        const char* action = nullptr; // string literals
        const char* entity = nullptr;
        qint64 entityId = 0;
        qint64 dealId = 0;
        QString field, oldValue, newValue;
        bool oldNull = true, newNull = true;
    };

    const Database* m_db = nullptr;
    Statement* m_single = nullptr;      // one entry: the last, partial batch, or every entry on a server
    std::unique_ptr<Statement> m_batch; // a full batch; none on a server
    std::vector<Entry> m_entries;
    std::size_t m_count = 0;
};

} // namespace handoff
