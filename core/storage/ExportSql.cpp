#include "storage/ExportSql.h"

#include "storage/Database.h"
#include "storage/Stores.h"

#include <QSqlQuery>

namespace handoff {

QString ExportSql::deals()
{
    // The first contact is the one recorded first on the deal, the same rule the importer uses when it adds one.
    return QStringLiteral(
        "SELECT d.id, d.external_ref, d.title, a.name, d.amount_minor, d.currency, d.closed_on, d.state, "
        "rep.name, rep.email, d.products, d.contract_start, d.term_months, d.go_live_target, "
        "c.name, c.email, c.phone, c.title, d.why_bought, d.success_criteria, d.known_risks, "
        "owner.name, owner.email, d.created_at, d.submitted_at, d.accepted_at, d.uid "
        "FROM deals d JOIN accounts a ON a.id = d.account_id JOIN users rep ON rep.id = d.sales_rep_id "
        "LEFT JOIN users owner ON owner.id = d.support_owner_id "
        "LEFT JOIN contacts c ON c.id = (SELECT dc.contact_id FROM deal_contacts dc WHERE dc.deal_id = d.id "
        "ORDER BY dc.id LIMIT 1) "
        "WHERE d.id > ?1 ORDER BY d.id LIMIT ?2");
}

QString ExportSql::promises()
{
    return QStringLiteral(
        "SELECT p.id, d.external_ref, d.title, p.kind, p.description, p.customer_words, p.due_on, cap.name, "
        "p.feasibility, p.feasibility_reason, p.review_status, p.fulfilment, d.uid "
        "FROM promises p JOIN deals d ON d.id = p.deal_id LEFT JOIN capabilities cap ON cap.id = p.capability_id "
        "WHERE p.id > ?1 ORDER BY p.id LIMIT ?2");
}

QString ExportSql::tasks()
{
    return QStringLiteral("SELECT t.id, d.external_ref, d.title, t.title, u.name, u.email, t.due_on, t.status, "
                          "t.done_on, t.promise_id, d.uid "
                          "FROM tasks t JOIN deals d ON d.id = t.deal_id LEFT JOIN users u ON u.id = t.assignee_id "
                          "WHERE t.id > ?1 ORDER BY t.id LIMIT ?2");
}

Result<QString> ExportSql::accountName(const Database& db, qint64 accountId)
{
    const auto name = db.scalar(QStringLiteral("SELECT name FROM accounts WHERE id = ?"), {accountId});
    if (!name) {
        return name.error();
    }
    return name->toString();
}

Result<std::optional<ExportSql::Person>> ExportSql::person(const Database& db, qint64 userId)
{
    auto query = db.exec(QStringLiteral("SELECT name, email FROM users WHERE id = ?"), {userId});
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return std::optional<Person>();
    }
    return std::optional<Person>(Person{query->value(0).toString(), query->value(1).toString()});
}

Result<std::optional<QString>> ExportSql::capabilityName(const Database& db, qint64 capabilityId)
{
    const auto name = db.scalar(QStringLiteral("SELECT name FROM capabilities WHERE id = ?"), {capabilityId});
    if (!name) {
        return name.error();
    }
    if (name->isNull()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(name->toString());
}

Result<QList<ExportSql::DealContactLine>> ExportSql::contactsOf(const Database& db, qint64 dealId)
{
    auto query = db.exec(QStringLiteral("SELECT c.name, c.title, c.email, c.phone, dc.role, c.preferred_channel "
                                        "FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id "
                                        "WHERE dc.deal_id = ? ORDER BY dc.id"),
                         {dealId});
    if (!query) {
        return query.error();
    }
    QList<DealContactLine> lines;
    while (query->next()) {
        lines.append(DealContactLine{query->value(0).toString(), query->value(1).toString(), query->value(2).toString(),
                                     query->value(3).toString(), query->value(4).toString(),
                                     query->value(5).toString()});
    }
    return lines;
}

Result<QList<DealChannel>> ExportSql::channelsOf(Database& db, qint64 dealId)
{
    return DealChannelStore(db).where(QStringLiteral("deal_id = ?"), {dealId});
}

Result<QList<Promise>> ExportSql::promisesOf(Database& db, qint64 dealId)
{
    return PromiseStore(db).where(QStringLiteral("deal_id = ?"), {dealId});
}

Result<QList<FulfilmentTask>> ExportSql::tasksOf(Database& db, qint64 dealId)
{
    return TaskStore(db).where(QStringLiteral("deal_id = ?"), {dealId});
}

Result<QList<ExportSql::DealLine>> ExportSql::dealPage(const Database& db, std::optional<HandoffState> state,
                                                       qint64 afterId, int limit)
{
    // (state, id) > (state, afterId) on deals_by_state, or the rowid range: each page is an index range scan.
    const QString select = QStringLiteral("SELECT d.id, d.state, d.title, a.name, u.email FROM deals d "
                                          "JOIN accounts a ON a.id = d.account_id "
                                          "LEFT JOIN users u ON u.id = d.sales_rep_id ");
    auto query = state ? db.exec(select + QStringLiteral("WHERE d.state = ? AND d.id > ? ORDER BY d.id LIMIT ?"),
                                 {toKey(*state), afterId, limit})
                       : db.exec(select + QStringLiteral("WHERE d.id > ? ORDER BY d.id LIMIT ?"), {afterId, limit});
    if (!query) {
        return query.error();
    }
    QList<DealLine> page;
    page.reserve(limit);
    while (query->next()) {
        DealLine line;
        line.id = query->value(0).toLongLong();
        line.state = fromKey<HandoffState>(query->value(1).toString()).value_or(HandoffState::Draft);
        line.title = query->value(2).toString();
        line.account = query->value(3).toString();
        line.salesRepEmail = query->value(4).toString();
        page.append(line);
    }
    return page;
}

} // namespace handoff
