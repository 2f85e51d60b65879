#pragma once

#include "model/Enums.h"

#include <QCoreApplication>

namespace handoff {

// Display names of the domain's enums, in the user's language.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static QString of(Role value);
    static QString of(HandoffState value);
    static QString of(ContactRole value);
    static QString of(Channel value);
    static QString of(ChecklistItemKind value);
    static QString of(CapabilityStatus value);
    static QString of(PromiseKind value);
    static QString of(Feasibility value);
    static QString of(ReviewStatus value);
    static QString of(Fulfilment value);
    static QString of(TaskStatus value);
    static QString of(ReturnReason value);
    static QString of(AnsweringField value);

    // A label as a word inside a sentence: "Pending review" becomes "pending review", except in languages whose
    // nouns keep their capital (German) and for abbreviations ("SLA").
    static QString inSentence(const QString& label);
};

} // namespace handoff
