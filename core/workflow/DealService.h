#pragma once

#include "Result.h"
#include "model/Deal.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QStringList>

namespace handoff {

class Database;
class UnitOfWork;

// What a person types to start a new handoff; the account is found by name (any case) or created.
struct NewDeal {
    QString accountName;
    QString title;
    QString externalRef;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("USD");
    QDate closedOn;
    QDate contractStart;
    int termMonths = 12;
    QString products;
    qint64 salesRepId = 0; // a lead names the rep; a sales rep is always their own
};

// The fields a problem with a new or edited deal is shown beside.
enum class DealField {
    Account,
    Title,
    ExternalRef,
    Amount,
    Currency,
    ClosedOn,
    ContractStart,
    TermMonths,
    SalesRep,
    Products
};

struct DealFieldProblem {
    DealField field;
    QString text;
};

// Creating deals and editing their fields. Who may edit: the deal's sales rep while the handoff is a draft or
// returned, a lead until it is fulfilled or cancelled. The state, the owner and the timestamps change only through
// HandoffWorkflow; update() keeps the stored ones whatever the caller sends.
class DealService {
    Q_DECLARE_TR_FUNCTIONS(DealService)

public:
    explicit DealService(Database& db);

    Result<Deal> create(const User& actor, const NewDeal& draft);
    // Saves the editable fields of deal if nobody changed it since deal.version was read (else Error::Conflict).
    Result<Deal> update(const User& actor, const Deal& deal);
    Result<Deal> get(qint64 dealId) const;
    // A deal named the way people name it on the command line: by its id, or by the CRM reference it was imported
    // with. A number is taken as an id when a deal has that id, else as a reference (HubSpot's are numbers too).
    Result<Deal> find(const QString& idOrReference) const;
    Result<QString> accountName(qint64 accountId) const;

    // Every problem with the fields as a person fixes them, one sentence each; empty: fine. Shared by the new
    // deal dialog, which shows them beside the fields, and by create() and update(), which refuse them.
    static QList<DealFieldProblem> problems(const QString& title, qint64 amountMinor, const QString& currency,
                                            QDate closedOn, QDate contractStart, int termMonths);
    // What create() would refuse in draft, field by field (the same checks create() runs, before writing).
    Result<QList<DealFieldProblem>> check(const User& actor, const NewDeal& draft) const;
    // The reasons actor may not edit deal now; empty: allowed.
    static QStringList editRefusals(const User& actor, const Deal& deal);
    // Invisible control characters in the deal's longer texts, one sentence each; empty: none.
    static QStringList textProblems(const Deal& deal);

private:
    Result<qint64> accountFor(UnitOfWork& work, const QString& name);

    Database& m_db;
};

} // namespace handoff
