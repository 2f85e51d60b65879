#include "storage/Migrator.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace handoff {

namespace {

// The script for version v is the one whose name starts with its number, zero-padded to four digits.
QString scriptFor(int version)
{
    const QDir dir(QStringLiteral(":/migrations"));
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

QStringList Migrator::statementsOf(int version)
{
    QFile file(scriptFor(version));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return splitStatements(QString::fromUtf8(file.readAll()));
}

Result<int> Migrator::currentVersion(const Database& db)
{
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
        const QStringList statements = statementsOf(version);
        if (statements.isEmpty()) {
            return makeError(Error::Code::Storage, tr("The upgrade script for schema version %1 is missing from "
                                                      "this build of Handoff.")
                                                       .arg(version));
        }
        auto transaction = Transaction::begin(db);
        if (!transaction) {
            return transaction.error();
        }
        for (const QString& statement : statements) {
            QSqlQuery query(db.connection());
            if (!query.exec(statement)) {
                return db.errorFrom(query, tr("upgrade the database to schema version %1").arg(version));
            }
        }
        QSqlQuery bump(db.connection());
        if (!bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            return db.errorFrom(bump, tr("record schema version %1").arg(version));
        }
        if (auto committed = transaction->commit(); !committed) {
            return committed;
        }
    }
    return {};
}

} // namespace handoff
