#include "storage/IntegrityCheck.h"

#include "storage/CheckLog.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/KeptFigures.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace handoff {

namespace {

// A report lists this many problems of one kind and counts the rest: enough to act on, short enough to read.
constexpr int kListed = 10;

// Double quotes around an identifier read from the schema, so that even an odd name stays one identifier.
QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// A trigger written with other spacing or case is the same trigger.
QString normalized(const QString& sql)
{
    QString compact = sql.toLower();
    compact.remove(QRegularExpression(QStringLiteral("\\s+")));
    while (compact.endsWith(QLatin1Char(';'))) {
        compact.chop(1); // SQLite stores the statement without its final semicolon
    }
    return compact;
}

// Calls a check's progress as each check starts and, on a file, about once a second while SQLite runs one (through
// its progress handler, called every kStepsPerCall steps of its virtual machine); never stops the check.
class ProgressTicker {
public:
    ProgressTicker(const Database& db, const IntegrityCheck::Progress& progress)
        : m_handle(progress ? db.handle() : nullptr)
        , m_progress(progress)
    {
        if (m_handle) {
            sqlite3_progress_handler(m_handle, kStepsPerCall, &ProgressTicker::tick, this);
        }
    }
    ~ProgressTicker()
    {
        if (m_handle) {
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
        }
    }
    ProgressTicker(const ProgressTicker&) = delete;
    ProgressTicker& operator=(const ProgressTicker&) = delete;

    void start(int check, int checks)
    {
        m_check = check;
        m_checks = checks;
        if (m_progress) {
            m_progress(check, checks);
        }
        m_sinceLast.start();
    }

private:
    static constexpr int kStepsPerCall = 100000;

    static int tick(void* self)
    {
        auto* ticker = static_cast<ProgressTicker*>(self);
        if (ticker->m_sinceLast.elapsed() >= 1000) {
            ticker->m_sinceLast.start();
            ticker->m_progress(ticker->m_check, ticker->m_checks);
        }
        return 0;
    }

    sqlite3* m_handle;
    const IntegrityCheck::Progress& m_progress;
    QElapsedTimer m_sinceLast;
    int m_check = 0;
    int m_checks = 0;
};

} // namespace

QList<CheckResult> IntegrityCheck::run(Database& db, const Progress& progress)
{
    using Check = std::function<CheckResult()>;
    const auto with = [&db](CheckResult (*check)(const Database&)) {
        return Check([&db, check] { return check(db); });
    };
    QList<Check> checks =
        db.isServer()
            ? QList<Check>{with(serverIndexes),         with(serverConstraints), with(schemaVersion),
                           with(serverAuditProtection), with(auditCompleteness), [&db] { return keptFigures(db); }}
            : QList<Check>{with(integrity),       with(foreignKeys),       with(schemaVersion),
                           with(auditProtection), with(auditCompleteness), [&db] { return keptFigures(db); }};
    if (db.inTeamMode()) {
        checks.append(with(serverTeamGuard));
    }
    const int total = int(checks.size());
    ProgressTicker ticker(db, progress);
    QList<CheckResult> results;
    for (const Check& check : checks) {
        ticker.start(int(results.size()), total);
        results.append(check());
    }
    return results;
}

// The kept figures against what the rows give now. Stale figures (a change made in another time zone) are built
// again, as are figures that differ, which is a fault of Handoff's, not damage: reported, then repaired.
CheckResult IntegrityCheck::keptFigures(Database& db)
{
    CheckResult result{tr("Kept figures"), false, {}};
    const auto failed = [&result](const Error& error) {
        result.detail = error.message;
        return result;
    };
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return failed(transaction.error());
    }
    auto usable = KeptFigures::usable(db);
    if (!usable) {
        return failed(usable.error());
    }
    QStringList found;
    if (*usable) {
        auto differences = KeptFigures::differences(db);
        if (!differences) {
            return failed(differences.error());
        }
        found = *differences;
        if (found.isEmpty()) {
            result.ok = true;
            result.detail = tr("ok");
            return result;
        }
    }
    if (auto built = KeptFigures::rebuild(db); !built) {
        return failed(built.error());
    }
    if (auto committed = transaction->commit(); !committed) {
        return failed(committed.error());
    }
    result.ok = !*usable; // stale is not a fault; differing is
    found.append(*usable ? tr("They were built again from the rows.")
                         : tr("They were not up to date for this time zone; they were built again from the rows."));
    result.detail = found.join(QLatin1Char('\n'));
    return result;
}

Result<void> IntegrityCheck::record(Database& db, const QList<CheckResult>& results)
{
    // On a file, run() gives the pages' result first.
    const bool server = db.isServer();
    QStringList findings;
    for (qsizetype i = 0; i < results.size(); ++i) {
        if (!results.at(i).ok && (server || i == 0)) {
            findings.append(QStringLiteral("%1: %2").arg(results.at(i).name, results.at(i).detail));
        }
    }
    return CheckLog::record(db, CheckLog::Kind::Full, findings.isEmpty(), findings);
}

