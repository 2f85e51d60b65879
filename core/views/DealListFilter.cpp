#include "views/DealListFilter.h"

namespace handoff {

namespace {

const QList<HandoffState> kOpenStates{HandoffState::Draft, HandoffState::Submitted, HandoffState::Returned,
                                      HandoffState::Accepted};

} // namespace

DealListScope DealListScope::of(DealListKind kind, const User& actor)
{
    DealListScope scope;
    switch (kind) {
    case DealListKind::MyHandoffs:
        switch (actor.role) {
        case Role::Sales:
            scope.filter.salesRepId = actor.id;
            scope.filter.states = kOpenStates;
            break;
        case Role::Support:
            scope.filter.supportOwnerId = actor.id;
            scope.filter.states = {HandoffState::Accepted};
            break;
        case Role::Lead:
            scope.filter.states = kOpenStates;
            break;
        }
        break;
    case DealListKind::ReviewQueue:
        // Oldest submission first. Submission times carry milliseconds, so "riskiest first among equals" would
        // never decide anything; the flagged column shows the risk beside the age instead.
        scope.filter.states = {HandoffState::Submitted};
        scope.sort = DealListColumn::SubmittedAt;
        scope.order = Qt::AscendingOrder;
        break;
    case DealListKind::Fulfilment:
        scope.filter.states = {HandoffState::Accepted};
        if (actor.role == Role::Support) {
            scope.filter.supportOwnerId = actor.id;
        }
        break;
    case DealListKind::AllDeals:
        break;
    }
    return scope;
}

QString DealListScope::title(DealListKind kind)
{
    switch (kind) {
    case DealListKind::MyHandoffs:
        return tr("My handoffs");
    case DealListKind::ReviewQueue:
        return tr("Review queue");
    case DealListKind::Fulfilment:
        return tr("Fulfilment");
    case DealListKind::AllDeals:
        break;
    }
    return tr("All deals");
}

QString DealListScope::description(DealListKind kind, Role role)
{
    switch (kind) {
    case DealListKind::MyHandoffs:
        switch (role) {
        case Role::Sales:
            return tr("Your deals whose handoff is not fulfilled or cancelled yet.");
        case Role::Support:
            return tr("The accepted deals you own as support.");
        case Role::Lead:
            break;
        }
        return tr("Every handoff that is not fulfilled or cancelled yet.");
    case DealListKind::ReviewQueue:
        return tr("Submitted handoffs waiting for review, the longest waiting first.");
    case DealListKind::Fulfilment:
        return role == Role::Support ? tr("Your accepted deals, whose promises are being fulfilled.")
                                     : tr("Accepted deals, whose promises are being fulfilled.");
    case DealListKind::AllDeals:
        break;
    }
    return tr("Every deal, the most recently closed first.");
}

} // namespace handoff
