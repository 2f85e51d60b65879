#pragma once

#include "Result.h"
#include "model/Enums.h"
#include "storage/BulkWriter.h"
#include "storage/ImportAuditWriter.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace handoff {

class Database;
struct User;

// One row of an import, read and checked: what the deal should hold. present says which fields the file gives,
// so that a re-import changes only those.
struct ImportedDeal {
    QString uid; // the deal's identity in a Handoff export; empty from a CRM's
    QString externalRef;
    QString title;
    qint64 accountId = 0;
    qint64 amountMinor = 0;
    QString currency;
    QDate closedOn;
    QDate contractStart;
    int termMonths = 12;
    QString products;
    qint64 salesRepId = 0;
    QDate goLiveTarget;
    QString whyBought;
    QString successCriteria;
    QString knownRisks;
    struct {
        bool amount = false, currency = false, contractStart = false, termMonths = false, products = false,
             salesRep = false, goLiveTarget = false, whyBought = false, successCriteria = false, knownRisks = false;
    } present;
};

// The database side of an import: statements prepared once, and accounts and users looked up in hashes built once
// (bounded by the accounts and people a team has, not by the file), so that a row costs a few B-tree inserts.
// Every row it creates or changes gets its audit entry, in the caller's transaction.
class DealImportStore {
    Q_DECLARE_TR_FUNCTIONS(DealImportStore)

public:
    // reason: what the audit entries give as the reason ("imported from deals.csv").
    static Result<DealImportStore> open(Database& db, const User& actor, const QString& reason);

    // The account of this name (case-insensitive), created when there is none.
    Result<qint64> account(const QString& name);
    // The sales rep with this email, or with this name when there is no email, created as a sales user when there
    // is none; with neither, the acting user. problem is set (and 0 returned) when the row cannot be imported.
    Result<qint64> salesRep(const QString& name, const QString& email, QString& problem);
    // The contact with this email (or, without one, this name) at the account, created when there is none.
    Result<qint64> contact(qint64 accountId, const QString& name, const QString& email, const QString& phone,
                           const QString& title);
    // Links the contact to the deal unless it already is (which a deal this import created cannot be).
    Result<void> link(qint64 dealId, qint64 contactId, ContactRole role, bool newDeal);

    // The deal the row is: the one with its Handoff identity, else the one with its CRM reference; its id, or nothing.
    Result<std::optional<qint64>> findDeal(const ImportedDeal& deal);
    Result<qint64> createDeal(const ImportedDeal& deal);
    // Changes the fields the file gives that differ; true when any did. The handoff state is never touched.
    Result<bool> updateDeal(qint64 dealId, const ImportedDeal& deal);

    // Writes the audit entries still buffered; the caller's transaction is not complete without them.
    Result<void> finish();

    // How many accounts, users and contacts the import created.
    qint64 accountsCreated() const { return m_accountsCreated; }
    qint64 usersCreated() const { return m_usersCreated; }
    qint64 contactsCreated() const { return m_contactsCreated; }

private:
    DealImportStore(Database& db, const User& actor);
    Result<void> loadPeople();
    // The deal with this key (a reference or an identity) by statement, or, when the writer defers, in known.
    Result<std::optional<qint64>> findDealBy(Statement& statement, const QHash<QString, qint64>& known,
                                             const QString& key);
    Result<void> audit(const char* action, const char* entity, qint64 entityId, qint64 dealId, const QString& field,
                       const QString& oldValue, const QString& newValue);
    QString madeUpEmail(const QString& name) const;

    struct Person {
        qint64 id = 0;
        Role role = Role::Sales;
    };

    Database* m_db;
    qint64 m_actorId;
    bool m_actorSells;
    QDateTime m_now;
    QString m_nowText;
    BulkWriter m_writer; // the rows the import creates; their statements belong to it
    Statement *m_insertAccount = nullptr, *m_insertUser = nullptr, *m_insertContact = nullptr, *m_insertDeal = nullptr,
              *m_link = nullptr;
    std::unique_ptr<Statement> m_contactByEmail, m_contactByName, m_dealByRef, m_dealByUid, m_currentDeal, m_linked;
    ImportAuditWriter m_audit;
    QHash<QString, qint64> m_accounts;     // case-folded, simplified name -> id
    QHash<QString, Person> m_usersByEmail; // case-folded email
    QHash<QString, qint64> m_repsByName;   // case-folded, simplified name of a sales user or lead -> id
    // Contacts of the accounts this import created, which can have no others: found here rather than by a query.
    // Keys are folded as SQLite's NOCASE folds them (ASCII letters only), so that they match as the queries match.
    // When the writer defers, the contacts this import added to other accounts too, which no query sees yet.
    QSet<qint64> m_newAccounts;
    QHash<qint64, QHash<QString, qint64>> m_newContactsByEmail; // account -> folded email -> first contact
    QHash<qint64, QHash<QString, qint64>> m_newContactsByName;  // account -> folded name -> first contact
    // When the writer defers (on a server), every deal's CRM reference -> id and identity -> id, loaded once and kept
    // up to date with the deals this import creates: a query a row would cost a round trip to the server.
    // m_waitingKeys: the references and identities whose deal may still wait in the writer.
    QHash<QString, qint64> m_refs;
    QHash<QString, qint64> m_uids;
    QSet<QString> m_waitingKeys;
    QSet<std::pair<qint64, qint64>> m_createdLinks; // deal, contact: links waiting in the writer
    QString m_json;                                 // reused for the audit entry of each created row
    qint64 m_accountsCreated = 0;
    qint64 m_usersCreated = 0;
    qint64 m_contactsCreated = 0;
};

} // namespace handoff
