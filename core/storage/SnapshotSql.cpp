#include "storage/SnapshotSql.h"

#include "model/HandoffSnapshot.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"

#include <QSqlRecord>

namespace handoff {

namespace {

SnapshotSql::Rows rows(const Database& db, const QString& select, qint64 dealId)
{
    auto query = db.exec(select, {dealId});
    if (!query) {
        return query.error();
    }
    const int columns = query->record().count();
    QList<QVariantList> result;
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row.append(query->value(i));
        }
        result.append(row);
    }
    return result;
}

} // namespace

SnapshotSql::Rows SnapshotSql::deal(const Database& db, qint64 dealId)
{
    return rows(db,
                QStringLiteral("SELECT d.title, d.external_ref, a.name, d.amount_minor, d.currency, d.closed_on, "
                               "d.contract_start, d.term_months, d.products, u.name, d.go_live_target, "
                               "d.success_criteria, d.why_bought, d.known_risks FROM deals d "
                               "JOIN accounts a ON a.id = d.account_id JOIN users u ON u.id = d.sales_rep_id "
                               "WHERE d.id = ?"),
                dealId);
}

SnapshotSql::Rows SnapshotSql::answers(const Database& db, qint64 dealId)
{
    // A contact answer stores the contact's id as text. An item a deal field answers is the deal's (its stored answer,
    // from before the field answered it, is not read).
    return rows(db,
                QStringLiteral("SELECT i.key, i.label, a.value, COALESCE(c.name, a.value) FROM checklist_answers a "
                               "JOIN checklist_items i ON i.id = a.item_id LEFT JOIN contacts c "
                               "ON i.kind = 'contact' AND c.id = ") +
                    db.dialect().idFromText(QStringLiteral("a.value")) +
                    QStringLiteral(" WHERE a.deal_id = ? AND i.deal_field = '' AND trim(a.value) <> '' "
                                   "ORDER BY i.position, i.id"),
                dealId);
}

SnapshotSql::Rows SnapshotSql::contacts(const Database& db, qint64 dealId)
{
    return rows(db,
                QStringLiteral("SELECT dc.contact_id, c.name, dc.role FROM deal_contacts dc "
                               "JOIN contacts c ON c.id = dc.contact_id WHERE dc.deal_id = ? ORDER BY dc.id"),
                dealId);
}

SnapshotSql::Rows SnapshotSql::promises(const Database& db, qint64 dealId)
{
    return rows(db,
                QStringLiteral("SELECT p.id, p.kind, p.description, p.customer_words, p.due_on, c.name, p.feasibility, "
                               "p.justification, p.created_at FROM promises p "
                               "LEFT JOIN capabilities c ON c.id = p.capability_id "
                               "WHERE p.deal_id = ? ORDER BY p.id"),
                dealId);
}

SnapshotSql::Rows SnapshotSql::channels(const Database& db, qint64 dealId)
{
    return rows(db,
                QStringLiteral("SELECT channel, address, preferred FROM deal_channels WHERE deal_id = ? ORDER BY id"),
                dealId);
}

Result<QList<QByteArray>> SnapshotSql::newestTwoContents(const Database& db, qint64 dealId)
{
    auto query = db.exec(QStringLiteral("SELECT content FROM handoff_snapshots WHERE deal_id = ? "
                                        "ORDER BY submission_no DESC LIMIT 2"),
                         {dealId});
    if (!query) {
        return query.error();
    }
    QList<QByteArray> contents;
    while (query->next()) {
        contents.append(query->value(0).toString().toUtf8());
    }
    return contents;
}

Result<int> SnapshotSql::nextSubmissionNo(const Database& db, qint64 dealId)
{
    const auto previous = db.scalar(
        QStringLiteral("SELECT COALESCE(MAX(submission_no), 0) FROM handoff_snapshots WHERE deal_id = ?"), {dealId});
    if (!previous) {
        return previous.error();
    }
    return previous->toInt() + 1;
}

Result<qint64> SnapshotSql::insert(Database& db, const HandoffSnapshot& snapshot)
{
    auto inserted = db.exec(QStringLiteral("INSERT INTO handoff_snapshots (deal_id, submission_no, submitted_by, "
                                           "submitted_at, content) VALUES (?, ?, ?, ?, ?)"),
                            {snapshot.dealId, snapshot.submissionNo, sql::id(snapshot.submittedById),
                             sql::time(snapshot.submittedAt), QString::fromUtf8(snapshot.content)});
    if (!inserted) {
        return inserted.error();
    }
    return inserted->lastInsertId().toLongLong();
}

} // namespace handoff
