#pragma once

#include "Result.h"
#include "model/ChecklistAnswer.h"
#include "model/ChecklistItem.h"

#include <QList>

namespace handoff {

class Database;

// How far one section of a deal's checklist is answered (an answer counts when it says something; a check only when
// ticked).
struct ChecklistSectionCounts {
    QString section;
    int requiredTotal = 0;
    int requiredAnswered = 0;
    int total = 0;
    int answered = 0;
};

// The checklist's statements: the template's items and the deals' answers.
struct ChecklistSql {
    // The template in the order the checklist shows it.
    static Result<QList<ChecklistItem>> items(Database& db);
    // The item of a key (none or one).
    static Result<QList<ChecklistItem>> itemsWithKey(Database& db, const QString& key);
    // How many items other than exceptId use key.
    static Result<int> keyUses(const Database& db, const QString& key, qint64 exceptId = 0);
    // How many items the checklist requires.
    static Result<int> requiredCount(const Database& db);
    // How many deals answered an item with some text.
    static Result<int> answeredDeals(const Database& db, qint64 itemId);
    // How many drafts and returned handoffs have not answered item as it is given (its id, kind and deal field; a new
    // item has id 0 and no answers).
    static Result<int> dealsWaitingFor(const Database& db, const ChecklistItem& item);

    // Per section, in the template's order, how much of the deal's checklist is answered.
    static Result<QList<ChecklistSectionCounts>> sectionCounts(const Database& db, qint64 dealId);
    // The required items the deal has not answered, in the template's order.
    static Result<QList<ChecklistItem>> missingRequired(Database& db, qint64 dealId);
    static Result<QList<ChecklistAnswer>> answers(Database& db, qint64 dealId);
    // The deal's answer to an item (none or one).
    static Result<QList<ChecklistAnswer>> answersTo(Database& db, qint64 dealId, qint64 itemId);

    // The SQL condition that the item row `item` is answered for the deal row `deal`: by the deal's field when the item
    // names one, else by the answer row `answer` (joined to the item and deal; NULL when there is none, and no
    // alias: the item's own answer is not read). The snapshot
    // trigger of resources/migrations/0012_one_fact_one_field.sql says the same in SQL.
    static QString answered(const QString& item, const QString& answer, const QString& deal);
};

} // namespace handoff
