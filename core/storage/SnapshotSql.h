#pragma once

#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QVariantList>

namespace handoff {

class Database;
struct HandoffSnapshot;

// The statements of handoff snapshots (SnapshotService): what a capture reads of a deal, and the stored snapshots.
// The capture's reads return their rows as they come, one value per column in the order given; SnapshotService names
// the columns in the snapshot's JSON.
struct SnapshotSql {
    using Rows = Result<QList<QVariantList>>;

    // At most one row: title, external_ref, account name, amount_minor, currency, closed_on, contract_start,
    // term_months, products, sales rep name, go_live_target, success_criteria, why_bought, known_risks.
    static Rows deal(const Database& db, qint64 dealId);
    // The answers that are not blank, in the checklist's order: item key, item label, value, and what the value shows
    // (a contact item's contact name, otherwise the value itself).
    static Rows answers(const Database& db, qint64 dealId);
    // contact_id, name, role; in the order they were put on the deal.
    static Rows contacts(const Database& db, qint64 dealId);
    // id, kind, description, customer_words, due_on, capability name, feasibility, justification, created_at; by id.
    static Rows promises(const Database& db, qint64 dealId);
    // channel, address, preferred (0 or 1); by id.
    static Rows channels(const Database& db, qint64 dealId);

    // The content of the deal's two newest snapshots, newest first; fewer when it has fewer.
    static Result<QList<QByteArray>> newestTwoContents(const Database& db, qint64 dealId);
    // The number the deal's next snapshot takes: 1 for its first submission.
    static Result<int> nextSubmissionNo(const Database& db, qint64 dealId);
    // Stores snapshot (its id ignored) and returns the new row's id.
    static Result<qint64> insert(Database& db, const HandoffSnapshot& snapshot);
};

} // namespace handoff
