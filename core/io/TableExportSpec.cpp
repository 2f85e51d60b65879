#include "io/TableExportSpec.h"

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
    // The first contact is the one recorded first on the deal, the same rule the importer uses when it adds one.
    spec.sql = QStringLiteral(
        "SELECT d.id, d.external_ref, d.title, a.name, d.amount_minor, d.currency, d.closed_on, d.state, "
        "rep.name, rep.email, d.products, d.contract_start, d.term_months, d.go_live_target, "
        "c.name, c.email, c.phone, c.title, d.why_bought, d.success_criteria, d.known_risks, "
        "owner.name, owner.email, d.created_at, d.submitted_at, d.accepted_at "
        "FROM deals d JOIN accounts a ON a.id = d.account_id JOIN users rep ON rep.id = d.sales_rep_id "
        "LEFT JOIN users owner ON owner.id = d.support_owner_id "
        "LEFT JOIN contacts c ON c.id = (SELECT dc.contact_id FROM deal_contacts dc WHERE dc.deal_id = d.id "
        "ORDER BY dc.id LIMIT 1) "
        "WHERE d.id > ?1 ORDER BY d.id LIMIT ?2");
    spec.columns = {
        jsonOnly(integer("id", 0)),
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
    spec.sql = QStringLiteral(
        "SELECT p.id, d.external_ref, d.title, p.kind, p.description, p.customer_words, p.due_on, cap.name, "
        "p.feasibility, p.feasibility_reason, p.review_status, p.fulfilment "
        "FROM promises p JOIN deals d ON d.id = p.deal_id LEFT JOIN capabilities cap ON cap.id = p.capability_id "
        "WHERE p.id > ?1 ORDER BY p.id LIMIT ?2");
    spec.columns = {
        integer("id", 0),       text("deal_external_ref", 1),  text("deal_title", 2),     text("kind", 3),
        text("description", 4), text("customer_words", 5),     text("due_on", 6),         text("capability", 7),
        text("feasibility", 8), text("feasibility_reason", 9), text("review_status", 10), text("fulfilment", 11),
    };
    return spec;
}

TableExportSpec tasks()
{
    TableExportSpec spec;
    spec.sql = QStringLiteral(
        "SELECT t.id, d.external_ref, d.title, t.title, u.name, u.email, t.due_on, t.status, t.done_on, t.promise_id "
        "FROM tasks t JOIN deals d ON d.id = t.deal_id LEFT JOIN users u ON u.id = t.assignee_id "
        "WHERE t.id > ?1 ORDER BY t.id LIMIT ?2");
    spec.columns = {
        integer("id", 0),    text("deal_external_ref", 1), text("deal_title", 2), text("title", 3),
        text("assignee", 4), text("assignee_email", 5),    text("due_on", 6),     text("status", 7),
        text("done_on", 8),  integer("promise_id", 9),
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
