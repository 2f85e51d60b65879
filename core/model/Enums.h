#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace handoff {

enum class Role { Sales, Support, Lead };
enum class HandoffState { Draft, Submitted, Returned, Accepted, Fulfilled, Cancelled };
enum class ContactRole { Sponsor, DecisionMaker, DayToDay, Technical, Billing };
enum class Channel { Phone, Email, WebForm, Chat, Social, Forum, Portal };
enum class ChecklistItemKind { Check, Text, Date, Choice, Contact };
enum class CapabilityStatus { Available, Beta, Planned, Unsupported };
enum class PromiseKind { Feature, Integration, Timeline, ServiceLevel, Training, Pricing, Custom, Other };
enum class Feasibility { Ok, Warning, Blocked };
enum class ReviewStatus { Pending, Accepted, NeedsClarification, CannotFulfil };
enum class Fulfilment { Open, Fulfilled, Broken, Waived };
enum class TaskStatus { Todo, InProgress, Blocked, Done };
enum class ReturnReason { MissingInformation, InfeasiblePromise, UnclearScope, WrongOwner, Other };
// The deal's own fields (and its channels) that a checklist item can be answered by: one fact, one field.
enum class AnsweringField {
    None,
    Products,
    Amount,
    ContractStart,
    GoLiveTarget,
    WhyBought,
    SuccessCriteria,
    KnownRisks,
    Channels,
    PreferredChannel
};

// The stable keys each enum is stored under, in the database, in JSON and on the command line.
// They never change once shipped; display names live in Labels.
template <typename E>
struct EnumKeys;

// clang-format off
template <> struct EnumKeys<Role> { static constexpr std::array keys{"sales", "support", "lead"}; };
template <> struct EnumKeys<HandoffState> {
    static constexpr std::array keys{"draft", "submitted", "returned", "accepted", "fulfilled", "cancelled"};
};
template <> struct EnumKeys<ContactRole> {
    static constexpr std::array keys{"sponsor", "decision_maker", "day_to_day", "technical", "billing"};
};
template <> struct EnumKeys<Channel> {
    static constexpr std::array keys{"phone", "email", "web_form", "chat", "social", "forum", "portal"};
};
template <> struct EnumKeys<ChecklistItemKind> {
    static constexpr std::array keys{"check", "text", "date", "choice", "contact"};
};
template <> struct EnumKeys<CapabilityStatus> {
    static constexpr std::array keys{"available", "beta", "planned", "unsupported"};
};
template <> struct EnumKeys<PromiseKind> {
    static constexpr std::array keys{"feature", "integration", "timeline", "service_level", "training", "pricing",
                                     "custom", "other"};
};
template <> struct EnumKeys<Feasibility> { static constexpr std::array keys{"ok", "warning", "blocked"}; };
template <> struct EnumKeys<ReviewStatus> {
    static constexpr std::array keys{"pending", "accepted", "needs_clarification", "cannot_fulfil"};
};
template <> struct EnumKeys<Fulfilment> { static constexpr std::array keys{"open", "fulfilled", "broken", "waived"}; };
template <> struct EnumKeys<TaskStatus> { static constexpr std::array keys{"todo", "in_progress", "blocked", "done"}; };
template <> struct EnumKeys<ReturnReason> {
    static constexpr std::array keys{"missing_information", "infeasible_promise", "unclear_scope", "wrong_owner",
                                     "other"};
};
template <> struct EnumKeys<AnsweringField> {
    static constexpr std::array keys{"", "products", "amount", "contract_start", "go_live_target", "why_bought",
                                     "success_criteria", "known_risks", "channels", "preferred_channel"};
};
// clang-format on

template <typename E>
constexpr std::size_t enumCount()
{
    return EnumKeys<E>::keys.size();
}

template <typename E>
QString toKey(E value)
{
    return QString::fromLatin1(EnumKeys<E>::keys[static_cast<std::size_t>(value)]);
}

template <typename E>
std::optional<E> fromKey(QStringView key)
{
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        if (key == QLatin1String(EnumKeys<E>::keys[i])) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

// Every value of E in declaration order.
template <typename E>
constexpr std::array<E, enumCount<E>()> allValues()
{
    std::array<E, enumCount<E>()> values{};
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = static_cast<E>(i);
    }
    return values;
}

} // namespace handoff
