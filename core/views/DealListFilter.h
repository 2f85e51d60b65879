#pragma once

#include "model/Enums.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace handoff {

// The columns the deal list can be sorted on; the only way a sort reaches SQL (no column names from outside).
enum class DealListColumn { Account, Title, State, SalesRep, Amount, ClosedOn, SupportOwner, SubmittedAt };

// The deal lists of the workstation.
enum class DealListKind { MyHandoffs, ReviewQueue, Fulfilment, AllDeals };

// Which deals a deal list shows. Every part narrows the list; a default filter matches every deal. Each part becomes
// SQL with bound values (DealListQuery), never text from the user.
struct DealListFilter {
    QList<HandoffState> states; // empty: any state
    qint64 salesRepId = 0;      // 0: any sales rep
    qint64 supportOwnerId = 0;  // 0: any support owner (also none)
    // Open handoffs (neither fulfilled nor cancelled) with an open promise whose feasibility is blocked or warning,
    // or that support cannot fulfil or needs clarified.
    bool flaggedOnly = false;
    // Open handoffs with an open promise or an unfinished task due before today, or a draft or returned handoff
    // whose submit clock is over its target.
    bool overdueOnly = false;

    bool matchesEverything() const
    {
        return states.isEmpty() && salesRepId == 0 && supportOwnerId == 0 && !flaggedOnly && !overdueOnly;
    }
    // Whether a deal in state passes the state part of the filter.
    bool allows(HandoffState state) const { return states.isEmpty() || states.contains(state); }

    bool operator==(const DealListFilter& other) const = default;
};

// What one kind of deal list shows an acting user, and the order it starts in.
struct DealListScope {
    Q_DECLARE_TR_FUNCTIONS(DealListScope)

public:
    DealListFilter filter;
    DealListColumn sort = DealListColumn::ClosedOn;
    Qt::SortOrder order = Qt::DescendingOrder;

    // My handoffs: a sales rep's own open handoffs (not fulfilled or cancelled), a support rep's accepted deals, a
    // lead's open handoffs. Review queue: submitted handoffs, the longest waiting first. Fulfilment: accepted deals
    // (a support rep's own). All deals: everything, the most recently closed first.
    static DealListScope of(DealListKind kind, const User& actor);
    // The list's name, for titles and menus.
    static QString title(DealListKind kind);
    // One sentence saying what the list holds for this role, for tooltips and accessible descriptions.
    static QString description(DealListKind kind, Role role);
};

} // namespace handoff
