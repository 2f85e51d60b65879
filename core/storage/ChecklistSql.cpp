#include "storage/ChecklistSql.h"

#include "storage/Database.h"
#include "storage/SqlReads.h"
#include "storage/Stores.h"

#include <QSqlQuery>

namespace handoff {

namespace {

const QString kTemplateOrder = QStringLiteral("position, id");

} // namespace

QString ChecklistSql::answered(const QString& item, const QString& answer, const QString& deal)
{
    // A check only counts when ticked.
    return QStringLiteral("(CASE %1.deal_field "
                          "WHEN '' THEN (CASE WHEN %1.kind = 'check' THEN COALESCE(%2, '') = 'true' "
                          "ELSE trim(COALESCE(%2, '')) <> '' END) "
                          "WHEN 'products' THEN trim(%3.products) <> '' "
                          "WHEN 'amount' THEN %3.amount_minor > 0 "
                          "WHEN 'contract_start' THEN COALESCE(%3.contract_start, '') <> '' "
                          "WHEN 'go_live_target' THEN COALESCE(%3.go_live_target, '') <> '' "
                          "WHEN 'why_bought' THEN trim(%3.why_bought) <> '' "
                          "WHEN 'success_criteria' THEN trim(%3.success_criteria) <> '' "
                          "WHEN 'known_risks' THEN trim(%3.known_risks) <> '' "
                          "WHEN 'channels' THEN EXISTS (SELECT 1 FROM deal_channels dc WHERE dc.deal_id = %3.id) "
                          "WHEN 'preferred_channel' THEN "
                          "EXISTS (SELECT 1 FROM deal_channels dc WHERE dc.deal_id = %3.id AND dc.preferred = 1) "
                          "ELSE 1 = 0 END)")
        .arg(item, answer.isEmpty() ? QStringLiteral("NULL") : answer + QLatin1String(".value"), deal);
}

Result<QList<ChecklistItem>> ChecklistSql::items(Database& db)
{
    return ChecklistItemStore(db).where(QStringLiteral("1 = 1"), {}, kTemplateOrder);
}

Result<QList<ChecklistItem>> ChecklistSql::itemsWithKey(Database& db, const QString& key)
{
    return ChecklistItemStore(db).where(QStringLiteral("key = ?"), {key});
}

Result<int> ChecklistSql::keyUses(const Database& db, const QString& key, qint64 exceptId)
{
    return sql::countOf(db, QStringLiteral("SELECT count(*) FROM checklist_items WHERE key = ? AND id <> ?"),
                        {key, exceptId});
}

Result<int> ChecklistSql::requiredCount(const Database& db)
{
    return sql::countOf(db, QStringLiteral("SELECT count(*) FROM checklist_items WHERE required = 1"), {});
}

Result<int> ChecklistSql::answeredDeals(const Database& db, qint64 itemId)
{
    return sql::countOf(
        db,
        QStringLiteral("SELECT count(DISTINCT deal_id) FROM checklist_answers WHERE item_id = ? AND trim(value) <> ''"),
        {itemId});
}

Result<int> ChecklistSql::dealsWaitingFor(const Database& db, const ChecklistItem& item)
{
    // The item as it would be saved, not as it is stored: a row of its own with the columns answered() reads.
    return sql::countOf(
        db,
        QStringLiteral(
            "SELECT count(*) FROM deals d CROSS JOIN (SELECT CAST(? AS bigint) AS id, CAST(? AS text) AS kind, "
            "CAST(? AS text) AS deal_field) i "
            "LEFT JOIN checklist_answers a ON a.deal_id = d.id AND a.item_id = i.id "
            "WHERE (d.state = 'draft' OR d.state = 'returned') AND NOT ") +
            answered(QStringLiteral("i"), QStringLiteral("a"), QStringLiteral("d")),
        {item.id, toKey(item.kind), toKey(item.dealField)});
}

Result<QList<ChecklistSectionCounts>> ChecklistSql::sectionCounts(const Database& db, qint64 dealId)
{
    const QString isAnswered = answered(QStringLiteral("checklist_items"), QStringLiteral("a"), QStringLiteral("d"));
    auto query = db.exec(
        QStringLiteral("SELECT checklist_items.section, MIN(checklist_items.position) AS first, "
                       "SUM(checklist_items.required), SUM(CASE WHEN checklist_items.required = 1 AND ") +
            isAnswered + QStringLiteral(" THEN 1 ELSE 0 END), COUNT(*), SUM(CASE WHEN ") + isAnswered +
            QStringLiteral(" THEN 1 ELSE 0 END) FROM checklist_items CROSS JOIN deals d "
                           "LEFT JOIN checklist_answers a ON a.item_id = checklist_items.id AND a.deal_id = d.id "
                           "WHERE d.id = ? "
                           "GROUP BY checklist_items.section ORDER BY first, checklist_items.section"),
        {dealId});
    if (!query) {
        return query.error();
    }
    QList<ChecklistSectionCounts> sections;
    while (query->next()) {
        ChecklistSectionCounts section;
        section.section = query->value(0).toString();
        section.requiredTotal = query->value(2).toInt();
        section.requiredAnswered = query->value(3).toInt();
        section.total = query->value(4).toInt();
        section.answered = query->value(5).toInt();
        sections.append(section);
    }
    return sections;
}

Result<QList<ChecklistItem>> ChecklistSql::missingRequired(Database& db, qint64 dealId)
{
    return ChecklistItemStore(db).where(
        QStringLiteral("required = 1 AND NOT EXISTS (SELECT 1 FROM deals d LEFT JOIN checklist_answers a "
                       "ON a.item_id = checklist_items.id AND a.deal_id = d.id WHERE d.id = ? AND ") +
            answered(QStringLiteral("checklist_items"), QStringLiteral("a"), QStringLiteral("d")) + QStringLiteral(")"),
        {dealId}, kTemplateOrder);
}

Result<QList<ChecklistAnswer>> ChecklistSql::answers(Database& db, qint64 dealId)
{
    return ChecklistAnswerStore(db).where(QStringLiteral("deal_id = ?"), {dealId});
}

Result<QList<ChecklistAnswer>> ChecklistSql::answersTo(Database& db, qint64 dealId, qint64 itemId)
{
    return ChecklistAnswerStore(db).where(QStringLiteral("deal_id = ? AND item_id = ?"), {dealId, itemId});
}

} // namespace handoff
