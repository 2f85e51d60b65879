#include "model/Labels.h"

namespace handoff {

namespace {

template <typename E, std::size_t N>
QString pick(E value, const std::array<const char*, N>& sources)
{
    static_assert(N == enumCount<E>(), "one label per enum value");
    return Labels::tr(sources[static_cast<std::size_t>(value)]);
}

} // namespace

QString Labels::of(Role value)
{
    static constexpr std::array<const char*, 3> names{QT_TR_NOOP("Sales rep"), QT_TR_NOOP("Support rep"),
                                                      QT_TR_NOOP("Team lead")};
    return pick(value, names);
}

QString Labels::of(HandoffState value)
{
    static constexpr std::array<const char*, 6> names{QT_TR_NOOP("Draft"),     QT_TR_NOOP("Submitted"),
                                                      QT_TR_NOOP("Returned"),  QT_TR_NOOP("Accepted"),
                                                      QT_TR_NOOP("Fulfilled"), QT_TR_NOOP("Cancelled")};
    return pick(value, names);
}

QString Labels::of(ContactRole value)
{
    static constexpr std::array<const char*, 5> names{QT_TR_NOOP("Executive sponsor"), QT_TR_NOOP("Decision maker"),
                                                      QT_TR_NOOP("Day-to-day contact"), QT_TR_NOOP("Technical contact"),
                                                      QT_TR_NOOP("Billing contact")};
    return pick(value, names);
}

QString Labels::of(Channel value)
{
    static constexpr std::array<const char*, 7> names{QT_TR_NOOP("Phone"), QT_TR_NOOP("Email"),  QT_TR_NOOP("Web form"),
                                                      QT_TR_NOOP("Chat"),  QT_TR_NOOP("Social"), QT_TR_NOOP("Forum"),
                                                      QT_TR_NOOP("Portal")};
    return pick(value, names);
}

QString Labels::of(ChecklistItemKind value)
{
    static constexpr std::array<const char*, 5> names{QT_TR_NOOP("Check"), QT_TR_NOOP("Text"), QT_TR_NOOP("Date"),
                                                      QT_TR_NOOP("Choice"), QT_TR_NOOP("Contact")};
    return pick(value, names);
}

QString Labels::of(CapabilityStatus value)
{
    static constexpr std::array<const char*, 4> names{QT_TR_NOOP("Available"), QT_TR_NOOP("Beta"),
                                                      QT_TR_NOOP("Planned"), QT_TR_NOOP("Unsupported")};
    return pick(value, names);
}

QString Labels::of(PromiseKind value)
{
    static constexpr std::array<const char*, 8> names{
        QT_TR_NOOP("Feature"),  QT_TR_NOOP("Integration"), QT_TR_NOOP("Timeline"), QT_TR_NOOP("Service level"),
        QT_TR_NOOP("Training"), QT_TR_NOOP("Pricing"),     QT_TR_NOOP("Custom"),   QT_TR_NOOP("Other")};
    return pick(value, names);
}

QString Labels::of(Feasibility value)
{
    static constexpr std::array<const char*, 3> names{QT_TR_NOOP("Feasible"), QT_TR_NOOP("At risk"),
                                                      QT_TR_NOOP("Blocked")};
    return pick(value, names);
}

QString Labels::of(ReviewStatus value)
{
    static constexpr std::array<const char*, 4> names{QT_TR_NOOP("Pending review"), QT_TR_NOOP("Accepted"),
                                                      QT_TR_NOOP("Needs clarification"), QT_TR_NOOP("Cannot fulfil")};
    return pick(value, names);
}

QString Labels::of(Fulfilment value)
{
    static constexpr std::array<const char*, 4> names{QT_TR_NOOP("Open"), QT_TR_NOOP("Fulfilled"), QT_TR_NOOP("Broken"),
                                                      QT_TR_NOOP("Waived")};
    return pick(value, names);
}

QString Labels::of(TaskStatus value)
{
    static constexpr std::array<const char*, 4> names{QT_TR_NOOP("To do"), QT_TR_NOOP("In progress"),
                                                      QT_TR_NOOP("Blocked"), QT_TR_NOOP("Done")};
    return pick(value, names);
}

QString Labels::of(ReturnReason value)
{
    static constexpr std::array<const char*, 5> names{QT_TR_NOOP("Missing information"),
                                                      QT_TR_NOOP("Infeasible promise"), QT_TR_NOOP("Unclear scope"),
                                                      QT_TR_NOOP("Wrong owner"), QT_TR_NOOP("Other")};
    return pick(value, names);
}

} // namespace handoff
