#include "storage/KeptFigures.h"

#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/MetricsSql.h"
#include "storage/Statement.h"
#include "storage/StatementLease.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace handoff {

namespace {

const QString kKeys = QStringLiteral("kind, day, a, b, k, t, u");
const QString kCounts = QStringLiteral("n, v1, v2, v3, v4, v5, v6, v7, v8");
// The parts summed by day: all but the days a deal is at risk, which are counted per deal.
const QString kSummed = QStringLiteral("kind <> 'risk'");

QString programZone()
{
    return QString::fromUtf8(QTimeZone::systemTimeZoneId());
}

// Runs one statement written in SQLite's dialect, with values bound in order: the first column of its first row,
// invalid when there is none or it is NULL.
Result<QVariant> run(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto lease = db.statement(db.dialect().fromSqlite(sql));
    if (!lease) {
        return lease.error();
    }
    Statement& statement = **lease;
    for (int i = 0; i < values.size(); ++i) {
        statement.bind(i + 1, values.at(i));
    }
    auto row = statement.next();
    if (!row) {
        return row.error();
    }
    return *row ? statement.value(0) : QVariant();
}

Result<void> execute(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto done = run(db, sql, values);
    return done ? Result<void>() : Result<void>(done.error());
}

Result<qint64> count(const Database& db, const QString& sql)
{
    auto value = run(db, sql);
    return value ? Result<qint64>(value->toLongLong()) : Result<qint64>(value.error());
}

// The parts of the deals in scope added to figure_days (sign -1: taken out), summed by their keys. Without a scope
// every part is added on a file row by row, into the sum of its keys: the same sums without sorting two million parts
// in memory first (a server refuses to update one row twice in one statement, and sorts on disk).
QString addToDays(int sign, bool scoped, bool server)
{
    const bool grouped = scoped || server;
    QStringList values;
    QStringList updates;
    for (const QString& column : kCounts.split(QStringLiteral(", "))) {
        values.append((grouped ? QStringLiteral("%1sum(%2)") : QStringLiteral("%1%2"))
                          .arg(sign < 0 ? QStringLiteral("-") : QString(), column));
        updates.append(QStringLiteral("%1 = figure_days.%1 + excluded.%1").arg(column));
    }
    return QStringLiteral("INSERT INTO figure_days (%1, %2) SELECT %1, %3 FROM figure_parts WHERE %5 AND %6 %7 ON "
                          "CONFLICT (%1) DO UPDATE SET %4")
        .arg(kKeys, kCounts, values.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")), kSummed,
             scoped ? QStringLiteral("deal_id IN (SELECT deal_id FROM figure_scope)") : QStringLiteral("1 = 1"),
             grouped ? QStringLiteral("GROUP BY ") + kKeys : QString());
}

// What figure_days holds: the parts summed by their keys.
QString sumOfParts()
{
    QStringList sums;
    for (const QString& column : kCounts.split(QStringLiteral(", "))) {
        sums.append(QStringLiteral("sum(%1)").arg(column));
    }
    return QStringLiteral("SELECT %1, %2 FROM figure_parts WHERE %3 GROUP BY %1")
        .arg(kKeys, sums.join(QStringLiteral(", ")), kSummed);
}

// The parts of the deals in scope, computed from their rows, into a table.
QString partsInto(const QString& table, MetricsSql::Reach reach)
{
    return QStringLiteral("INSERT INTO %1 (deal_id, %2, %3) %4")
        .arg(table, kKeys, kCounts, MetricsSql::keptParts(reach));
}

// figure_scope holds the deals whose parts are computed; a temporary table of this connection.
Result<void> scope(const Database& db, const std::vector<qint64>& deals)
{
    if (auto made = execute(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS figure_scope (deal_id BIGINT PRIMARY "
                                               "KEY)"));
        !made) {
        return made;
    }
    if (auto emptied = execute(db, QStringLiteral("DELETE FROM figure_scope")); !emptied) {
        return emptied;
    }
    for (const qint64 deal : deals) {
        if (auto added = execute(db, QStringLiteral("INSERT INTO figure_scope (deal_id) VALUES (?)"), {deal}); !added) {
            return added;
        }
    }
    // A server plans a temporary table it has no statistics of as if it held thousands of deals, and then reads
    // every task and audit row (170 ms at 20,000 deals, 5 ms once it knows).
    return db.isServer() ? execute(db, QStringLiteral("ANALYZE figure_scope")) : Result<void>();
}

} // namespace

bool KeptFigures::moves(QStringView entity, QStringView field)
{
    static const QSet<QString> still{
        QStringLiteral("deals.account_id"),
        QStringLiteral("deals.title"),
        QStringLiteral("deals.external_ref"),
        QStringLiteral("deals.amount_minor"),
        QStringLiteral("deals.currency"),
        QStringLiteral("deals.contract_start"),
        QStringLiteral("deals.term_months"),
        QStringLiteral("deals.products"),
        QStringLiteral("deals.go_live_target"),
        QStringLiteral("deals.success_criteria"),
        QStringLiteral("deals.why_bought"),
        QStringLiteral("deals.known_risks"),
        QStringLiteral("deals.uid"),
        QStringLiteral("promises.kind"),
        QStringLiteral("promises.description"),
        QStringLiteral("promises.customer_words"),
        QStringLiteral("promises.promised_by"),
        QStringLiteral("promises.justification"),
        QStringLiteral("promises.feasibility_reason"),
        QStringLiteral("promises.review_note"),
        QStringLiteral("tasks.title"),
    };
    static const QSet<QString> stillEntities{QStringLiteral("comments"), QStringLiteral("contacts"),
                                             QStringLiteral("deal_contacts"), QStringLiteral("deal_channels"),
                                             QStringLiteral("accounts")};
    if (stillEntities.contains(entity.toString())) {
        return false;
    }
    return field.isEmpty() || !still.contains(entity + QLatin1Char('.') + field);
}

