#include "storage/SearchBacklog.h"

#include "storage/Database.h"
#include "storage/PragmaScope.h"
#include "storage/Transaction.h"

#include <algorithm>

namespace handoff {

namespace {

// One index, the table (or view) it reads its text from, and the queued values' columns c0.. in its order.
struct IndexSpec {
    QLatin1String kind;    // search_pending.kind
    QLatin1String index;   // the FTS5 table
    QLatin1String source;  // its content table, whose columns have the index's column names
    QLatin1String table;   // the base table, whose max(id) estimates the index's size
    QLatin1String columns; // the index's columns
    QLatin1String queued;  // the search_pending columns that hold their old values
};

const IndexSpec kIndexes[] = {
    {QLatin1String("deal"), QLatin1String("deals_fts"), QLatin1String("deal_search_source"), QLatin1String("deals"),
     QLatin1String("title, external_ref, products, account"), QLatin1String("p.c0, p.c1, p.c2, p.c3")},
    {QLatin1String("account"), QLatin1String("accounts_fts"), QLatin1String("accounts"), QLatin1String("accounts"),
     QLatin1String("name"), QLatin1String("p.c0")},
    {QLatin1String("contact"), QLatin1String("contacts_fts"), QLatin1String("contacts"), QLatin1String("contacts"),
     QLatin1String("name, email, title"), QLatin1String("p.c0, p.c1, p.c2")},
    {QLatin1String("promise"), QLatin1String("promises_fts"), QLatin1String("promises"), QLatin1String("promises"),
     QLatin1String("description, customer_words"), QLatin1String("p.c0, p.c1")},
};

// A backlog of more than this share of a table is applied by rebuilding the table's index: a rebuild reads the
// table in order and writes the index in one pass, several times cheaper per row than deleting and adding rows.
constexpr qint64 kRebuildDivisor = 4;
// Small backlogs are always applied row by row: a rebuild reads the whole table.
constexpr qint64 kRebuildMinimum = 1000;

// While typing, a search waits this long for another program's write to finish before it searches the index as
// it is (at most a few keystrokes behind) instead of freezing the window for the whole busy timeout.
constexpr qint64 kCatchUpWaitMs = 100;

Result<qint64> number(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto statement = db.statement(sql);
    if (!statement) {
        return statement.error();
    }
    for (int i = 0; i < values.size(); ++i) {
        (*statement)->bind(i + 1, values.at(i));
    }
    auto row = (*statement)->next();
    if (!row) {
        return row.error();
    }
    return *row ? (*statement)->int64(0) : 0;
}

Result<void> run(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto statement = db.statement(sql);
    if (!statement) {
        return statement.error();
    }
    for (int i = 0; i < values.size(); ++i) {
        (*statement)->bind(i + 1, values.at(i));
    }
    return (*statement)->execute();
}

Result<void> rebuildIndex(const Database& db, const IndexSpec& spec)
{
    return run(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('rebuild')").arg(spec.index));
}

// Row by row. Queued rows the index holds (up to indexedTo) are dropped with the values their first queued change
// recorded, which are what the index holds (0003_search.sql); those that still exist are added back with their
// current text. Rows above indexedTo are new to the index whatever was queued for them: they are simply added.
Result<void> applyChanges(const Database& db, const IndexSpec& spec, qint64 indexedTo)
{
    const QVariantList values{QString(spec.kind), indexedTo};
    const QString remove =
        QStringLiteral("INSERT INTO %1 (%1, rowid, %2) SELECT 'delete', p.row_id, %3 FROM search_pending p "
                       "WHERE p.kind = ?1 AND p.row_id <= ?2 AND p.id = (SELECT min(q.id) FROM search_pending q "
                       "WHERE q.kind = ?1 AND q.row_id = p.row_id)")
            .arg(spec.index, spec.columns, spec.queued);
    if (auto removed = run(db, remove, values); !removed) {
        return removed;
    }
    const QString changed = QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE id IN "
                                           "(SELECT row_id FROM search_pending WHERE kind = ?1 AND row_id <= ?2)")
                                .arg(spec.index, spec.columns, spec.source);
    if (auto readded = run(db, changed, values); !readded) {
        return readded;
    }
    const QString added = QStringLiteral("INSERT INTO %1 (rowid, %2) SELECT id, %2 FROM %3 WHERE id > ?1")
                              .arg(spec.index, spec.columns, spec.source);
    return run(db, added, {indexedTo});
}

// The SQL that sums what waits: queued changes plus, per kind, the ids above what the index holds (none when the
// newest rows were deleted).
QString waitingSql()
{
    QString sql = QStringLiteral("SELECT (SELECT count(*) FROM search_pending)");
    for (const IndexSpec& spec : kIndexes) {
        sql += QStringLiteral(" + max(0, (SELECT coalesce(max(id), 0) FROM %1) - coalesce((SELECT indexed_to FROM "
                              "search_state WHERE kind = '%2'), 0))")
                   .arg(spec.table, spec.kind);
    }
    return sql;
}

Error failure(const Error& cause)
{
    return makeError(cause.code,
                     SearchBacklog::tr("The search index could not be brought up to date. %1").arg(cause.message),
                     cause.details);
}

} // namespace

Result<void> SearchBacklog::catchUp(Database& db)
{
    if (db.isServer()) {
        return {}; // the server's triggers keep every vector current in the transaction that writes the row
    }
    auto pending = size(db);
    if (!pending) {
        return pending.error();
    }
    if (*pending == 0) {
        return {};
    }
    PragmaScope wait(db, "busy_timeout", kCatchUpWaitMs);
    auto applied = apply(db);
    if (applied) {
        return {};
    }
    switch (applied.error().code) {
    case Error::Code::Locked:   // another program is writing: its changes and ours are applied by the next search
    case Error::Code::ReadOnly: // a file opened from read-only storage: search what the index holds
        return {};
    case Error::Code::Corrupt: // the index no longer matches its tables; it holds nothing that they do not
        return rebuild(db);
    default:
        return applied.error();
    }
}

Result<qint64> SearchBacklog::size(const Database& db)
{
    return number(db, waitingSql());
}

Result<qint64> SearchBacklog::apply(Database& db)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return failure(transaction.error());
    }
    qint64 applied = 0;
    for (const IndexSpec& spec : kIndexes) {
        // -1: the file lost its record of what is indexed; only a rebuild knows then.
        auto indexedTo =
            number(db, QStringLiteral("SELECT coalesce((SELECT indexed_to FROM search_state WHERE kind = ?), -1)"),
                   {QString(spec.kind)});
        auto top = number(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(spec.table));
        auto queued =
            number(db, QStringLiteral("SELECT count(*) FROM search_pending WHERE kind = ?"), {QString(spec.kind)});
        for (const auto* read : {&indexedTo, &top, &queued}) {
            if (!*read) {
                return failure(read->error());
            }
        }
        const qint64 waiting = *queued + std::max<qint64>(0, *top - *indexedTo);
        if (waiting == 0) {
            continue;
        }
        const bool rebuild = *indexedTo < 0 || (waiting >= kRebuildMinimum && waiting * kRebuildDivisor > *top);
        if (auto done = rebuild ? rebuildIndex(db, spec) : applyChanges(db, spec, *indexedTo); !done) {
            return failure(done.error());
        }
        if (auto marked =
                run(db, QStringLiteral("INSERT OR REPLACE INTO search_state (kind, indexed_to) VALUES (?, ?)"),
                    {QString(spec.kind), *top});
            !marked) {
            return failure(marked.error());
        }
        applied += waiting;
    }
    if (auto emptied = run(db, QStringLiteral("DELETE FROM search_pending")); !emptied) {
        return failure(emptied.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return failure(committed.error());
    }
    return applied;
}

Result<void> SearchBacklog::rebuild(Database& db)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return failure(transaction.error());
    }
    for (const IndexSpec& spec : kIndexes) {
        if (auto done = rebuildIndex(db, spec); !done) {
            return failure(done.error());
        }
        auto top = number(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(spec.table));
        if (!top) {
            return failure(top.error());
        }
        if (auto marked =
                run(db, QStringLiteral("INSERT OR REPLACE INTO search_state (kind, indexed_to) VALUES (?, ?)"),
                    {QString(spec.kind), *top});
            !marked) {
            return failure(marked.error());
        }
    }
    if (auto emptied = run(db, QStringLiteral("DELETE FROM search_pending")); !emptied) {
        return failure(emptied.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return failure(committed.error());
    }
    return {};
}

} // namespace handoff
