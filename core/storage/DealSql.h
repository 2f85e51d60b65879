#pragma once

#include "Result.h"
#include "model/Account.h"
#include "model/Comment.h"
#include "model/Deal.h"
#include "model/User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QVariantList>

#include <optional>

namespace handoff {

class Database;
class UnitOfWork;

// What the handoff clocks read of a deal.
struct DealClockFacts {
    QDate closedOn;
    QDateTime submittedAt;      // as stored on the deal (deals imported as already submitted have only this)
    QDateTime firstSubmittedAt; // the earliest submit in the audit log
    QDateTime acceptedAt;
    QDate kickoffOn; // the answer to the checklist's kickoff date
};

// What a handoff transition writes on its deal besides the new state (an invalid time, a zero id: left as it is).
struct DealTransition {
    HandoffState to = HandoffState::Draft;
    QDateTime submittedAt;
    qint64 supportOwnerId = 0;
    QDateTime acceptedAt;
};

// The statements of deals and of what hangs on them directly: accounts, the team's users, comments.
struct DealSql {
    // The deals with a CRM reference (none or one).
    static Result<QList<Deal>> withReference(Database& db, const QString& externalRef);
    // Writes a handoff transition if the deal is still at deal.version in deal.state; false: it moved on.
    // Unaudited: the transition records its one audit row itself.
    static Result<bool> writeTransition(UnitOfWork& work, const Deal& deal, const DealTransition& transition);
    // The clocks' facts of a deal; none when there is no such deal.
    static Result<std::optional<DealClockFacts>> clockFacts(const Database& db, qint64 dealId);
    // Drafts and returned handoffs closed before a day, oldest first.
    static Result<QList<qint64>> unsubmittedClosedBefore(const Database& db, QDate before);

    // The accounts with a name, without regard to case.
    static Result<QList<Account>> accountsNamed(Database& db, const QString& name);

    // Everyone, active first, then by name without regard to case.
    static Result<QList<User>> users(Database& db);
    static Result<QList<User>> activeUsers(Database& db, const QString& roleKey);
    // Everyone, in no particular order, without needing a writable connection.
    static Result<QList<User>> usersOf(const Database& db);
    static Result<bool> userExists(const Database& db, qint64 userId);
    // The users with an email address, without regard to case.
    static Result<QList<User>> usersWithEmail(Database& db, const QString& email);

    static Result<QList<Comment>> comments(Database& db, qint64 dealId);
};

} // namespace handoff