Result<QString> KeptFigures::zone(const Database& db)
{
    auto value = run(db, QStringLiteral("SELECT zone FROM figure_state WHERE id = 1"));
    return value ? Result<QString>(value->toString()) : Result<QString>(value.error());
}

Result<bool> KeptFigures::usable(const Database& db)
{
    auto kept = zone(db);
    if (!kept) {
        return kept.error();
    }
    return !kept->isEmpty() && *kept == programZone();
}

Result<void> KeptFigures::refreshTouched(Database& db)
{
    std::vector<qint64> deals;
    deals.swap(db.touchedDeals());
    std::sort(deals.begin(), deals.end());
    deals.erase(std::unique(deals.begin(), deals.end()), deals.end());
    auto fresh = usable(db);
    if (!fresh) {
        return fresh.error();
    }
    if (!*fresh) {
        // Built for another zone: what this change moves cannot be counted in it. Stale until the next rebuild.
        return execute(db, QStringLiteral("UPDATE figure_state SET zone = NULL WHERE zone IS NOT NULL"));
    }
    if (auto scoped = scope(db, deals); !scoped) {
        return scoped;
    }
    for (const QString& step : refreshStatements()) {
        if (auto done = execute(db, step); !done) {
            return done;
        }
    }
    return {};
}

QStringList KeptFigures::refreshStatements()
{
    return {addToDays(-1, true, false),
            QStringLiteral("DELETE FROM figure_parts WHERE deal_id IN (SELECT deal_id FROM figure_scope)"),
            partsInto(QStringLiteral("figure_parts"), MetricsSql::Reach::Scope), addToDays(1, true, false),
            QStringLiteral("DELETE FROM figure_days WHERE n = 0")};
}

Result<void> KeptFigures::rebuild(Database& db)
{
    db.touchedDeals().clear();
    for (const QString& step :
         {QStringLiteral("DELETE FROM figure_days"), QStringLiteral("DELETE FROM figure_parts")}) {
        if (auto done = execute(db, step); !done) {
            return done;
        }
    }
    // The parts come in the table's order; its other indexes are sorted once at the end rather than grown part by part
    // all over the page cache (a server keeps its own).
    auto deferred = db.isServer() ? Result<DeferredIndexes>(DeferredIndexes())
                                  : DeferredIndexes::drop(db, {QStringLiteral("figure_parts")});
    if (!deferred) {
        return deferred.error();
    }
    if (auto computed = execute(db, partsInto(QStringLiteral("figure_parts"), MetricsSql::Reach::Everything));
        !computed) {
        return computed;
    }
    if (auto rebuilt = deferred->rebuild(); !rebuilt) {
        return rebuilt;
    }
    if (auto summed = execute(db, addToDays(1, false, db.isServer())); !summed) {
        return summed;
    }
    return execute(db, QStringLiteral("UPDATE figure_state SET zone = ? WHERE id = 1"), {programZone()});
}

Result<QStringList> KeptFigures::differences(Database& db)
{
    const QString columns = QStringLiteral("deal_id, ") + kKeys + QStringLiteral(", ") + kCounts;
    for (const QString& step :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS figure_check AS SELECT * FROM figure_parts WHERE 0 = 1"),
          QStringLiteral("DELETE FROM figure_check")}) {
        if (auto done = execute(db, step); !done) {
            return done.error();
        }
    }
    if (auto computed = execute(db, partsInto(QStringLiteral("figure_check"), MetricsSql::Reach::Everything));
        !computed) {
        return computed.error();
    }
    QStringList found;
    auto parts = count(db, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM figure_parts EXCEPT SELECT %1 FROM "
                                          "figure_check) AS kept_only")
                               .arg(columns));
    auto rows = count(db, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM figure_check EXCEPT SELECT %1 FROM "
                                         "figure_parts) AS rows_only")
                              .arg(columns));
    auto sums = count(db, QStringLiteral("SELECT count(*) FROM (SELECT %1, %2 FROM figure_days EXCEPT %3) AS kept_sums")
                              .arg(kKeys, kCounts, sumOfParts()));
    auto missing = count(db, QStringLiteral("SELECT count(*) FROM (SELECT %1 FROM figure_parts WHERE %2 EXCEPT SELECT "
                                            "%1 FROM figure_days) AS unsummed")
                                 .arg(kKeys, kSummed));
    for (const auto* result : {&parts, &rows, &sums, &missing}) {
        if (!*result) {
            return result->error();
        }
    }
    (void)execute(db, QStringLiteral("DELETE FROM figure_check"));
    if (*parts + *rows > 0) {
        found.append(tr("%n kept figure part(s) differ from what the deals' rows give now.", nullptr,
                        int(std::max(*parts, *rows))));
    }
    if (*sums + *missing > 0) {
        found.append(tr("%n kept daily sum(s) differ from the sum of their parts.", nullptr, int(*sums + *missing)));
    }
    return found;
}

} // namespace handoff
