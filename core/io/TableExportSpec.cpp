#include "io/TableExportSpec.h"

#include "storage/ExportSql.h"

namespace handoff {

namespace {

using Kind = ExportColumn::Kind;

ExportColumn text(const char* key, int column)
{
    return ExportColumn{QLatin1StringView(key), Kind::Text, column};
}

ExportColumn integer(const char* key, int column)
{
    return ExportColumn{QLatin1StringView(key), Kind::Integer, column};
}

ExportColumn jsonOnly(ExportColumn column)
{
    column.inCsv = false;
    return column;
}

// The deals CSV is exactly the columns `import --preset handoff` reads, in this order; JSON adds what scripts need
// to tell deals apart and follow them through the handoff.
TableExportSpec deals()
{
    TableExportSpec spec;
    spec.sql = ExportSql::deals();
    spec.columns = {
        jsonOnly(integer("id", 0)),
        text("uid", 26),
        text("external_ref", 1),
        text("title", 2),
        text("account", 3),
        ExportColumn{QLatin1StringView("amount"), Kind::Money, 4, 5},
        text("currency", 5),
        text("closed_on", 6),
        text("stage", 7),
        text("sales_rep", 8),
        text("sales_rep_email", 9),
        text("products", 10),
        text("contract_start", 11),
        integer("term_months", 12),
        text("go_live_target", 13),
        text("contact_name", 14),
        text("contact_email", 15),
        text("contact_phone", 16),
        text("contact_title", 17),
        text("why_bought", 18),
        text("success_criteria", 19),
        text("known_risks", 20),
        jsonOnly(text("support_owner", 21)),
        jsonOnly(text("support_owner_email", 22)),
        jsonOnly(text("created_at", 23)),
        jsonOnly(text("submitted_at", 24)),
        jsonOnly(text("accepted_at", 25)),
    };
    return spec;
}

TableExportSpec promises()
{
    TableExportSpec spec;
    spec.sql = ExportSql::promises();
    spec.columns = {
        integer("id", 0),
        text("deal_external_ref", 1),
        text("deal_title", 2),
        text("kind", 3),
        text("description", 4),
        text("customer_words", 5),
        text("due_on", 6),
        text("capability", 7),
        text("feasibility", 8),
        text("feasibility_reason", 9),
        text("review_status", 10),
        text("fulfilment", 11),
        // The deal's identity in every database (deal_external_ref may be empty), last so that columns read by
        // position before it stay where they were.
        text("deal_uid", 12),
    };
    return spec;
}

TableExportSpec tasks()
{
    TableExportSpec spec;
    spec.sql = ExportSql::tasks();
    spec.columns = {
        integer("id", 0),    text("deal_external_ref", 1), text("deal_title", 2), text("title", 3),
        text("assignee", 4), text("assignee_email", 5),    text("due_on", 6),     text("status", 7),
        text("done_on", 8),  integer("promise_id", 9),     text("deal_uid", 10),
    };
    return spec;
}

} // namespace

TableExportSpec TableExportSpec::of(ExportTable table)
{
    switch (table) {
    case ExportTable::Deals:
        return deals();
    case ExportTable::Promises:
        return promises();
    case ExportTable::Tasks:
        return tasks();
    }
    return deals();
}

} // namespace handoff
