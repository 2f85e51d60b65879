#pragma once

#include "Result.h"
#include "model/ChecklistAnswer.h"
#include "model/ChecklistItem.h"
#include "model/Deal.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace handoff {

class Database;

// How far one section of a deal's checklist (or the whole of it) is answered.
struct SectionCompleteness {
    QString section;
    int requiredAnswered = 0, requiredTotal = 0, answered = 0, total = 0;
};

struct ChecklistCompleteness {
    QList<SectionCompleteness> sections; // in template order
    SectionCompleteness overall;         // section is empty
    QList<ChecklistItem> missingRequired;
};

// The handoff checklist of a deal: who may answer what, whether an answer fits its item, and how complete it is.
class ChecklistService {
    Q_DECLARE_TR_FUNCTIONS(ChecklistService)

public:
    explicit ChecklistService(Database& db);

    // An answer counts when it is not blank; a check item counts only when ticked ("true").
    Result<ChecklistCompleteness> completeness(qint64 dealId) const;
    // The deal's sales rep while the handoff is a draft or returned; a lead until it is fulfilled. Empty clears.
    Result<ChecklistAnswer> answer(const User& actor, qint64 dealId, const QString& itemKey, const QString& value);
    Result<QList<ChecklistItem>> items() const;
    // The deal's stored answers (a cleared one has an empty value).
    Result<QList<ChecklistAnswer>> answers(qint64 dealId) const;
    // Why actor may not answer the deal's checklist now, as answer() would say it; empty: allowed.
    Result<QStringList> refusals(const User& actor, qint64 dealId) const;

private:
    // The refusal answer() gives actor for deal, or nullopt when actor may answer.
    static std::optional<Error> refusal(const User& actor, const Deal& deal);
    Result<QString> normalised(const ChecklistItem& item, qint64 dealId, const QString& value) const;

    Database& m_db;
};

} // namespace handoff
