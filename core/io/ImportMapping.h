#pragma once

#include "Result.h"
#include "model/Enums.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <array>

namespace handoff {

// The fields of a deal that an import can fill, in the order of their keys below.
enum class ImportField {
    ExternalRef,
    Title,
    Account,
    Amount,
    Currency,
    ClosedOn,
    Stage,
    SalesRep,
    SalesRepEmail,
    Products,
    ContractStart,
    TermMonths,
    GoLiveTarget,
    ContactName,
    ContactEmail,
    ContactPhone,
    ContactTitle,
    ContactRole,
    WhyBought,
    SuccessCriteria,
    KnownRisks,
    Uid, // Handoff's own identity of a deal, in its export (Deal::uid)
};

// clang-format off
template <> struct EnumKeys<ImportField> {
    static constexpr std::array keys{"external_ref", "title", "account", "amount", "currency", "closed_on", "stage",
                                     "sales_rep", "sales_rep_email", "products", "contract_start", "term_months",
                                     "go_live_target", "contact_name", "contact_email", "contact_phone",
                                     "contact_title", "contact_role", "why_bought", "success_criteria", "known_risks",
                                     "uid"};
};
// clang-format on

// Which CSV column fills which field of a deal, and which stage values mean closed-won.
struct ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)

public:
    QHash<QString, QString> columns; // field key -> CSV header, matched case-insensitively and trimmed
    QStringList wonStages;           // empty: every row is won; else matched case-insensitively and trimmed
    // Other headers tried in order when a field's header is absent: CRMs name some columns differently by edition
    // or language ("Opportunity Currency" or "Amount Currency").
    QHash<QString, QStringList> alternatives;
    // A mapped column missing from the file is an error; presets clear it so that a column an export happens not
    // to have (an optional field) is simply left out. Required fields are always an error when missing.
    bool strict = true;
    // The contact column holds a list of people as HubSpot writes them, "Jane Doe (jane@acme.com); Bo Li (bo@x.io)":
    // the first person is imported, the email in brackets taken apart from the name. Off, a cell arrives whole.
    bool contactLists = false;

    // Every importable field key, in ImportField order.
    static QStringList fieldKeys();
    // Display name of a field for messages: "close date", "account".
    static QString fieldLabel(ImportField field);
    // The fields every deal needs a column for; the stage too when stages are filtered. A deal's name is not among
    // them: without one a deal is named after its account and products.
    static QList<ImportField> requiredFields(bool filtersStages);

    // The column index of every field in a file with these headers (-1: not imported). Fails naming each mapped
    // column the file lacks, each unknown field key, and each required field without a column.
    Result<std::array<int, enumCount<ImportField>()>> resolve(const QStringList& headers) const;
};

} // namespace handoff
