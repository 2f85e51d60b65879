#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/KeptFigures.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace handoff {

namespace {

// The script for version v is the one whose name starts with its number, zero-padded to four digits; a server's
// scripts are in their own folder.
QString scriptFor(Engine engine, int version)
{
    const QDir dir(engine == Engine::Postgres ? QStringLiteral(":/migrations/postgresql")
                                              : QStringLiteral(":/migrations"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    const QStringList names = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return names.isEmpty() ? QString() : dir.filePath(names.first());
}

bool isBlankOrComment(const QString& line)
{
    const QString trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")) || trimmed == QLatin1String(";");
}

bool isOnlyComments(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    return std::all_of(lines.begin(), lines.end(), isBlankOrComment);
}

// The script without its ADD COLUMN statements whose column the file already has: SQLite has no ADD COLUMN IF NOT
// EXISTS, and every script must be safe to run again over a file whose version was set back.
Result<QString> withoutAddedColumns(const Database& db, const QString& script)
{
    static const QRegularExpression addColumn(QStringLiteral("^ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+COLUMN\\s+(\\w+)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList kept;
    for (const QString& statement : Migrator::splitStatements(script)) {
        if (const QRegularExpressionMatch match = addColumn.match(statement); match.hasMatch()) {
            auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                                    {match.captured(1), match.captured(2)});
            if (!exists) {
                return exists.error();
            }
            if (exists->toInt() > 0) {
                continue;
            }
        }
        kept.append(statement);
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (current.isEmpty() && isBlankOrComment(line)) {
            continue; // comments between statements belong to no statement
        }
        current += line + QLatin1Char('\n');
        // sqlite3_complete knows about string literals, comments and BEGIN ... END of triggers.
        if (sqlite3_complete(current.toUtf8().constData()) != 0) {
            if (!isOnlyComments(current)) {
                statements.append(current.trimmed());
            }
            current.clear();
        }
    }
    if (!isOnlyComments(current)) {
        statements.append(current.trimmed()); // an unfinished statement: let SQLite report it
    }
    return statements;
}

QString Migrator::scriptOf(Engine engine, int version)
{
    QFile file(scriptFor(engine, version));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QStringList Migrator::statementsOf(int version)
{
    return splitStatements(scriptOf(Engine::Sqlite, version));
}

bool Migrator::changesAnything(Engine engine, int from)
{
    for (int version = from + 1; version <= kSchemaVersion; ++version) {
        if (!splitStatements(scriptOf(engine, version)).isEmpty()) {
            return true;
        }
    }
    return false;
}

Result<int> Migrator::currentVersion(const Database& db)
{
    if (db.engine() == Engine::Postgres) {
        // handoff_schema is made by the first script; before it, the database is empty (version 0).
        auto exists = db.scalar(QStringLiteral("SELECT to_regclass('handoff_schema') IS NOT NULL"));
        if (!exists) {
            return exists.error();
        }
        if (!exists->toBool()) {
            return 0;
        }
        auto version = db.scalar(QStringLiteral("SELECT version FROM handoff_schema"));
        if (!version) {
            return version.error();
        }
        return version->toInt();
    }
    auto value = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!value) {
        return value.error();
    }
    return value->toInt();
}

Result<void> Migrator::migrate(Database& db)
{
    auto from = currentVersion(db);
    if (!from) {
        return from.error();
    }
    for (int version = *from + 1; version <= kSchemaVersion; ++version) {
        QString script = scriptOf(db.engine(), version);
        if (script.isEmpty()) {
            return makeError(Error::Code::Storage, tr("The upgrade script for schema version %1 is missing from "
                                                      "this build of Handoff.")
                                                       .arg(version));
        }
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return transaction.error();
        }
        if (db.engine() == Engine::Sqlite) {
            auto kept = withoutAddedColumns(db, script);
            if (!kept) {
                return kept.error();
            }
            script = *kept;
        }
        const QString doing = tr("upgrade the database to schema version %1").arg(version);
        if (auto done = db.run(script, doing); !done) {
            return done;
        }
        const QString bump = db.engine() == Engine::Postgres
                                 ? QStringLiteral("UPDATE handoff_schema SET version = %1").arg(version)
                                 : QStringLiteral("PRAGMA user_version = %1").arg(version);
        if (auto done = db.run(bump, tr("record schema version %1").arg(version)); !done) {
            return done;
        }
        if (auto committed = transaction->commit(); !committed) {
            return committed;
        }
    }
    if (db.engine() == Engine::Postgres && *from >= kTeamModeVersion && *from < kSchemaVersion) {
        // A team's roles are granted what the new version added (a team mode started since the last upgrade has
        // been granted everything already).
        if (auto granted = db.run(QStringLiteral("SELECT handoff_team_grants()"), tr("grant the team's roles"));
            !granted) {
            return granted;
        }
    }
    if (*from < kKeptFiguresVersion && kSchemaVersion >= kKeptFiguresVersion) {
        // The kept figures start from what the rows give (a file of 100,000 deals takes seconds, once).
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return transaction.error();
        }
        if (auto built = KeptFigures::rebuild(db); !built) {
            return built;
        }
        return transaction->commit();
    }
    return {};
}

} // namespace handoff
