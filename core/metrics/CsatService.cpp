#include "metrics/CsatService.h"

#include "model/Labels.h"
#include "storage/AuditLog.h"
#include "storage/CsatSql.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace handoff {

namespace {

// What the audit row keeps of a score: enough to read an earlier score back after it was replaced.
QString auditText(const CsatScore& s)
{
    const QJsonObject object{{QStringLiteral("score"), s.score},
                             {QStringLiteral("rated_on"), s.ratedOn.toString(Qt::ISODate)},
                             {QStringLiteral("note"), s.note}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The role and state refusals: who may score the deal and whether it is fulfilled.
QStringList roleAndStateRefusals(const User& actor, const Deal& deal)
{
    QStringList reasons;
    const bool lead = actor.active && actor.role == Role::Lead;
    const bool owner = actor.active && actor.role == Role::Support && deal.supportOwnerId == actor.id;
    if (!lead && !owner) {
        reasons.append(CsatService::tr("Only the deal's support owner or a team lead can record the customer's "
                                       "satisfaction with \"%1\".")
                           .arg(deal.title));
    }
    if (deal.state != HandoffState::Fulfilled) {
        reasons.append(CsatService::tr("The handoff is \"%1\"; customer satisfaction is recorded once it is fulfilled.")
                           .arg(Labels::of(deal.state)));
    }
    return reasons;
}

} // namespace

CsatService::CsatService(Database& db)
    : m_db(db)
{}

QStringList CsatService::refusals(const User& actor, qint64 dealId) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return {deal.error().message};
    }
    return roleAndStateRefusals(actor, *deal);
}

Result<std::optional<CsatScore>> CsatService::forDeal(qint64 dealId) const
{
    return CsatSql::ofDeal(m_db, dealId);
}

Result<CsatScore> CsatService::record(const User& actor, qint64 dealId, int score, QDate ratedOn, const QString& note)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    const QString refused = tr("The customer's satisfaction with \"%1\" was not recorded.").arg(deal->title);
    const QStringList roleAndState = roleAndStateRefusals(actor, *deal);
    const bool lead = actor.active && actor.role == Role::Lead;
    const bool owner = actor.active && actor.role == Role::Support && deal->supportOwnerId == actor.id;
    if (!lead && !owner) {
        return makeError(Error::Code::Forbidden, refused, {roleAndState.constFirst()});
    }
    QStringList reasons = roleAndState;
    const QDate today = work->today();
    const QDate on = ratedOn.isValid() ? ratedOn : today;
    if (score < kMinScore || score > kMaxScore) {
        reasons.append(tr("A satisfaction score is a whole number from %1 to %2; %3 is not one.")
                           .arg(kMinScore)
                           .arg(kMaxScore)
                           .arg(score));
    }
    if (on > today) {
        reasons.append(tr("The score's date %1 is in the future.").arg(on.toString(Qt::ISODate)));
    } else if (deal->closedOn.isValid() && on < deal->closedOn) {
        reasons.append(tr("The score's date %1 is before the deal closed on %2.")
                           .arg(on.toString(Qt::ISODate), deal->closedOn.toString(Qt::ISODate)));
    }
    if (!reasons.isEmpty()) {
        return makeError(Error::Code::Invalid, refused, reasons);
    }

    auto existing = forDeal(dealId);
    if (!existing) {
        return existing.error();
    }
    CsatScore saved{0, 1, dealId, score, on, note.trimmed(), actor.id, work->now()};
    AuditEntry entry;
    entry.entity = QStringLiteral("csat_scores");
    entry.dealId = dealId;
    entry.newValue = auditText(saved);
    if (*existing) {
        const CsatScore& before = **existing;
        if (before.score == saved.score && before.ratedOn == saved.ratedOn && before.note == saved.note) {
            return before; // nothing changed: no audit rows about nothing
        }
        if (auto updated = CsatSql::replace(*work, before, saved); !updated) {
            return updated.error();
        }
        saved.id = before.id;
        saved.version = before.version + 1;
        entry.action = QStringLiteral("replace");
        entry.oldValue = auditText(before);
    } else {
        auto inserted = CsatSql::insert(*work, saved);
        if (!inserted) {
            return inserted.error();
        }
        saved.id = *inserted;
        entry.action = QStringLiteral("create");
    }
    entry.entityId = saved.id;
    if (auto logged = AuditLog::append(*work, entry); !logged) {
        return logged.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

} // namespace handoff
