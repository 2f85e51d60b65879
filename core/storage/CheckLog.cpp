#include "storage/CheckLog.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace handoff {

namespace {

constexpr int kFirstVersion = 7; // the schema that made the table

QString kindName(CheckLog::Kind kind)
{
    return kind == CheckLog::Kind::Pages ? QStringLiteral("pages") : QStringLiteral("full");
}

} // namespace

Result<void> CheckLog::record(Database& db, Kind kind, bool ok, const QStringList& findings)
{
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    auto inserted = db.exec(
        QStringLiteral("INSERT INTO integrity_checks (checked_at, kind, ok, findings) "
                       "VALUES (?, ?, ?, ?)"),
        {sql::time(db.now()), kindName(kind), ok ? 1 : 0,
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(findings)).toJson(QJsonDocument::Compact))});
    if (!inserted) {
        return inserted.error();
    }
    auto trimmed = db.exec(QStringLiteral("DELETE FROM integrity_checks WHERE id <= "
                                          "(SELECT max(id) FROM integrity_checks) - ?"),
                           {kKept});
    if (!trimmed) {
        return trimmed.error();
    }
    return transaction->commit();
}

Result<std::optional<CheckLog::Entry>> CheckLog::last(const Database& db)
{
    auto version = Migrator::currentVersion(db);
    if (!version) {
        return version.error();
    }
    if (*version < kFirstVersion) {
        return std::optional<Entry>();
    }
    auto query = db.exec(QStringLiteral("SELECT checked_at, kind, ok, findings FROM integrity_checks "
                                        "ORDER BY id DESC LIMIT 1"));
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<Entry>();
    }
    Entry entry;
    entry.checkedAt = sql::toTime(query->value(0));
    entry.kind = query->value(1).toString() == kindName(Kind::Pages) ? Kind::Pages : Kind::Full;
    entry.ok = query->value(2).toInt() == 1;
    for (const QJsonValue& finding : QJsonDocument::fromJson(query->value(3).toString().toUtf8()).array()) {
        entry.findings.append(finding.toString());
    }
    return std::optional<Entry>(entry);
}

} // namespace handoff
