#include "SqlImport.h"

#include "storage/KeptFigures.h"

#include "BareCsvTable.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <sqlite3.h>

#include <algorithm>

namespace {

// Audit entries as the import writes them: time, actor and reason shared, the created row as a JSON object.
QByteArray auditInsert(const char* entity, const char* dealId, const char* json, const char* table)
{
    return QByteArray("INSERT INTO audit_log (at, actor_id, action, entity, entity_id, deal_id, field, old_value, "
                      "new_value, reason) SELECT :now, :actor, 'create', '") +
           entity + "', id, " + dealId + ", '', NULL, json_object(" + json + "), :reason FROM " + table +
           " WHERE id > (SELECT " + table + " FROM temp.first_ids) ORDER BY id;\n";
}

QByteArray script(bool audit)
{
    QByteArray sql =
        // The last id of each table before the import: what is above it, the import created.
        "CREATE TEMP TABLE first_ids AS SELECT (SELECT coalesce(max(id), 0) FROM accounts) AS accounts, "
        "(SELECT coalesce(max(id), 0) FROM users) AS users, (SELECT coalesce(max(id), 0) FROM contacts) AS contacts, "
        "(SELECT coalesce(max(id), 0) FROM deals) AS deals, "
        "(SELECT coalesce(max(id), 0) FROM deal_contacts) AS deal_contacts;\n"
        "INSERT INTO accounts (name) SELECT trim(account) FROM temp.raw WHERE trim(account) NOT IN "
        "(SELECT name FROM accounts) GROUP BY trim(account) COLLATE NOCASE ORDER BY min(rowid);\n"
        "INSERT INTO users (name, email, role, active) SELECT sales_rep, sales_rep_email, 'sales', 1 FROM temp.raw "
        "WHERE sales_rep_email NOT IN (SELECT email FROM users) GROUP BY sales_rep_email COLLATE NOCASE "
        "ORDER BY min(rowid);\n"
        "INSERT INTO contacts (account_id, name, title, email, phone) SELECT a.id, r.contact_name, r.contact_title, "
        "r.contact_email, r.contact_phone FROM temp.raw AS r JOIN accounts AS a ON a.name = trim(r.account) "
        "GROUP BY a.id, r.contact_email COLLATE NOCASE ORDER BY min(r.rowid);\n"
        "INSERT INTO deals (account_id, title, external_ref, amount_minor, currency, closed_on, contract_start, "
        "term_months, products, sales_rep_id, go_live_target, success_criteria, why_bought, known_risks, state, "
        "created_at, uid) SELECT a.id, r.title, r.external_ref, CAST(round(r.amount * 100) AS INTEGER), r.currency, "
        "r.closed_on, nullif(r.contract_start, ''), CAST(r.term_months AS INTEGER), r.products, u.id, "
        "nullif(r.go_live_target, ''), r.success_criteria, r.why_bought, r.known_risks, 'draft', :now, "
        "lower(hex(randomblob(16))) "
        "FROM temp.raw AS r JOIN accounts AS a ON a.name = trim(r.account) JOIN users AS u "
        "ON u.email = r.sales_rep_email ORDER BY r.rowid;\n"
        "INSERT INTO deal_contacts (deal_id, contact_id, role) SELECT d.id, (SELECT c.id FROM contacts AS c "
        "WHERE c.account_id = d.account_id AND c.email = r.contact_email COLLATE NOCASE AND c.email <> '' "
        "ORDER BY c.id LIMIT 1), 'day_to_day' FROM temp.raw AS r JOIN deals AS d ON d.external_ref = r.external_ref "
        "ORDER BY r.rowid;\n";
    if (audit) {
        sql += auditInsert("accounts", "NULL", "'name', name, 'website', website, 'industry', industry", "accounts");
        sql += auditInsert("users", "NULL", "'name', name, 'email', email, 'role', role, 'active', active", "users");
        sql += auditInsert("contacts", "NULL",
                           "'account_id', account_id, 'name', name, 'title', title, 'email', email, 'phone', phone, "
                           "'preferred_channel', preferred_channel, 'time_zone', time_zone",
                           "contacts");
        sql +=
            auditInsert("deals", "id",
                        "'account_id', account_id, 'title', title, 'external_ref', external_ref, 'amount_minor', "
                        "amount_minor, 'currency', currency, 'closed_on', closed_on, 'contract_start', "
                        "contract_start, 'term_months', term_months, 'products', products, 'sales_rep_id', "
                        "sales_rep_id, 'support_owner_id', support_owner_id, 'go_live_target', go_live_target, "
                        "'success_criteria', success_criteria, 'why_bought', why_bought, 'known_risks', known_risks, "
                        "'state', state, 'created_at', created_at, 'submitted_at', submitted_at, 'accepted_at', "
                        "accepted_at, 'uid', uid",
                        "deals");
        sql += auditInsert("deal_contacts", "deal_id", "'deal_id', deal_id, 'contact_id', contact_id, 'role', role",
                           "deal_contacts");
    }
    return sql + "DROP TABLE temp.first_ids;\nDROP TABLE temp.raw;\n";
}

// Runs every statement of sql, binding :now, :actor and :reason where they appear.
bool runScript(sqlite3* db, const QByteArray& sql, const QByteArray& now, qint64 actor, const QByteArray& reason)
{
    const char* tail = sql.constData();
    while (tail && *tail) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) != SQLITE_OK) {
            return false;
        }
        if (!stmt) { // white space at the end
            break;
        }
        const auto bind = [stmt](const char* name, const QByteArray& text) {
            if (const int i = sqlite3_bind_parameter_index(stmt, name); i > 0) {
                sqlite3_bind_text(stmt, i, text.constData(), int(text.size()), SQLITE_STATIC);
            }
        };
        bind(":now", now);
        bind(":reason", reason);
        if (const int i = sqlite3_bind_parameter_index(stmt, ":actor"); i > 0) {
            sqlite3_bind_int64(stmt, i, actor);
        }
        const int stepped = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (stepped != SQLITE_DONE && stepped != SQLITE_ROW) {
            return false;
        }
    }
    return true;
}

