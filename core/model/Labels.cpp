#include "model/Labels.h"

#include <QLocale>

namespace handoff {

namespace {

// A source text and its disambiguation: the same English word ("Blocked", "Other") may need different words in
// another language depending on which list it belongs to.
struct Text {
    const char* source;
    const char* comment;
};

template <typename E, std::size_t N>
QString pick(E value, const std::array<Text, N>& texts)
{
    static_assert(N == enumCount<E>(), "one label per enum value");
    const Text& text = texts[static_cast<std::size_t>(value)];
    return Labels::tr(text.source, text.comment);
}

} // namespace

QString Labels::of(Role value)
{
    static constexpr std::array<Text, 3> names{{QT_TRANSLATE_NOOP3("Labels", "Sales rep", "user role"),
                                                QT_TRANSLATE_NOOP3("Labels", "Support rep", "user role"),
                                                QT_TRANSLATE_NOOP3("Labels", "Team lead", "user role")}};
    return pick(value, names);
}

QString Labels::of(HandoffState value)
{
    static constexpr std::array<Text, 6> names{{QT_TRANSLATE_NOOP3("Labels", "Draft", "handoff state"),
                                                QT_TRANSLATE_NOOP3("Labels", "Submitted", "handoff state"),
                                                QT_TRANSLATE_NOOP3("Labels", "Returned", "handoff state"),
                                                QT_TRANSLATE_NOOP3("Labels", "Accepted", "handoff state"),
                                                QT_TRANSLATE_NOOP3("Labels", "Fulfilled", "handoff state"),
                                                QT_TRANSLATE_NOOP3("Labels", "Cancelled", "handoff state")}};
    return pick(value, names);
}

QString Labels::of(ContactRole value)
{
    static constexpr std::array<Text, 5> names{
        {QT_TRANSLATE_NOOP3("Labels", "Executive sponsor", "role of a contact on a deal"),
         QT_TRANSLATE_NOOP3("Labels", "Decision maker", "role of a contact on a deal"),
         QT_TRANSLATE_NOOP3("Labels", "Day-to-day contact", "role of a contact on a deal"),
         QT_TRANSLATE_NOOP3("Labels", "Technical contact", "role of a contact on a deal"),
         QT_TRANSLATE_NOOP3("Labels", "Billing contact", "role of a contact on a deal")}};
    return pick(value, names);
}

QString Labels::of(Channel value)
{
    static constexpr std::array<Text, 7> names{{QT_TRANSLATE_NOOP3("Labels", "Phone", "contact channel"),
                                                QT_TRANSLATE_NOOP3("Labels", "Email", "contact channel"),
                                                QT_TRANSLATE_NOOP3("Labels", "Web form", "contact channel"),
                                                QT_TRANSLATE_NOOP3("Labels", "Chat", "contact channel"),
                                                QT_TRANSLATE_NOOP3("Labels", "Social", "contact channel"),
                                                QT_TRANSLATE_NOOP3("Labels", "Forum", "contact channel"),
                                                QT_TRANSLATE_NOOP3("Labels", "Portal", "contact channel")}};
    return pick(value, names);
}

QString Labels::of(ChecklistItemKind value)
{
    static constexpr std::array<Text, 5> names{{QT_TRANSLATE_NOOP3("Labels", "Check", "kind of checklist item"),
                                                QT_TRANSLATE_NOOP3("Labels", "Text", "kind of checklist item"),
                                                QT_TRANSLATE_NOOP3("Labels", "Date", "kind of checklist item"),
                                                QT_TRANSLATE_NOOP3("Labels", "Choice", "kind of checklist item"),
                                                QT_TRANSLATE_NOOP3("Labels", "Contact", "kind of checklist item")}};
    return pick(value, names);
}

QString Labels::of(CapabilityStatus value)
{
    static constexpr std::array<Text, 4> names{{QT_TRANSLATE_NOOP3("Labels", "Available", "capability status"),
                                                QT_TRANSLATE_NOOP3("Labels", "Beta", "capability status"),
                                                QT_TRANSLATE_NOOP3("Labels", "Planned", "capability status"),
                                                QT_TRANSLATE_NOOP3("Labels", "Unsupported", "capability status")}};
    return pick(value, names);
}

QString Labels::of(PromiseKind value)
{
    static constexpr std::array<Text, 8> names{{QT_TRANSLATE_NOOP3("Labels", "Feature", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Integration", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Timeline", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Service level", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Training", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Pricing", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Custom", "kind of promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Other", "kind of promise")}};
    return pick(value, names);
}

QString Labels::of(Feasibility value)
{
    static constexpr std::array<Text, 3> names{{QT_TRANSLATE_NOOP3("Labels", "Feasible", "feasibility of a promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "At risk", "feasibility of a promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Blocked", "feasibility of a promise")}};
    return pick(value, names);
}

QString Labels::of(ReviewStatus value)
{
    static constexpr std::array<Text, 4> names{
        {QT_TRANSLATE_NOOP3("Labels", "Pending review", "review status of a promise"),
         QT_TRANSLATE_NOOP3("Labels", "Accepted", "review status of a promise"),
         QT_TRANSLATE_NOOP3("Labels", "Needs clarification", "review status of a promise"),
         QT_TRANSLATE_NOOP3("Labels", "Cannot fulfil", "review status of a promise")}};
    return pick(value, names);
}

QString Labels::of(Fulfilment value)
{
    static constexpr std::array<Text, 4> names{{QT_TRANSLATE_NOOP3("Labels", "Open", "fulfilment of a promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Fulfilled", "fulfilment of a promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Broken", "fulfilment of a promise"),
                                                QT_TRANSLATE_NOOP3("Labels", "Waived", "fulfilment of a promise")}};
    return pick(value, names);
}

QString Labels::of(TaskStatus value)
{
    static constexpr std::array<Text, 4> names{{QT_TRANSLATE_NOOP3("Labels", "To do", "status of a task"),
                                                QT_TRANSLATE_NOOP3("Labels", "In progress", "status of a task"),
                                                QT_TRANSLATE_NOOP3("Labels", "Blocked", "status of a task"),
                                                QT_TRANSLATE_NOOP3("Labels", "Done", "status of a task")}};
    return pick(value, names);
}

QString Labels::of(ReturnReason value)
{
    static constexpr std::array<Text, 5> names{
        {QT_TRANSLATE_NOOP3("Labels", "Missing information", "reason for returning a handoff"),
         QT_TRANSLATE_NOOP3("Labels", "Infeasible promise", "reason for returning a handoff"),
         QT_TRANSLATE_NOOP3("Labels", "Unclear scope", "reason for returning a handoff"),
         QT_TRANSLATE_NOOP3("Labels", "Wrong owner", "reason for returning a handoff"),
         QT_TRANSLATE_NOOP3("Labels", "Other", "reason for returning a handoff")}};
    return pick(value, names);
}

QString Labels::of(AnsweringField value)
{
    static constexpr std::array<Text, 10> names{
        {QT_TRANSLATE_NOOP3("Labels", "None", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Products or plan", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Amount", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Contract start", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Go-live target", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Why they bought", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Success criteria", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Known risks", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Support channels", "deal field answering a checklist item"),
         QT_TRANSLATE_NOOP3("Labels", "Preferred channel", "deal field answering a checklist item")}};
    return pick(value, names);
}

QString Labels::inSentence(const QString& label)
{
    if (label.size() < 2 || QLocale().language() == QLocale::German || !label.at(1).isLower()) {
        return label;
    }
    return label.at(0).toLower() + label.mid(1);
}

} // namespace handoff
