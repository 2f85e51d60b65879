#include "storage/ImportAuditWriter.h"

#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/KeptFigures.h"

namespace handoff {

namespace {

// Entries per INSERT, and the parameters of one: ?1 to ?3 (time, actor, reason) are shared by every row.
constexpr int kBatch = 64;
constexpr int kShared = 3;
constexpr int kPerEntry = 7;

QString batchSql()
{
    QString sql = QStringLiteral("INSERT INTO audit_log (at, actor_id, action, entity, entity_id, deal_id, field, "
                                 "old_value, new_value, reason) VALUES ");
    for (int row = 0; row < kBatch; ++row) {
        const int base = kShared + row * kPerEntry;
        sql += QLatin1String(row ? ", (?1, ?2" : "(?1, ?2");
        for (int i = 1; i <= kPerEntry; ++i) {
            sql += QLatin1String(", ?") + QString::number(base + i);
        }
        sql += QLatin1String(", ?3)");
    }
    return sql;
}

// Copies text into a buffer that keeps its capacity (an assignment would share the source instead, and the source,
// a buffer reused row after row, would then allocate at its next change).
void copyInto(QString& target, const QString& source)
{
    target.resize(0);
    target.append(source);
}

} // namespace

Result<ImportAuditWriter> ImportAuditWriter::open(const Database& db, BulkWriter& bulk, const QDateTime& at,
                                                  qint64 actorId, const QString& reason)
{
    ImportAuditWriter writer;
    writer.m_db = &db;
    // Bound in the order of the batch's shared values (?1 to ?3), then one entry's (?4 to ?10).
    auto single = bulk.table(QLatin1StringView("audit_log"),
                             {QLatin1StringView("at"), QLatin1StringView("actor_id"), QLatin1StringView("reason"),
                              QLatin1StringView("action"), QLatin1StringView("entity"), QLatin1StringView("entity_id"),
                              QLatin1StringView("deal_id"), QLatin1StringView("field"), QLatin1StringView("old_value"),
                              QLatin1StringView("new_value")},
                             false);
    if (!single) {
        return single.error();
    }
    writer.m_single = *single;
    if (!bulk.defers()) {
        auto batch = db.prepare(batchSql());
        if (!batch) {
            return batch.error();
        }
        writer.m_batch = std::move(batch).value();
    }
    for (Statement* s : {writer.m_single, writer.m_batch.get()}) {
        if (s) {
            s->bind(1, at);
            s->bindId(2, actorId);
            s->bind(3, reason);
        }
    }
    writer.m_entries.resize(writer.m_batch ? kBatch : 1);
    return writer;
}

Result<void> ImportAuditWriter::add(const char* action, const char* entity, qint64 entityId, qint64 dealId,
                                    const QString& field, const QString& oldValue, const QString& newValue)
{
    Entry& entry = m_entries[m_count++];
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.dealId = dealId;
    if (dealId > 0 && KeptFigures::moves(QString::fromLatin1(entity), field)) {
        m_db->touchDeal(dealId);
    }
    copyInto(entry.field, field);
    entry.oldNull = oldValue.isNull();
    copyInto(entry.oldValue, oldValue);
    entry.newNull = newValue.isNull();
    copyInto(entry.newValue, newValue);
    return m_count < m_entries.size() ? Result<void>{} : flush();
}

Result<void> ImportAuditWriter::flush()
{
    const bool full = m_count == m_entries.size();
    const std::size_t count = std::exchange(m_count, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const Entry& entry = m_entries[i];
        Statement& s = full && m_batch ? *m_batch : *m_single;
        const int base = kShared + (&s == m_batch.get() ? int(i) * kPerEntry : 0);
        s.bind(base + 1, QLatin1StringView(entry.action));
        s.bind(base + 2, QLatin1StringView(entry.entity));
        s.bindId(base + 3, entry.entityId);
        s.bindId(base + 4, entry.dealId);
        s.bind(base + 5, entry.field);
        entry.oldNull ? s.bindNull(base + 6) : s.bind(base + 6, entry.oldValue);
        entry.newNull ? s.bindNull(base + 7) : s.bind(base + 7, entry.newValue);
        if (&s == m_single) {
            if (auto done = s.execute(); !done) {
                return done;
            }
        }
    }
    return full && m_batch ? m_batch->execute() : Result<void>{};
}

} // namespace handoff
