#pragma once

#include "Result.h"
#include "metrics/MetricsTypes.h"
#include "report/ReportContent.h"

#include <QCoreApplication>
#include <QHash>

namespace handoff {

class Database;

// The team report of a period for the hand-over meeting: the headline figures, charts of the handoffs by state, of
// first-pass acceptance per rep and of promises kept and broken over the period, the scorecards per sales and
// support rep with every rate's counts, where the work stands today, the deals with overdue promises and the deals
// at risk, and what every figure means. Every figure is MetricsService's, written as the dashboard writes it.
class TeamReport {
    Q_DECLARE_TR_FUNCTIONS(TeamReport)

public:
    // The overdue and at-risk lists show at most this many deals and say how many more there are.
    static constexpr int kListLimit = 60;

    explicit TeamReport(Database& db);

    // The trend's step is trendIntervalFor(query.period) whatever query.interval says: a printed chart of years
    // stays one chart, not a bar per week.
    Result<ReportContent> build(const MetricsQuery& query) const;

private:
    Result<QString> dealLists(const MetricsQuery& query, const QHash<qint64, QString>& userNames, QDate today) const;

    Database& m_db;
};

} // namespace handoff
