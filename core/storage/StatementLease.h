#pragma once

#include "storage/Statement.h"

#include <memory>

namespace handoff {

// A prepared statement lent out by Database's cache for one use: bind, step, read; on destruction it is reset (so no
// read transaction stays open) and goes back. While one lease of a statement is out, asking for the same SQL again
// (a nested call) prepares a private copy instead of disturbing the running one.
class StatementLease {
public:
    StatementLease(StatementLease&& other) noexcept;
    StatementLease& operator=(StatementLease&&) = delete;
    StatementLease(const StatementLease&) = delete;
    StatementLease& operator=(const StatementLease&) = delete;
    ~StatementLease();

    Statement& operator*() { return *m_statement; }
    Statement* operator->() { return m_statement; }

private:
    friend class Database;
    StatementLease(Statement* cached, bool* busy);
    explicit StatementLease(std::unique_ptr<Statement> own);

    Statement* m_statement = nullptr;
    bool* m_busy = nullptr; // the cache's flag for a cached statement; null for a private copy
    std::unique_ptr<Statement> m_own;
};

} // namespace handoff
