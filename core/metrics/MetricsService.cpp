#include "metrics/MetricsService.h"

#include "metrics/MetricsCalculator.h"
#include "metrics/MetricsFigures.h"
#include "storage/ChecklistSql.h"
#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/KeptFigures.h"
#include "storage/ReadSnapshot.h"
#include "storage/Settings.h"

#include <algorithm>
#include <optional>

namespace handoff {

namespace {

// What a report needs besides the query: the team's settings and template, and who works here.
struct Context {
    MetricsQuery query;
    int submitTarget = 0;
    int requiredItems = 0;
    QList<User> users;
    bool kept = false;

    MetricsCalculator calculator(const Database& db) const { return MetricsCalculator(db, query, submitTarget, kept); }
};

Result<Context> contextFor(const Database& db, MetricsQuery query, MetricsService::Counting counting)
{
    if (!query.today.isValid()) {
        query.today = db.today();
    }
    Context context;
    context.query = query;
    // Settings only reads through its const getters; it takes a mutable Database because it also writes.
    context.submitTarget = Settings(const_cast<Database&>(db)).submitTargetBusinessDays();
    auto required = ChecklistSql::requiredCount(db);
    if (!required) {
        return required.error();
    }
    context.requiredItems = *required;
    auto users = DealSql::usersOf(db);
    if (!users) {
        return users.error();
    }
    context.users = *users;
    if (counting == MetricsService::Counting::Fastest) {
        auto kept = KeptFigures::usable(db);
        if (!kept) {
            return kept.error();
        }
        context.kept = *kept;
    }
    std::sort(context.users.begin(), context.users.end(), [](const User& a, const User& b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return context;
}

// The rows of one side: every active user of the role and everyone else with figures on this side; with a user
// chosen, only that user (when they have a row).
template <typename Row, typename Figures>
QList<Row> rowsOf(const Context& context, Role role, const QHash<qint64, Figures>& figures)
{
    QList<Row> rows;
    for (const User& user : context.users) {
        const bool works = (user.active && user.role == role) || figures.contains(user.id);
        const bool listed = works && (context.query.userId == 0 || user.id == context.query.userId);
        if (listed) {
            rows.append(Row{user, figures.value(user.id)});
        }
    }
    return rows;
}

template <typename Figures>
Figures totalOf(const QHash<qint64, Figures>& figures)
{
    Figures total = figures.value(MetricsCalculator::kTeam);
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (it.key() != MetricsCalculator::kTeam) {
            MetricsCalculator::addTo(total, it.value());
        }
    }
    return total;
}

// Runs the figures of everyone and adds them up for the team, with the state as of today.
Result<TeamFigures> teamOf(const Database& db, const Context& context, QHash<qint64, SalesFigures>& sales,
                           QHash<qint64, SupportFigures>& support, QList<TrendPoint>* trend)
{
    const MetricsCalculator calculator = context.calculator(db);
    if (auto done = calculator.run(&sales, &support, trend); !done) {
        return done.error();
    }
    TeamFigures team;
    team.sales = totalOf(sales);
    team.support = totalOf(support);
    if (auto today = calculator.today(team); !today) {
        return today.error();
    }
    return team;
}

} // namespace

// Checks the query, then computes inside one read transaction, so that the figures agree with each other.
template <typename T, typename Compute>
Result<T> MetricsService::withContext(const MetricsQuery& query, Compute compute) const
{
    if (auto valid = validate(query); !valid) {
        return valid.error();
    }
    ReadSnapshot snapshot(m_db);
    auto context = contextFor(m_db, query, m_counting);
    if (!context) {
        return context.error();
    }
    return compute(*context);
}

MetricsService::MetricsService(const Database& db, Counting counting)
    : m_db(db)
    , m_counting(counting)
{}

Result<void> MetricsService::validate(const MetricsQuery& query) const
{
    QStringList reasons;
    if (!query.period.from.isValid() || !query.period.to.isValid()) {
        reasons.append(tr("The period needs a first and a last day."));
    } else if (query.period.from > query.period.to) {
        reasons.append(tr("The period starts on %1, after its last day %2.")
                           .arg(query.period.from.toString(Qt::ISODate), query.period.to.toString(Qt::ISODate)));
    }
    if (query.atRiskDays < 0) {
        reasons.append(tr("The at-risk horizon cannot be negative."));
    }
    if (!reasons.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The figures cannot be computed for this choice."), reasons);
    }
    if (query.userId != 0) {
        auto found = DealSql::userExists(m_db, query.userId);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return makeError(Error::Code::NotFound,
                             tr("There is no user with id %1; they may have been deleted.").arg(query.userId));
        }
    }
    return {};
}

Result<MetricsReport> MetricsService::report(const MetricsQuery& query) const
{
    return withContext<MetricsReport>(query, [this](const Context& context) -> Result<MetricsReport> {
        QHash<qint64, SalesFigures> sales;
        QHash<qint64, SupportFigures> support;
        MetricsReport report;
        auto team = teamOf(m_db, context, sales, support, &report.trend);
        if (!team) {
            return team.error();
        }
        report.query = context.query;
        report.submitTargetBusinessDays = context.submitTarget;
        report.requiredChecklistItems = context.requiredItems;
        report.salesReps = rowsOf<SalesRepRow>(context, Role::Sales, sales);
        report.supportReps = rowsOf<SupportRepRow>(context, Role::Support, support);
        report.team = *team;
        return report;
    });
}

Result<QList<SalesRepRow>> MetricsService::salesReps(const MetricsQuery& query) const
{
    return withContext<QList<SalesRepRow>>(query, [this](const Context& context) -> Result<QList<SalesRepRow>> {
        QHash<qint64, SalesFigures> sales;
        if (auto done = context.calculator(m_db).run(&sales, nullptr, nullptr); !done) {
            return done.error();
        }
        return rowsOf<SalesRepRow>(context, Role::Sales, sales);
    });
}

Result<QList<SupportRepRow>> MetricsService::supportReps(const MetricsQuery& query) const
{
    return withContext<QList<SupportRepRow>>(query, [this](const Context& context) -> Result<QList<SupportRepRow>> {
        QHash<qint64, SupportFigures> support;
        if (auto done = context.calculator(m_db).run(nullptr, &support, nullptr); !done) {
            return done.error();
        }
        return rowsOf<SupportRepRow>(context, Role::Support, support);
    });
}

Result<TeamFigures> MetricsService::team(const MetricsQuery& query) const
{
    return withContext<TeamFigures>(query, [this](const Context& context) {
        QHash<qint64, SalesFigures> sales;
        QHash<qint64, SupportFigures> support;
        return teamOf(m_db, context, sales, support, nullptr);
    });
}

Result<QList<TrendPoint>> MetricsService::trend(const MetricsQuery& query) const
{
    return withContext<QList<TrendPoint>>(query, [this](const Context& context) -> Result<QList<TrendPoint>> {
        QList<TrendPoint> trend;
        if (auto done = context.calculator(m_db).run(nullptr, nullptr, &trend); !done) {
            return done.error();
        }
        return trend;
    });
}

Result<DealsBehind> MetricsService::dealsBehind(Figure figure, const MetricsQuery& query, qint64 userId,
                                                const QString& breakdownKey, FigurePart part, int limit) const
{
    if (auto valid = validate(query); !valid) {
        return valid.error();
    }
    const QStringList parts = MetricsFigures::breakdownKeys(figure);
    const bool needsPart = !parts.isEmpty() && part == FigurePart::Counted;
    if (needsPart && !parts.contains(breakdownKey)) {
        return makeError(
            Error::Code::Invalid,
            tr("\"%1\" is not a part of the figure \"%2\".").arg(breakdownKey, MetricsFigures::info(figure).title),
            {tr("Choose one of: %1.").arg(parts.join(QStringLiteral(", ")))});
    }
    return withContext<DealsBehind>(query, [&](const Context& context) {
        return context.calculator(m_db).dealsBehind(figure, userId, breakdownKey, part, limit);
    });
}

} // namespace handoff
