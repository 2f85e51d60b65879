#pragma once

#include "Result.h"
#include "storage/RowStore.h"

namespace handoff {

class Statement;

// How an entity type maps onto its table; specialised for every entity in EntityMapping.cpp.
template <typename T>
struct EntityMapping {
    static const TableSpec& spec();
    static QVariantList toValues(const T& value);
    static T fromRow(const Row& row);
    // Binds value's columns to a statement's parameters 1 to spec().columns.size(), in that order, with the typed
    // binds that keep writers in bulk on SQLite's fast path. Defined for the entities written in bulk.
    static void bind(Statement& statement, const T& value);
};

// Typed create, read, update and delete of one entity type, audited and version-checked (see RowStore).
template <typename T>
class EntityStore {
    using Mapping = EntityMapping<T>;

public:
    using Entity = T;

    explicit EntityStore(Database& db)
        : m_rows(db, Mapping::spec())
    {}

    Result<T> get(qint64 id) const { return map(m_rows.fetch(id)); }
    Result<T> create(UnitOfWork& work, const T& value) { return map(m_rows.insert(work, Mapping::toValues(value))); }
    // Saves value if nobody changed the stored row since value.version was read; returns it with its new version.
    Result<T> update(UnitOfWork& work, const T& value)
    {
        return map(m_rows.update(work, value.id, value.version, Mapping::toValues(value)));
    }
    Result<void> remove(UnitOfWork& work, const T& value) { return m_rows.remove(work, value.id, value.version); }

    // Entities matching a condition written in code (never from user text), with bound values.
    Result<QList<T>> where(const QString& condition, const QVariantList& values = {},
                           const QString& orderBy = QStringLiteral("id")) const
    {
        auto rows = m_rows.fetchWhere(condition, values, orderBy);
        if (!rows) {
            return rows.error();
        }
        QList<T> result;
        result.reserve(rows->size());
        for (const Row& row : *rows) {
            result.append(Mapping::fromRow(row));
        }
        return result;
    }

private:
    static Result<T> map(const Result<Row>& row)
    {
        if (!row) {
            return row.error();
        }
        return Mapping::fromRow(*row);
    }

    RowStore m_rows;
};

} // namespace handoff
