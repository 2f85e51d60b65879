#pragma once

#include "Result.h"
#include "model/DealChannel.h"
#include "model/Enums.h"
#include "model/FulfilmentTask.h"
#include "model/Promise.h"

#include <QList>
#include <QString>

#include <optional>

namespace handoff {

class Database;

// The SQL of the exports: the table export's statements (TableExportSpec, streamed by TableExporter) and the reads
// behind a deal as JSON and the scripts' deal listing (DealJson).
struct ExportSql {
    // A user as an export names them.
    struct Person {
        QString name;
        QString email;
    };
    // A contact of a deal with the role they play on it.
    struct DealContactLine {
        QString name;
        QString title;
        QString email;
        QString phone;
        QString role;
        QString preferredChannel;
    };
    // One deal of the scripts' listing.
    struct DealLine {
        qint64 id = 0;
        HandoffState state = HandoffState::Draft;
        QString title;
        QString account;
        QString salesRepEmail;
    };

    // The table export's statements, keyset-paged: the first column is the row id, ?1 the last id of the page before,
    // ?2 the page's size.
    // Deals: id, external ref, title, account, amount in minor units, currency, closed on, state, sales rep's name and
    // email, products, contract start, term in months, go-live target, first contact's name, email, phone and title,
    // why bought, success criteria, known risks, support owner's name and email, created, submitted and accepted at,
    // the deal's identity (uid).
    static QString deals();
    // Promises: id, deal's external ref and title, kind, description, customer's words, due on, capability,
    // feasibility, feasibility reason, review status, fulfilment.
    static QString promises();
    // Tasks: id, deal's external ref and title, title, assignee's name and email, due on, status, done on, promise id.
    static QString tasks();

    // An account's name; empty when there is no such account.
    static Result<QString> accountName(const Database& db, qint64 accountId);
    // A user's name and email; nothing when there is no such user.
    static Result<std::optional<Person>> person(const Database& db, qint64 userId);
    // A capability's name; nothing when there is no such capability.
    static Result<std::optional<QString>> capabilityName(const Database& db, qint64 capabilityId);

    // The rows of a deal, each in the order they were recorded.
    static Result<QList<DealContactLine>> contactsOf(const Database& db, qint64 dealId);
    static Result<QList<DealChannel>> channelsOf(Database& db, qint64 dealId);
    static Result<QList<Promise>> promisesOf(Database& db, qint64 dealId);
    static Result<QList<FulfilmentTask>> tasksOf(Database& db, qint64 dealId);

    // The deals after afterId in id order, at most limit, optionally only those in one state.
    static Result<QList<DealLine>> dealPage(const Database& db, std::optional<HandoffState> state, qint64 afterId,
                                            int limit);
};

} // namespace handoff