Result<QStringList> IntegrityCheck::checkPages(Database& db)
{
    auto problems = damage(db, true);
    if (problems) {
        static_cast<void>(CheckLog::record(db, CheckLog::Kind::Pages, problems->isEmpty(), *problems));
    }
    return problems;
}

bool IntegrityCheck::allOk(const QList<CheckResult>& results)
{
    return std::all_of(results.begin(), results.end(), [](const CheckResult& result) { return result.ok; });
}

Result<QStringList> IntegrityCheck::damage(const Database& db, bool pagesOnly)
{
    auto query = db.exec(pagesOnly ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check"));
    if (!query) {
        return query.error();
    }
    QStringList problems;
    int count = 0;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (++count <= kListed) {
            problems.append(line);
        }
    }
    if (problems == QStringList{QStringLiteral("ok")}) {
        return QStringList();
    }
    if (count > kListed) {
        problems.append(tr("… and %n more not listed here", nullptr, count - kListed));
    }
    return problems;
}

CheckResult IntegrityCheck::integrity(const Database& db)
{
    CheckResult result{tr("Integrity"), false, {}};
    const auto problems = damage(db, false);
    if (!problems) {
        result.detail = problems.error().message;
    } else if (problems->isEmpty()) {
        result.ok = true;
        result.detail = tr("ok");
    } else {
        result.detail = problems->join(QLatin1Char('\n'));
    }
    return result;
}

CheckResult IntegrityCheck::foreignKeys(const Database& db)
{
    CheckResult result{tr("Foreign keys"), false, {}};
    auto query = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!query) {
        result.detail = query.error().message;
        return result;
    }
    struct Violation {
        QString table;
        qint64 rowid;
        QString parent;
        int fkid;
    };
    QList<Violation> listed;
    int count = 0;
    while (query->next()) {
        if (++count <= kListed) {
            listed.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toString(),
                           query->value(3).toInt()});
        }
    }
    if (count == 0) {
        result.ok = true;
        result.detail = tr("ok");
        return result;
    }
    QStringList problems;
    for (const Violation& v : listed) {
        // Name the column and the id it holds, so the row can be found and repaired.
        auto column =
            db.scalar(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ? AND seq = 0"),
                      {v.table, v.fkid});
        const QString from = column ? column->toString() : QString();
        auto value =
            from.isEmpty()
                ? Result<QVariant>(QVariant())
                : db.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?").arg(quoted(from), quoted(v.table)),
                            {v.rowid});
        if (!from.isEmpty() && value) {
            problems.append(tr("%1 row %2: %3 = %4 refers to a row of %5 that does not exist")
                                .arg(v.table)
                                .arg(v.rowid)
                                .arg(from, value->toString(), v.parent));
        } else {
            problems.append(
                tr("%1 row %2 refers to a row of %3 that does not exist").arg(v.table).arg(v.rowid).arg(v.parent));
        }
    }
    if (count > kListed) {
        problems.append(tr("… and %n more not listed here", nullptr, count - kListed));
    }
    result.detail = problems.join(QLatin1Char('\n'));
    return result;
}

CheckResult IntegrityCheck::schemaVersion(const Database& db)
{
    CheckResult result{tr("Schema version"), false, {}};
    auto applicationId = db.scalar(db.isServer() ? QStringLiteral("SELECT application_id FROM handoff_database")
                                                 : QStringLiteral("PRAGMA application_id"));
    auto version = Migrator::currentVersion(db);
    QStringList problems;
    if (!applicationId) {
        problems.append(applicationId.error().message);
    } else if (applicationId->toUInt() != DatabaseFile::kApplicationId) {
        problems.append(tr("The application id is %1, not Handoff's %2: the file does not say it is a Handoff "
                           "database.")
                            .arg(applicationId->toUInt())
                            .arg(DatabaseFile::kApplicationId));
    }
    if (!version) {
        problems.append(version.error().message);
    } else if (*version != Migrator::kSchemaVersion) {
        problems.append(tr("The schema version is %1; this version of Handoff writes version %2.")
                            .arg(*version)
                            .arg(Migrator::kSchemaVersion));
    }
    result.ok = problems.isEmpty();
    result.detail = result.ok ? tr("ok") : problems.join(QLatin1Char('\n'));
    return result;
}

