#include "storage/RowStore.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Transaction.h"
#include "storage/UnitOfWork.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

namespace handoff {

namespace {

QString auditText(const QVariant& value)
{
    return value.isNull() ? QString() : value.toString();
}

// The values of a row as a JSON object, for the audit entry of a create or a delete.
QString describe(const TableSpec& spec, const QVariantList& values)
{
    QJsonObject object;
    for (int i = 0; i < spec.columns.size(); ++i) {
        object.insert(spec.columns.at(i), QJsonValue::fromVariant(values.at(i)));
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull()) {
        return a.isNull() == b.isNull();
    }
    return a.toString() == b.toString();
}

} // namespace

RowStore::RowStore(Database& db, const TableSpec& spec)
    : m_db(db)
    , m_spec(spec)
{}

QString RowStore::selectSql() const
{
    return QStringLiteral("SELECT id, version, ") + m_spec.columns.join(QStringLiteral(", ")) +
           QStringLiteral(" FROM ") + m_spec.table;
}

Row RowStore::rowFrom(const Statement& statement) const
{
    Row row;
    row.id = statement.int64(0);
    row.version = static_cast<int>(statement.int64(1));
    row.values.reserve(m_spec.columns.size());
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        row.values.append(statement.value(i + 2));
    }
    return row;
}

Result<StatementLease> RowStore::run(const QString& sql, const QVariantList& values) const
{
    auto statement = m_db.statement(sql);
    if (!statement) {
        return statement.error();
    }
    for (int i = 0; i < values.size(); ++i) {
        (*statement)->bind(i + 1, values.at(i));
    }
    return statement;
}

qint64 RowStore::dealIdOf(qint64 id, const QVariantList& values) const
{
    if (m_spec.isDealTable) {
        return id;
    }
    return m_spec.dealColumn >= 0 ? values.at(m_spec.dealColumn).toLongLong() : 0;
}

Error RowStore::missing(qint64 id) const
{
    return makeError(Error::Code::NotFound,
                     tr("There is no %1 with id %2; it may have been deleted.").arg(tr(m_spec.entityName)).arg(id));
}

Error RowStore::conflict(qint64 id) const
{
    return makeError(Error::Code::Conflict, tr("The %1 %2 was changed elsewhere after you opened it. Reload it to see "
                                               "the other change, or overwrite it with yours.")
                                                .arg(tr(m_spec.entityName))
                                                .arg(id));
}

Result<Row> RowStore::fetch(qint64 id) const
{
    auto query = run(selectSql() + QStringLiteral(" WHERE id = ?"), {id});
    if (!query) {
        return query.error();
    }
    auto found = (*query)->next();
    if (!found) {
        return found.error();
    }
    if (!*found) {
        return missing(id);
    }
    return rowFrom(**query);
}

Result<QList<Row>> RowStore::fetchWhere(const QString& condition, const QVariantList& values,
                                        const QString& orderBy) const
{
    auto query =
        run(selectSql() + QStringLiteral(" WHERE ") + condition + QStringLiteral(" ORDER BY ") + orderBy, values);
    if (!query) {
        return query.error();
    }
    QList<Row> rows;
    for (;;) {
        auto more = (*query)->next();
        if (!more) {
            return more.error();
        }
        if (!*more) {
            return rows;
        }
        rows.append(rowFrom(**query));
    }
}