bool exec(sqlite3* db, const QByteArray& sql)
{
    return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
}

// The kept figures of the new deals (every deal of the database), with the statements Handoff's commit runs.
bool keepFigures(sqlite3* db)
{
    bool ok = exec(db, "CREATE TEMP TABLE IF NOT EXISTS figure_scope (deal_id BIGINT PRIMARY KEY); DELETE FROM "
                       "figure_scope; INSERT INTO figure_scope (deal_id) SELECT id FROM deals");
    for (const QString& sql : handoff::KeptFigures::refreshStatements()) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt* stmt = nullptr;
        ok = ok && sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr) == SQLITE_OK;
        ok = ok && sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_finalize(stmt);
    }
    return ok;
}

} // namespace

Timing SqlImport::once(const QString& dbPath, const QString& csvPath, qint64 actorId) const
{
    sqlite3* db = nullptr;
    if (sqlite3_open(QFile::encodeName(dbPath).constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    // Handoff's connection and its import's page cache (six times the file, from 16 MiB to 512 MiB).
    const qint64 cacheKiB = std::clamp(QFileInfo(csvPath).size() * 6 / 1024, qint64(16 * 1024), qint64(512 * 1024));
    const bool configured =
        exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA trusted_schema = OFF; "
                 "PRAGMA cell_size_check = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -" +
                     QByteArray::number(cacheKiB));
    const Stopwatch watch;
    bool ok = configured && exec(db, "BEGIN IMMEDIATE") && loadBareTable(db, csvPath, "temp.raw");
    QList<QByteArray> indexes;
    sqlite3_stmt* list = nullptr;
    ok = ok && sqlite3_prepare_v2(db,
                                  "SELECT name, sql, tbl_name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT "
                                  "NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('deals', 'deal_contacts', "
                                  "'audit_log') ORDER BY name",
                                  -1, &list, nullptr) == SQLITE_OK;
    QList<QByteArray> names;
    while (ok && sqlite3_step(list) == SQLITE_ROW) {
        names.append(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
        if (dealIndexes || qstrcmp(reinterpret_cast<const char*>(sqlite3_column_text(list, 2)), "deals") != 0) {
            indexes.append(reinterpret_cast<const char*>(sqlite3_column_text(list, 1)));
        }
    }
    sqlite3_finalize(list);
    for (const QByteArray& name : std::as_const(names)) {
        ok = ok && exec(db, "DROP INDEX \"" + name + '"');
    }
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
    const QByteArray reason = "imported from " + QFileInfo(csvPath).fileName().toUtf8();
    ok = ok && runScript(db, script(audit), now, actorId, reason);
    for (const QByteArray& sql : std::as_const(indexes)) {
        ok = ok && exec(db, sql);
    }
    ok = ok && (!keptFigures || keepFigures(db));
    ok = ok && exec(db, "COMMIT");
    const Timing t = watch.elapsed();
    if (!ok) {
        qWarning("SQL import: %s", sqlite3_errmsg(db));
    }
    sqlite3_close(db);
    return ok ? t : Timing();
}