CheckResult IntegrityCheck::auditProtection(const Database& db)
{
    CheckResult result{tr("Audit log protection"), false, {}};
    // The triggers must be exactly those the shipped schema creates: a dropped one, or one weakened by a WHEN clause
    // or an UPDATE OF list, lets some changes to the history through.
    QStringList problems;
    const QRegularExpression auditTrigger(QStringLiteral("^CREATE TRIGGER (audit_log_\\w+) "));
    for (int version = 1; version <= Migrator::kSchemaVersion; ++version) {
        for (const QString& statement : Migrator::statementsOf(version)) {
            const QRegularExpressionMatch match = auditTrigger.match(statement);
            if (!match.hasMatch()) {
                continue;
            }
            const QString name = match.captured(1);
            auto stored = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ? "
                                                   "AND tbl_name = 'audit_log'"),
                                    {name});
            if (!stored) {
                problems.append(stored.error().message);
            } else if (stored->isNull()) {
                problems.append(
                    tr("The trigger %1 is missing: audit entries can be changed without a trace.").arg(name));
            } else if (normalized(stored->toString()) != normalized(statement)) {
                problems.append(
                    tr("The trigger %1 was altered: it no longer refuses every change to an audit entry.").arg(name));
            }
        }
    }
    result.ok = problems.isEmpty();
    result.detail = result.ok ? tr("ok") : problems.join(QLatin1Char('\n'));
    return result;
}

CheckResult IntegrityCheck::auditCompleteness(const Database& db)
{
    CheckResult result{tr("Audit log completeness"), false, {}};
    // One statement, so that the counts and the sequence come from one snapshot even while another program writes.
    // The highest id ever given out: SQLite's AUTOINCREMENT keeps it in sqlite_sequence, the server schema in
    // handoff_audit_sequence (a sequence would leave gaps at every rollback).
    const QString sequenceOf = db.isServer()
                                   ? QStringLiteral("(SELECT last_id FROM handoff_audit_sequence)")
                                   : QStringLiteral("(SELECT seq FROM sqlite_sequence WHERE name = 'audit_log')");
    auto summary = db.exec(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN id >= 1 THEN 1 ELSE 0 END), 0), "
                                          "coalesce(min(id), 0), coalesce(max(id), 0), ") +
                           sequenceOf + QStringLiteral(" FROM audit_log"));
    if (!summary) {
        result.detail = summary.error().message;
        return result;
    }
    if (!summary->next()) {
        result.detail = tr("The audit log could not be read.");
        return result;
    }
    const qint64 count = summary->value(0).toLongLong();
    const qint64 positive = summary->value(1).toLongLong();
    const qint64 minId = summary->value(2).toLongLong();
    const qint64 maxId = summary->value(3).toLongLong();
    const QVariant sequence = summary->value(4);

    QStringList problems;
    if (count > positive) {
        problems.append(tr("Audit entries with an id below 1, which Handoff never gives out, were added by hand: %n.",
                           nullptr, int(count - positive)));
    }
    // With AUTOINCREMENT and no deletes the ids are exactly 1..max(id); anything else means entries were removed.
    if (positive > 0 && (minId > 1 || positive != maxId)) {
        QStringList ranges;
        if (minId > 1) {
            ranges.append(minId == 2 ? QStringLiteral("1") : QStringLiteral("1-%1").arg(minId - 1));
        }
        auto gaps = db.exec(QStringLiteral("SELECT a.id + 1, (SELECT min(b.id) FROM audit_log b WHERE b.id > a.id) - 1 "
                                           "FROM audit_log a WHERE a.id >= 1 AND a.id < ? AND NOT EXISTS "
                                           "(SELECT 1 FROM audit_log c WHERE c.id = a.id + 1) ORDER BY a.id LIMIT ?"),
                            {maxId, kListed});
        if (gaps) {
            while (gaps->next()) {
                const qint64 first = gaps->value(0).toLongLong();
                const qint64 last = gaps->value(1).toLongLong();
                ranges.append(first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last));
            }
        }
        problems.append(tr("Audit entries are missing: %n (ids %1). Entries only disappear when someone removes them "
                           "from the file by hand.",
                           nullptr, int(maxId - positive))
                            .arg(ranges.join(QStringLiteral(", "))));
    }
    if (maxId > 0 && sequence.isNull()) {
        problems.append(tr("The record of the highest audit id ever given out is missing."));
    } else if (!sequence.isNull() && sequence.toLongLong() < maxId) {
        problems.append(tr("The record of the highest audit id ever given out (%1) is below the highest entry (%2): "
                           "ids could be given out twice.")
                            .arg(sequence.toLongLong())
                            .arg(maxId));
    } else if (sequence.toLongLong() > maxId) {
        // The newest entries leave no gap when they are removed; only the sequence still remembers them.
        problems.append(tr("The newest audit entries are missing (ids %1-%2): the log once reached id %2.")
                            .arg(maxId + 1)
                            .arg(sequence.toLongLong()));
    }
    result.ok = problems.isEmpty();
    result.detail = result.ok ? tr("ok") : problems.join(QLatin1Char('\n'));
    return result;
}

} // namespace handoff
