#include "storage/StatementLease.h"

namespace handoff {

StatementLease::StatementLease(Statement* cached, bool* busy)
    : m_statement(cached)
    , m_busy(busy)
{
    *m_busy = true;
}

StatementLease::StatementLease(std::unique_ptr<Statement> own)
    : m_statement(own.get())
    , m_own(std::move(own))
{}

StatementLease::StatementLease(StatementLease&& other) noexcept
    : m_statement(other.m_statement)
    , m_busy(other.m_busy)
    , m_own(std::move(other.m_own))
{
    other.m_statement = nullptr;
    other.m_busy = nullptr;
}

StatementLease::~StatementLease()
{
    if (!m_statement) {
        return;
    }
    m_statement->reset();
    m_statement->clearBindings();
    if (m_busy) {
        *m_busy = false;
    }
}

} // namespace handoff
