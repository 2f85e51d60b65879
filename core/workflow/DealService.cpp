#include "workflow/DealService.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>

#include <tuple>

namespace handoff {

namespace {

constexpr int kLongestTermMonths = 120;

} // namespace

DealService::DealService(Database& db)
    : m_db(db)
{}

QList<DealFieldProblem> DealService::problems(const QString& title, qint64 amountMinor, const QString& currency,
                                              QDate closedOn, QDate contractStart, int termMonths)
{
    QList<DealFieldProblem> found;
    if (title.trimmed().isEmpty()) {
        found.append({DealField::Title, tr("Enter a title for the deal.")});
    } else if (const QString problem = UserText::controlProblem(title.trimmed(), tr("The title")); !problem.isEmpty()) {
        found.append({DealField::Title, problem});
    }
    if (amountMinor < 0) {
        found.append({DealField::Amount, tr("The amount cannot be negative.")});
    }
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    if (!isoCode.match(currency).hasMatch()) {
        found.append({DealField::Currency, tr("The currency must be a three-letter ISO code such as USD or EUR.")});
    }
    if (!closedOn.isValid()) {
        found.append({DealField::ClosedOn, tr("Enter the date the deal was closed-won.")});
    }
    if (contractStart.isValid() && closedOn.isValid() && contractStart < closedOn.addYears(-1)) {
        found.append(
            {DealField::ContractStart, tr("The contract start is more than a year before the deal was closed.")});
    }
    if (termMonths < 1 || termMonths > kLongestTermMonths) {
        found.append({DealField::TermMonths, tr("The term must be between 1 and %1 months.").arg(kLongestTermMonths)});
    }
    return found;
}

QStringList DealService::textProblems(const Deal& deal)
{
    QStringList found;
    for (const auto& [text, what] :
         {std::pair{&deal.externalRef, tr("The CRM reference")}, std::pair{&deal.products, tr("The products or plan")},
          std::pair{&deal.whyBought, tr("The reason they bought")},
          std::pair{&deal.successCriteria, tr("The success criteria")},
          std::pair{&deal.knownRisks, tr("The known risks")}}) {
        if (const QString problem = UserText::controlProblem(*text, what); !problem.isEmpty()) {
            found.append(problem);
        }
    }
    return found;
}

QStringList DealService::editRefusals(const User& actor, const Deal& deal)
{
    if (!actor.active) {
        return {tr("%1's account is deactivated.").arg(actor.name)};
    }
    const bool open = deal.state != HandoffState::Fulfilled && deal.state != HandoffState::Cancelled;
    if (actor.role == Role::Lead) {
        return open ? QStringList()
                    : QStringList{tr("A %1 handoff is closed; its deal no longer changes.")
                                      .arg(Labels::inSentence(Labels::of(deal.state)))};
    }
    if (actor.role != Role::Sales || deal.salesRepId != actor.id) {
        return {tr("Only the deal's sales rep or a lead may edit the deal.")};
    }
    if (deal.state != HandoffState::Draft && deal.state != HandoffState::Returned) {
        return {tr("The handoff is %1: the sales rep edits it only while it is a draft or returned.")
                    .arg(Labels::inSentence(Labels::of(deal.state)))};
    }
    return {};
}

Result<Deal> DealService::get(qint64 dealId) const
{
    return DealStore(m_db).get(dealId);
}

Result<Deal> DealService::find(const QString& idOrReference) const
{
    const QString wanted = idOrReference.trimmed();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber && id > 0) {
        auto deal = DealStore(m_db).get(id);
        if (deal || deal.error().code != Error::Code::NotFound) {
            return deal;
        }
    }
    auto byReference = DealSql::withReference(m_db, wanted);
    if (!byReference) {
        return byReference.error();
    }
    if (byReference->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("No deal has the id or CRM reference '%1'.").arg(wanted));
    }
    return byReference->constFirst();
}

Result<QString> DealService::accountName(qint64 accountId) const
{
    auto account = AccountStore(m_db).get(accountId);
    if (!account) {
        return account.error();
    }
    return account->name;
}

Result<qint64> DealService::accountFor(UnitOfWork& work, const QString& name)
{
    auto found = DealSql::accountsNamed(m_db, name);
    if (!found) {
        return found.error();
    }
    if (!found->isEmpty()) {
        return found->first().id;
    }
    Account account;
    account.name = name;
    auto created = AccountStore(m_db).create(work, account);
    if (!created) {
        return created.error();
    }
    return created->id;
}

