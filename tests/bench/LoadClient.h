#pragma once

#include "LoadLedger.h"

#include "model/Enums.h"

#include <QList>
#include <QString>

namespace handoff::bench {

// One client of the load program: a person of the team on a connection of their own login, working until the
// deadline. A sales rep raises the amount of their own deal, a lead the amount of any deal (so that the two meet on
// the same rows), support comments on any deal; each first reads the deal, as the workstation does.
struct LoadClient {
    QString address; // the team's database, as this person's login
    Role role = Role::Sales;
    qint64 ownDeal = 0;  // a sales rep's
    QList<qint64> deals; // every deal of the run
    quint32 seed = 1;

    void run(LoadLedger& ledger, LoadClock::time_point deadline) const;
};

} // namespace handoff::bench
