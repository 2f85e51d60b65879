#pragma once

#include "Result.h"
#include "report/ReportContent.h"

#include <QCoreApplication>

namespace handoff {

class Database;

// The handoff report of one deal, as sales and support sign it at the hand-over meeting: the deal and its people,
// why the customer bought and how they judge success, the checklist with every missing required answer marked,
// every promise with its feasibility, review and fulfilment, the fulfilment plan, the handoff's history and lines
// to sign. Everything is read from one snapshot of the file, in the user's language.
class DealReport {
    Q_DECLARE_TR_FUNCTIONS(DealReport)

public:
    explicit DealReport(Database& db);

    Result<ReportContent> build(qint64 dealId) const;

private:
    Database& m_db;
};

} // namespace handoff