Result<QList<DealFieldProblem>> DealService::check(const User& actor, const NewDeal& draft) const
{
    QList<DealFieldProblem> found;
    if (draft.accountName.simplified().isEmpty()) {
        found.append({DealField::Account, tr("Enter the customer's account name.")});
    }
    for (const auto& [field, text, what] :
         {std::tuple{DealField::Account, draft.accountName.simplified(), tr("The account name")},
          std::tuple{DealField::ExternalRef, draft.externalRef.trimmed(), tr("The CRM reference")},
          std::tuple{DealField::Products, draft.products.trimmed(), tr("The products or plan")}}) {
        if (const QString problem = UserText::controlProblem(text, what); !problem.isEmpty()) {
            found.append({field, problem});
        }
    }
    found +=
        problems(draft.title, draft.amountMinor, draft.currency, draft.closedOn, draft.contractStart, draft.termMonths);
    const qint64 repId = actor.role == Role::Sales ? actor.id : draft.salesRepId;
    if (auto rep = UserStore(m_db).get(repId); !rep || rep->role != Role::Sales || !rep->active) {
        found.append({DealField::SalesRep, tr("Choose the sales rep who closed the deal.")});
    }
    const QString externalRef = draft.externalRef.trimmed();
    if (!externalRef.isEmpty()) {
        auto taken = DealSql::withReference(m_db, externalRef);
        if (!taken) {
            return taken.error();
        }
        if (!taken->isEmpty()) {
            found.append(
                {DealField::ExternalRef,
                 tr("Another deal (“%1”) already has the CRM reference %2.").arg(taken->first().title, externalRef)});
        }
    }
    return found;
}

Result<Deal> DealService::create(const User& actor, const NewDeal& draft)
{
    if (!actor.active || (actor.role != Role::Sales && actor.role != Role::Lead)) {
        return makeError(Error::Code::Forbidden, tr("Only sales reps and leads create deals."));
    }
    auto found = check(actor, draft);
    if (!found) {
        return found.error();
    }
    if (!found->isEmpty()) {
        QStringList texts;
        for (const DealFieldProblem& problem : *found) {
            texts.append(problem.text);
        }
        return makeError(Error::Code::Invalid, tr("The deal was not created."), texts);
    }
    const QString accountName = draft.accountName.simplified();
    const QString externalRef = draft.externalRef.trimmed();
    const qint64 repId = actor.role == Role::Sales ? actor.id : draft.salesRepId;

    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto accountId = accountFor(*work, accountName);
    if (!accountId) {
        return accountId.error();
    }
    Deal deal;
    deal.accountId = *accountId;
    deal.title = draft.title.trimmed();
    deal.externalRef = externalRef;
    deal.amountMinor = draft.amountMinor;
    deal.currency = draft.currency;
    deal.closedOn = draft.closedOn;
    deal.contractStart = draft.contractStart;
    deal.termMonths = draft.termMonths;
    deal.products = draft.products.trimmed();
    deal.salesRepId = repId;
    deal.state = HandoffState::Draft;
    deal.createdAt = work->now();
    auto created = DealStore(m_db).create(*work, deal);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

Result<Deal> DealService::update(const User& actor, const Deal& deal)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto stored = DealStore(m_db).get(deal.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->version != deal.version) {
        // Said before the rules: the other change may be the very transition that now forbids this edit.
        return DealStore(m_db).update(*work, deal);
    }
    if (const QStringList refusals = editRefusals(actor, *stored); !refusals.isEmpty()) {
        return makeError(Error::Code::Forbidden, tr("The deal was not changed."), refusals);
    }
    if (const auto found =
            problems(deal.title, deal.amountMinor, deal.currency, deal.closedOn, deal.contractStart, deal.termMonths);
        !found.isEmpty()) {
        QStringList texts;
        for (const DealFieldProblem& problem : found) {
            texts.append(problem.text);
        }
        return makeError(Error::Code::Invalid, tr("The deal was not changed."), texts);
    }
    if (const QStringList found = textProblems(deal); !found.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The deal was not changed."), found);
    }
    Deal edited = *stored;
    edited.title = deal.title.trimmed();
    edited.externalRef = deal.externalRef.trimmed();
    edited.amountMinor = deal.amountMinor;
    edited.currency = deal.currency;
    edited.closedOn = deal.closedOn;
    edited.contractStart = deal.contractStart;
    edited.termMonths = deal.termMonths;
    edited.products = deal.products;
    edited.goLiveTarget = deal.goLiveTarget;
    edited.successCriteria = deal.successCriteria;
    edited.whyBought = deal.whyBought;
    edited.knownRisks = deal.knownRisks;
    if (actor.role == Role::Lead) {
        edited.salesRepId = deal.salesRepId; // a lead may hand the deal to another rep
    }
    auto saved = DealStore(m_db).update(*work, edited);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

} // namespace handoff
