// The checks of 'handoff check' that differ on a PostgreSQL server. The server verifies pages (with data checksums
// when the cluster has them) and enforces foreign keys on every write, so there is no integrity_check or
// foreign_key_check to run; what a person with enough rights can still leave behind is an index that a failed
// CREATE INDEX CONCURRENTLY left invalid, a constraint added NOT VALID (rows that break it may exist), and an audit
// trigger that was dropped, disabled or replaced by a weaker one.

#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace handoff {

namespace {

// A definition written with other spacing, case or schema qualification is the same definition.
QString normalized(QString sql)
{
    sql = sql.toLower();
    sql.remove(QRegularExpression(QStringLiteral("\\s+")));
    sql.remove(QStringLiteral("public."));
    while (sql.endsWith(QLatin1Char(';'))) {
        sql.chop(1);
    }
    return sql;
}

CheckResult listResult(const QString& name, Result<QSqlQuery> query, const QString& problemText)
{
    CheckResult result{name, false, {}};
    if (!query) {
        result.detail = query.error().message;
        return result;
    }
    QStringList problems;
    while (query->next()) {
        problems.append(problemText.arg(query->value(0).toString(), query->value(1).toString()));
    }
    result.ok = problems.isEmpty();
    result.detail = result.ok ? IntegrityCheck::tr("ok") : problems.join(QLatin1Char('\n'));
    return result;
}

} // namespace

CheckResult IntegrityCheck::serverIndexes(const Database& db)
{
    return listResult(tr("Integrity"),
                      db.exec(QStringLiteral("SELECT i.relname, t.relname FROM pg_index x "
                                             "JOIN pg_class i ON i.oid = x.indexrelid "
                                             "JOIN pg_class t ON t.oid = x.indrelid "
                                             "WHERE t.relnamespace = current_schema()::regnamespace "
                                             "AND NOT (x.indisvalid AND x.indisready) ORDER BY 1")),
                      tr("The index %1 of %2 is not valid: rebuild it with REINDEX."));
}

CheckResult IntegrityCheck::serverConstraints(const Database& db)
{
    return listResult(tr("Foreign keys"),
                      db.exec(QStringLiteral("SELECT c.conname, t.relname FROM pg_constraint c "
                                             "JOIN pg_class t ON t.oid = c.conrelid "
                                             "WHERE c.connamespace = current_schema()::regnamespace "
                                             "AND NOT c.convalidated ORDER BY 1")),
                      tr("The constraint %1 of %2 was never checked against the rows already there (NOT VALID): "
                         "validate it with ALTER TABLE … VALIDATE CONSTRAINT."));
}

CheckResult IntegrityCheck::serverAuditProtection(const Database& db)
{
    CheckResult result{tr("Audit log protection"), false, {}};
    // The triggers and their function must be exactly those the shipped schema creates, and enabled: a dropped or
    // disabled trigger, or a function that no longer raises, lets changes to the history through.
    QStringList problems;
    const QRegularExpression auditTrigger(QStringLiteral("CREATE TRIGGER (audit_log_\\w+)[^;]*;"));
    const QRegularExpression refusal(
        QStringLiteral("CREATE FUNCTION (handoff_audit_log_refuse)\\(\\)[^$]*\\$\\$(.*?)\\$\\$"),
        QRegularExpression::DotMatchesEverythingOption);
    for (int version = 1; version <= Migrator::kSchemaVersion; ++version) {
        const QString script = Migrator::scriptOf(Engine::Postgres, version);
        auto triggers = auditTrigger.globalMatch(script);
        while (triggers.hasNext()) {
            const QRegularExpressionMatch match = triggers.next();
            const QString name = match.captured(1);
            auto stored = db.exec(QStringLiteral("SELECT pg_get_triggerdef(oid), tgenabled FROM pg_trigger "
                                                 "WHERE tgrelid = 'audit_log'::regclass AND tgname = ?"),
                                  {name});
            if (!stored) {
                problems.append(stored.error().message);
            } else if (!stored->next()) {
                problems.append(
                    tr("The trigger %1 is missing: audit entries can be changed without a trace.").arg(name));
            } else if (stored->value(1).toString() == QLatin1String("D")) {
                problems.append(
                    tr("The trigger %1 is disabled: audit entries can be changed without a trace.").arg(name));
            } else if (normalized(stored->value(0).toString()) != normalized(match.captured(0))) {
                problems.append(
                    tr("The trigger %1 was altered: it no longer refuses every change to an audit entry.").arg(name));
            }
        }
        const QRegularExpressionMatch function = refusal.match(script);
        if (function.hasMatch()) {
            auto body = db.scalar(QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = ? "
                                                 "AND pronamespace = current_schema()::regnamespace"),
                                  {function.captured(1)});
            if (!body) {
                problems.append(body.error().message);
            } else if (body->isNull() || normalized(body->toString()) != normalized(function.captured(2))) {
                problems.append(tr("The function %1 behind the audit triggers is missing or was altered: it no "
                                   "longer refuses every change to an audit entry.")
                                    .arg(function.captured(1)));
            }
        }
    }
    result.ok = problems.isEmpty();
    result.detail = result.ok ? tr("ok") : problems.join(QLatin1Char('\n'));
    return result;
}

} // namespace handoff
