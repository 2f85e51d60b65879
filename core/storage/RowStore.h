#pragma once

#include "Result.h"
#include "storage/StatementLease.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace handoff {

class Database;
class UnitOfWork;

// Where an entity lives: its table and its columns in the order of its values (id and version excluded).
struct TableSpec {
    QString table;
    const char* entityName; // for messages, marked with QT_TRANSLATE_NOOP("RowStore", ...)
    QStringList columns;
    int dealColumn = -1; // index of deal_id in columns; -1: none
    bool isDealTable = false;
    int createdColumn = -1; // index of the creation time, stamped with the unit of work's time when empty; -1: none
    int uidColumn = -1;     // index of a stable identifier, a new UUID when empty at creation, never updated; -1: none
};

// One stored row: its id, its version and the values of TableSpec::columns.
struct Row {
    qint64 id = 0;
    int version = 0;
    QVariantList values;
};

// Create, read, update and delete for any table of a TableSpec. Every write is part of a unit of work, together with
// its audit rows; an update or delete names the version it read and fails with a conflict if the row moved on.
class RowStore {
    Q_DECLARE_TR_FUNCTIONS(RowStore)

public:
    RowStore(Database& db, const TableSpec& spec);

    // A new stable identifier for a row (TableSpec::uidColumn): a random UUID in its 36-character text form.
    static QString newUid();

    Result<Row> fetch(qint64 id) const;
    // Rows matching a condition written in code (never from user text), with bound values.
    Result<QList<Row>> fetchWhere(const QString& condition, const QVariantList& values,
                                  const QString& orderBy = QStringLiteral("id")) const;

    Result<Row> insert(UnitOfWork& work, const QVariantList& values);
    Result<Row> update(UnitOfWork& work, qint64 id, int expectedVersion, const QVariantList& values);
    Result<void> remove(UnitOfWork& work, qint64 id, int expectedVersion);

private:
    QString selectSql() const;
    Row rowFrom(const Statement& statement) const;
    // A cached statement for sql with values bound in order.
    Result<StatementLease> run(const QString& sql, const QVariantList& values) const;
    qint64 dealIdOf(qint64 id, const QVariantList& values) const;
    Error missing(qint64 id) const;
    Error conflict(qint64 id) const;

    Database& m_db;
    const TableSpec& m_spec;
};

} // namespace handoff
