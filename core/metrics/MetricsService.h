#pragma once

#include "Result.h"
#include "metrics/MetricsTypes.h"

#include <QCoreApplication>
#include <QString>

namespace handoff {

class Database;

// Handoff quality per sales rep, review and fulfilment per support rep, the team's state and its trend, each
// computed by SQL aggregates (no rows are loaded to count them): over the kept figures, sums by day that every change
// keeps up to date (KeptFigures), so that a period costs its days, not its deals; or over the rows themselves, which
// give the same figures (tst_keptfigures). Only reads; one report is read in one read transaction, so its figures
// agree with each other. See MetricsFigures for every definition.
class MetricsService {
    Q_DECLARE_TR_FUNCTIONS(MetricsService)

public:
    static constexpr int kDealsBehindLimit = 1000;

    // Where the figures come from: the kept figures when they are up to date for this time zone, else the rows; or
    // always the rows (to check the kept figures against them). Both give the same figures.
    enum class Counting { Fastest, FromRows };

    explicit MetricsService(const Database& db, Counting counting = Counting::Fastest);

    // Checks the query (a valid period and today, a user that exists): an Invalid or NotFound error says why not.
    Result<void> validate(const MetricsQuery& query) const;

    // Everything at once: rows, team figures and trend.
    Result<MetricsReport> report(const MetricsQuery& query) const;

    // Every sales rep (the active sales users, and anyone who is the sales rep of a deal counted in the period),
    // by name; with query.userId only that user.
    Result<QList<SalesRepRow>> salesReps(const MetricsQuery& query) const;
    // Every support rep (the active support users, and anyone with reviews, tasks or owned deals counted in the
    // period), by name; with query.userId only that user.
    Result<QList<SupportRepRow>> supportReps(const MetricsQuery& query) const;
    Result<TeamFigures> team(const MetricsQuery& query) const;
    // One point per week (Monday to Sunday), month or quarter of the period (query.interval), the first and last
    // clipped to it.
    Result<QList<TrendPoint>> trend(const MetricsQuery& query) const;

    // The deals behind a figure, for "click a figure to see its deals". userId names the sales rep or support rep
    // whose row the figure is in (see FigureAudience); 0: the team (query.userId then still narrows it).
    // breakdownKey picks one part of a breakdown (a state, a feasibility, a review status or a return reason key)
    // and is required for those figures. For a trend step, pass a query whose period is the step's.
    Result<DealsBehind> dealsBehind(Figure figure, const MetricsQuery& query, qint64 userId = 0,
                                    const QString& breakdownKey = QString(), FigurePart part = FigurePart::Counted,
                                    int limit = kDealsBehindLimit) const;

private:
    template <typename T, typename Compute>
    Result<T> withContext(const MetricsQuery& query, Compute compute) const;

    const Database& m_db;
    Counting m_counting;
};

} // namespace handoff
