#pragma once

#include "Result.h"
#include "views/DealListQuery.h"

#include <QDate>
#include <QList>

namespace handoff {

class Database;

// The computed columns of a page of the deal list: required checklist completeness, flagged promises, the next due
// date and the submit clock, read for just the page's deals with one statement per 200 of them (an IN list of ids
// with correlated subqueries, each an index probe), never one round trip per row.
class DealListFacts {
public:
    static constexpr int kBatch = 200;

    explicit DealListFacts(const Database& db);

    // Fills the computed fields of rows as of today; submitTarget is the team's submit clock target.
    Result<void> fill(QList<DealListRow>& rows, QDate today, int submitTarget) const;

    // The statement for one batch: kBatch ids, unused places bound to 0 (no deal has it), so that the text and the
    // plan are the same for every page.
    static QString batchSql();

private:
    Result<void> fillBatch(QList<DealListRow>& rows, qsizetype first, qsizetype count, QDate today) const;

    const Database& m_db;
};

} // namespace handoff
