#include "storage/ChecklistSql.h"

#include "storage/Database.h"
#include "storage/SqlReads.h"
#include "storage/Stores.h"

#include <QSqlQuery>

namespace handoff {

namespace {

// Whether the answer row `a` counts for its item; a check only counts when ticked.
const QLatin1String kAnswered("(CASE WHEN checklist_items.kind = 'check' THEN COALESCE(a.value, '') = 'true' "
                              "ELSE trim(COALESCE(a.value, '')) <> '' END)");

const QString kTemplateOrder = QStringLiteral("position, id");

} // namespace

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

Result<QList<ChecklistSectionCounts>> ChecklistSql::sectionCounts(const Database& db, qint64 dealId)
{
    auto query =
        db.exec(QStringLiteral("SELECT checklist_items.section, MIN(checklist_items.position) AS first, "
                               "SUM(checklist_items.required), SUM(CASE WHEN checklist_items.required = 1 AND ") +
                    kAnswered + QStringLiteral(" THEN 1 ELSE 0 END), COUNT(*), SUM(CASE WHEN ") + kAnswered +
                    QStringLiteral(" THEN 1 ELSE 0 END) FROM checklist_items LEFT JOIN checklist_answers a "
                                   "ON a.item_id = checklist_items.id AND a.deal_id = ? "
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
    return ChecklistItemStore(db).where(QStringLiteral("required = 1 AND NOT EXISTS (SELECT 1 FROM checklist_answers a "
                                                       "WHERE a.item_id = checklist_items.id AND a.deal_id = ? AND ") +
                                            kAnswered + QStringLiteral(")"),
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
