#pragma once

#include <QString>

namespace handoff {

enum class Engine;

// What the two engines spell differently, for the few statements whose text depends on the engine. Column names come
// from code, never from user text.
class Dialect {
public:
    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}

    // column as it compares and sorts without regard to case: SQLite's NOCASE collation (ASCII letters), PostgreSQL's
    // lower() (all of Unicode; the schema indexes lower() of the columns people look up by name).
    QString caseless(const QString& column) const;
    // A condition: column equals the next parameter without regard to case.
    QString equalsCaseless(const QString& column) const;
    // Text that holds a row id as an integer, NULL when it holds anything else (SQLite's CAST would give 0, which no
    // row has; PostgreSQL's would fail the whole statement).
    QString idFromText(const QString& expression) const;

    // Statements written in SQLite's SQL that use only the SQLite spellings listed in Dialect.cpp, as the server
    // reads them; on SQLite the text unchanged. For the metrics' statements, which are tuned for SQLite's planner.
    QString fromSqlite(const QString& sql) const;

private:
    Engine m_engine;
};

} // namespace handoff