QString RowStore::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<Row> RowStore::insert(UnitOfWork& work, const QVariantList& given)
{
    Q_ASSERT(given.size() == m_spec.columns.size());
    Q_ASSERT(&work.database() == &m_db);
    QVariantList values = given;
    if (m_spec.createdColumn >= 0 && values.at(m_spec.createdColumn).isNull()) {
        values[m_spec.createdColumn] = sql::time(work.now());
    }
    if (m_spec.uidColumn >= 0 && values.at(m_spec.uidColumn).toString().isEmpty()) {
        values[m_spec.uidColumn] = newUid();
    }
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    QStringList placeholders;
    placeholders.fill(QStringLiteral("?"), m_spec.columns.size());
    auto query = run(QStringLiteral("INSERT INTO ") + m_spec.table + QStringLiteral(" (") +
                         m_spec.columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                         placeholders.join(QStringLiteral(", ")) + QStringLiteral(")"),
                     values);
    if (!query) {
        return query.error();
    }
    auto id = (*query)->insert();
    if (!id) {
        return id.error();
    }
    Row row{*id, 1, values};
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = m_spec.table;
    entry.entityId = row.id;
    entry.dealId = dealIdOf(row.id, values);
    entry.newValue = describe(m_spec, values);
    if (auto logged = AuditLog::append(work, entry); !logged) {
        return logged.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return row;
}

Result<Row> RowStore::update(UnitOfWork& work, qint64 id, int expectedVersion, const QVariantList& given)
{
    Q_ASSERT(given.size() == m_spec.columns.size());
    Q_ASSERT(&work.database() == &m_db);
    QVariantList values = given;
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    auto current = fetch(id);
    if (!current) {
        return current.error();
    }
    if (current->version != expectedVersion) {
        return conflict(id);
    }
    if (m_spec.createdColumn >= 0 && values.at(m_spec.createdColumn).isNull()) {
        values[m_spec.createdColumn] = current->values.at(m_spec.createdColumn); // a creation time never changes
    }
    if (m_spec.uidColumn >= 0) {
        values[m_spec.uidColumn] = current->values.at(m_spec.uidColumn); // nor does an identity
    }
    QStringList assignments;
    QVariantList bound;
    QList<int> changed;
    for (int i = 0; i < m_spec.columns.size(); ++i) {
        if (!sameValue(current->values.at(i), values.at(i))) {
            assignments.append(m_spec.columns.at(i) + QStringLiteral(" = ?"));
            bound.append(values.at(i));
            changed.append(i);
        }
    }
    if (changed.isEmpty()) {
        return current;
    }
    bound << id << expectedVersion;
    auto query = run(QStringLiteral("UPDATE ") + m_spec.table + QStringLiteral(" SET ") +
                         assignments.join(QStringLiteral(", ")) +
                         QStringLiteral(", version = version + 1 WHERE id = ? AND version = ?"),
                     bound);
    if (!query) {
        return query.error();
    }
    if (auto done = (*query)->execute(); !done) {
        return done.error();
    }
    if ((*query)->changes() != 1) {
        return conflict(id);
    }
    for (int i : changed) {
        AuditEntry entry;
        entry.action = QStringLiteral("update");
        entry.entity = m_spec.table;
        entry.entityId = id;
        entry.dealId = dealIdOf(id, values);
        entry.field = m_spec.columns.at(i);
        entry.oldValue = auditText(current->values.at(i));
        entry.newValue = auditText(values.at(i));
        if (auto logged = AuditLog::append(work, entry); !logged) {
            return logged.error();
        }
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    return Row{id, expectedVersion + 1, values};
}

Result<void> RowStore::remove(UnitOfWork& work, qint64 id, int expectedVersion)
{
    Q_ASSERT(&work.database() == &m_db);
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    auto current = fetch(id);
    if (!current) {
        return current.error();
    }
    if (current->version != expectedVersion) {
        return conflict(id);
    }
    auto query = run(QStringLiteral("DELETE FROM ") + m_spec.table + QStringLiteral(" WHERE id = ? AND version = ?"),
                     {id, expectedVersion});
    if (!query) {
        return query.error();
    }
    if (auto done = (*query)->execute(); !done) {
        return done.error();
    }
    AuditEntry entry;
    entry.action = QStringLiteral("delete");
    entry.entity = m_spec.table;
    entry.entityId = id;
    entry.dealId = dealIdOf(id, current->values);
    entry.oldValue = describe(m_spec, current->values);
    if (auto logged = AuditLog::append(work, entry); !logged) {
        return logged.error();
    }
    return transaction->commit();
}

} // namespace handoff
