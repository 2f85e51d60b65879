#include "storage/DeferredIndexes.h"

#include "storage/Database.h"

namespace handoff {

namespace {

QString quotedName(const QString& name)
{
    QString doubled = name;
    doubled.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + doubled + QLatin1Char('"');
}

} // namespace

// Building an index again at the end pays when the import adds at least as many rows as the table holds; ids only
// grow, so the last id is at least the number of rows. A re-import that matches its deals adds next to nothing,
// however large the file: dropping the indexes would only cost their rebuilding. Deals are found by their unique
// reference and contacts by their indexes, which stay.
Result<DeferredIndexes> DeferredIndexes::forImport(Database& db, qint64 expectedNewDeals)
{
    if (db.isServer()) {
        return DeferredIndexes();
    }
    QStringList tables;
    for (const char* table : {"deals", "deal_contacts", "audit_log"}) {
        auto last = db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM ") + QLatin1StringView(table));
        if (!last) {
            return last.error();
        }
        if (expectedNewDeals >= last->toLongLong()) {
            tables.append(QLatin1StringView(table));
        }
    }
    if (tables.isEmpty()) {
        return DeferredIndexes();
    }
    return drop(db, tables);
}

Result<DeferredIndexes> DeferredIndexes::drop(Database& db, const QStringList& tables)
{
    DeferredIndexes deferred;
    deferred.m_db = &db;
    QStringList names;
    for (const QString& table : tables) {
        // Indexes the schema created itself (origin 'c'), not unique: the ones whose absence changes no result.
        auto indexes = db.exec(QStringLiteral("SELECT l.name, m.sql FROM pragma_index_list(?) AS l JOIN sqlite_schema "
                                              "AS m ON m.type = 'index' AND m.name = l.name WHERE l.origin = 'c' AND "
                                              "l.\"unique\" = 0 AND m.sql IS NOT NULL ORDER BY l.name"),
                               {table});
        if (!indexes) {
            return indexes.error();
        }
        while (indexes->next()) {
            names.append(indexes->value(0).toString());
            deferred.m_sql.append(indexes->value(1).toString());
        }
    }
    for (const QString& name : std::as_const(names)) {
        if (auto dropped = db.exec(QStringLiteral("DROP INDEX ") + quotedName(name)); !dropped) {
            return dropped.error();
        }
    }
    return deferred;
}

Result<void> DeferredIndexes::rebuild()
{
    for (const QString& sql : std::as_const(m_sql)) {
        if (auto created = m_db->exec(sql); !created) {
            return created.error();
        }
    }
    m_sql.clear();
    return {};
}

} // namespace handoff
