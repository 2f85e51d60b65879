#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace handoff {

class Database;

struct DemoOptions {
    int deals = 200;
    quint32 seed = 1;
    QDate today; // invalid: use db.today()
    // Make each deal on the thread that writes it, as on a server, instead of ahead on a second thread (DemoPipeline).
    // The same rows either way.
    bool oneThread = false;
};

struct DemoSummary {
    qint64 users = 0, accounts = 0, contacts = 0, deals = 0, promises = 0, tasks = 0, checklistAnswers = 0,
           auditEntries = 0;
    qint64 milliseconds = 0;

    void add(const DemoSummary& other)
    {
        for (auto field : {&DemoSummary::users, &DemoSummary::accounts, &DemoSummary::contacts, &DemoSummary::deals,
                           &DemoSummary::promises, &DemoSummary::tasks, &DemoSummary::checklistAnswers,
                           &DemoSummary::auditEntries}) {
            this->*field += other.*field;
        }
    }
};

// Fills an empty Handoff database with realistic, reproducible demo data: the same seed and day give the same rows.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // progress(doneDeals, totalDeals) is called now and then; returning false cancels (everything rolls back).
    static Result<DemoSummary> generate(Database& db, const DemoOptions& options,
                                        const std::function<bool(qint64, qint64)>& progress = {});
};

} // namespace handoff
