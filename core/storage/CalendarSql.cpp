#include "storage/CalendarSql.h"

namespace handoff {

QString CalendarSql::openTasks()
{
    return QStringLiteral(
        "SELECT t.id, t.version, t.title, t.due_on, t.status, d.title, a.name, d.state, u.name, p.description, "
        "p.feasibility, p.feasibility_reason "
        "FROM tasks t JOIN deals d ON d.id = t.deal_id JOIN accounts a ON a.id = d.account_id "
        "LEFT JOIN users u ON u.id = t.assignee_id LEFT JOIN promises p ON p.id = t.promise_id "
        "WHERE t.id > ?1 AND t.status <> 'done' AND t.due_on IS NOT NULL AND d.state <> 'cancelled' "
        "AND (?3 = 0 OR t.assignee_id = ?3) ORDER BY t.id LIMIT ?2");
}

QString CalendarSql::openPromises()
{
    return QStringLiteral(
        "SELECT p.id, p.version, p.description, p.due_on, p.kind, p.review_status, p.feasibility, "
        "p.feasibility_reason, d.title, a.name, d.state, cap.name "
        "FROM promises p JOIN deals d ON d.id = p.deal_id JOIN accounts a ON a.id = d.account_id "
        "LEFT JOIN capabilities cap ON cap.id = p.capability_id "
        "WHERE p.id > ?1 AND p.fulfilment = 'open' AND p.due_on IS NOT NULL AND d.state <> 'cancelled' "
        "AND (?3 = 0 OR d.sales_rep_id = ?3 OR d.support_owner_id = ?3) ORDER BY p.id LIMIT ?2");
}

} // namespace handoff
