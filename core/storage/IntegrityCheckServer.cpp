// The checks of 'handoff check' that differ on a PostgreSQL server. The server verifies pages (with data checksums
// when the cluster has them) and enforces foreign keys on every write, so there is no integrity_check or
// foreign_key_check to run; what a person with enough rights can still leave behind is an index that a failed
// CREATE INDEX CONCURRENTLY left invalid, a constraint added NOT VALID (rows that break it may exist), an audit
// trigger that was dropped, disabled or replaced by a weaker one, and, in team mode, the same of a trigger that holds
// the logins to their roles.

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

// Whether the function name of the current schema is missing or differs from the body the shipped script gives it.
Result<bool> functionAltered(const Database& db, const QString& name, const QString& shippedBody)
{
    auto body = db.scalar(QStringLiteral("SELECT prosrc FROM pg_proc WHERE proname = ? "
                                         "AND pronamespace = current_schema()::regnamespace"),
                          {name});
    if (!body) {
        return body.error();
    }
    return body->isNull() || normalized(body->toString()) != normalized(shippedBody);
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
            const auto altered = functionAltered(db, function.captured(1), function.captured(2));
            if (!altered) {
                problems.append(altered.error().message);
            } else if (*altered) {
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

CheckResult IntegrityCheck::serverTeamGuard(const Database& db)
{
    CheckResult result{tr("Team mode protection"), false, {}};
    // Each trigger that handoff_start_team makes must be there and enabled, and each function of the team's rules
    // must be the shipped one: a dropped guard, or a function that lets everything through, gives every login every
    // right its group has on the tables.
    QStringList problems;
    const QString script = Migrator::scriptOf(Engine::Postgres, Migrator::kTeamModeVersion);
    static const QRegularExpression guarded(QStringLiteral("ARRAY\\[('users'[^\\]]*)\\] LOOP"));
    QStringList triggers{QStringLiteral("audit_log.team_actor")};
    static const QRegularExpression quotedName(QStringLiteral("'(\\w+)'"));
    auto names = quotedName.globalMatch(guarded.match(script).captured(1));
    while (names.hasNext()) {
        const QString table = names.next().captured(1);
        triggers.append(table + QStringLiteral(".") + table + QStringLiteral("_team_guard"));
    }
    if (triggers.size() < 2) {
        problems.append(tr("This build of Handoff lacks the list of team mode's triggers."));
    }
    // Later versions add guards of their own tables (each person's inbox: 0011_inbox.sql), each made by name.
    QString guards;
    static const QRegularExpression laterGuard(
        QStringLiteral("CREATE TRIGGER (\\w+) BEFORE [^;]*? ON (\\w+) FOR EACH ROW"));
    for (int version = Migrator::kTeamModeVersion + 1; version <= Migrator::kSchemaVersion; ++version) {
        const QString later = Migrator::scriptOf(Engine::Postgres, version);
        guards += later;
        auto made = laterGuard.globalMatch(later);
        while (made.hasNext()) {
            const QRegularExpressionMatch match = made.next();
            triggers.append(match.captured(2) + QStringLiteral(".") + match.captured(1));
        }
    }
    for (const QString& trigger : triggers) {
        const QString table = trigger.section(QLatin1Char('.'), 0, 0);
        const QString name = trigger.section(QLatin1Char('.'), 1);
        auto stored = db.exec(QStringLiteral("SELECT tgenabled FROM pg_trigger WHERE tgrelid = to_regclass(?) "
                                             "AND tgname = ?"),
                              {table, name});
        if (!stored) {
            problems.append(stored.error().message);
        } else if (!stored->next()) {
            problems.append(tr("The trigger %1 on %2 is missing: the server no longer holds each login to its role.")
                                .arg(name, table));
        } else if (stored->value(0).toString() == QLatin1String("D")) {
            problems.append(tr("The trigger %1 on %2 is disabled: the server no longer holds each login to its role.")
                                .arg(name, table));
        }
    }
    static const QRegularExpression function(
        QStringLiteral("CREATE OR REPLACE FUNCTION (\\w+)\\([^$]*\\$\\$(.*?)\\$\\$"),
        QRegularExpression::DotMatchesEverythingOption);
    auto functions = function.globalMatch(script + guards);
    while (functions.hasNext()) {
        const QRegularExpressionMatch match = functions.next();
        const auto altered = functionAltered(db, match.captured(1), match.captured(2));
        if (!altered) {
            problems.append(altered.error().message);
        } else if (*altered) {
            problems.append(tr("The function %1 of team mode is missing or was altered: the server may no longer "
                               "hold each login to its role.")
                                .arg(match.captured(1)));
        }
    }
    result.ok = problems.isEmpty();
    result.detail = result.ok ? tr("ok") : problems.join(QLatin1Char('\n'));
    return result;
}

} // namespace handoff
