#pragma once

#include "Result.h"

#include <QString>

namespace handoff {

class Database;

// A write transaction that rolls back unless committed. The outermost guard starts with BEGIN IMMEDIATE, so the
// write lock is taken (waiting up to the busy timeout) before anything is read; nested guards use savepoints.
class Transaction {
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();

private:
    Transaction(Database* db, int depth);
    void finished();

    Database* m_db = nullptr;
    int m_depth = 0; // 1: outermost
    bool m_open = false;
};

} // namespace handoff
