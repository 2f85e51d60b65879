#include "workflow/ContactService.h"

#include "model/Labels.h"
#include "model/UserText.h"
#include "storage/ContactSql.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/DealService.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace handoff {

namespace {

Contact trimmed(Contact contact)
{
    contact.name = contact.name.simplified();
    contact.title = contact.title.simplified();
    contact.email = contact.email.trimmed();
    contact.phone = contact.phone.simplified();
    contact.timeZone = contact.timeZone.trimmed();
    return contact;
}

QStringList messagesOf(const QList<ContactProblem>& problems)
{
    QStringList messages;
    for (const ContactProblem& problem : problems) {
        messages.append(problem.message);
    }
    return messages;
}

} // namespace

ContactService::ContactService(Database& db)
    : m_db(db)
{}

bool ContactService::looksLikeEmail(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"));
    return shape.match(text).hasMatch();
}

bool ContactService::looksLikePhone(const QString& text)
{
    // Digits with the separators people write between them, an optional leading + and an optional extension.
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./-]+((ext\\.?|x) ?[0-9]{1,6})?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(text).hasMatch()) {
        return false;
    }
    const auto digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= kFewestPhoneDigits && digits <= kMostPhoneDigits;
}

QList<ContactProblem> ContactService::problems(const Contact& given)
{
    const Contact contact = trimmed(given);
    QList<ContactProblem> found;
    if (contact.name.isEmpty()) {
        found.append({ContactField::Name, tr("Enter the person's name.")});
    }
    if (!contact.email.isEmpty() && !looksLikeEmail(contact.email)) {
        found.append({ContactField::Email,
                      tr("\"%1\" is not an email address; write it as name@example.com.").arg(contact.email)});
    }
    if (!contact.phone.isEmpty() && !looksLikePhone(contact.phone)) {
        found.append({ContactField::Phone, tr("\"%1\" is not a phone number; use %2 to %3 digits with + ( ) - . / "
                                              "or spaces between them, and \"ext\" before an extension.")
                                               .arg(contact.phone)
                                               .arg(kFewestPhoneDigits)
                                               .arg(kMostPhoneDigits)});
    }
    if (!contact.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(contact.timeZone.toUtf8())) {
        found.append({ContactField::TimeZone,
                      tr("\"%1\" is not a known time zone; use a name such as Europe/Berlin or America/New_York.")
                          .arg(contact.timeZone)});
    }
    // Said apart from the shape of email and phone: a NUL hides inside an address that otherwise looks right.
    for (const auto& [field, text, what] : {std::tuple{ContactField::Name, &contact.name, tr("The name")},
                                            std::tuple{ContactField::Title, &contact.title, tr("The job title")},
                                            std::tuple{ContactField::Email, &contact.email, tr("The email address")},
                                            std::tuple{ContactField::Phone, &contact.phone, tr("The phone number")}}) {
        if (const QString problem = UserText::controlProblem(*text, what); !problem.isEmpty()) {
            found.append({field, problem});
        }
    }
    return found;
}

QStringList ContactService::refusals(const User& actor, const Deal& deal)
{
    const QStringList editing = DealService::editRefusals(actor, deal);
    if (editing.isEmpty() || !actor.active || actor.role != Role::Support) {
        return editing;
    }
    // Once support owns the customer, it is support who hears that the billing contact left.
    if (deal.state == HandoffState::Accepted && deal.supportOwnerId == actor.id) {
        return {};
    }
    return {tr("Support changes a deal's contacts and channels only as the deal's owner, once it has accepted the "
               "handoff.")};
}

Result<QStringList> ContactService::refusals(const User& actor, qint64 dealId) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    return refusals(actor, *deal);
}

Result<Deal> ContactService::writableDeal(const User& actor, qint64 dealId, const QString& refused) const
{
    auto deal = DealStore(m_db).get(dealId);
    if (!deal) {
        return deal.error();
    }
    if (const QStringList reasons = refusals(actor, *deal); !reasons.isEmpty()) {
        return makeError(Error::Code::Forbidden, refused, reasons);
    }
    return deal;
}

Result<QList<DealContactRow>> ContactService::forDeal(qint64 dealId) const
{
    auto links = ContactSql::links(m_db, dealId);
    if (!links) {
        return links.error();
    }
    auto people = ContactSql::onDeal(m_db, dealId);
    if (!people) {
        return people.error();
    }
    QHash<qint64, Contact> byId;
    for (const Contact& contact : *people) {
        byId.insert(contact.id, contact);
    }
    QList<DealContactRow> rows;
    rows.reserve(links->size());
    for (const DealContact& link : *links) {
        rows.append({byId.value(link.contactId), link});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const DealContactRow& a, const DealContactRow& b) {
        if (a.link.role != b.link.role) {
            return a.link.role < b.link.role;
        }
        return QString::localeAwareCompare(a.contact.name, b.contact.name) < 0;
    });
    return rows;
}

Result<QList<Contact>> ContactService::linkable(qint64 dealId) const
{
    return ContactSql::linkable(m_db, dealId);
}

Result<DealContactRow> ContactService::linkContact(UnitOfWork& work, qint64 dealId, const Contact& contact,
                                                   ContactRole role)
{
    auto same = ContactSql::linksInRole(m_db, dealId, contact.id, toKey(role));
    if (!same) {
        return same.error();
    }
    if (!same->isEmpty()) {
        return makeError(Error::Code::Invalid, tr("%1 was not added to the deal.").arg(contact.name),
                         {tr("%1 is already the deal's %2.").arg(contact.name, Labels::inSentence(Labels::of(role)))});
    }
    auto link = DealContactStore(m_db).create(work, DealContact{0, 0, dealId, contact.id, role});
    if (!link) {
        return link.error();
    }
    return DealContactRow{contact, *link};
}

Result<DealContactRow> ContactService::addNew(const User& actor, qint64 dealId, const Contact& given, ContactRole role)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto deal = writableDeal(actor, dealId, tr("The contact was not added."));
    if (!deal) {
        return deal.error();
    }
    if (const auto found = problems(given); !found.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The contact was not added."), messagesOf(found));
    }
    Contact contact = trimmed(given);
    contact.id = 0;
    contact.accountId = deal->accountId;
    auto created = ContactStore(m_db).create(*work, contact);
    if (!created) {
        return created.error();
    }
    auto row = linkContact(*work, dealId, *created, role);
    if (!row) {
        return row.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return row;
}

Result<DealContactRow> ContactService::link(const User& actor, qint64 dealId, qint64 contactId, ContactRole role)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto deal = writableDeal(actor, dealId, tr("The contact was not added."));
    if (!deal) {
        return deal.error();
    }
    auto contact = ContactStore(m_db).get(contactId);
    if (!contact) {
        return contact.error();
    }
    if (contact->accountId != deal->accountId) {
        return makeError(Error::Code::Invalid, tr("%1 was not added to the deal.").arg(contact->name),
                         {tr("%1 works for another customer than the one of \"%2\".").arg(contact->name, deal->title)});
    }
    auto row = linkContact(*work, dealId, *contact, role);
    if (!row) {
        return row.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return row;
}

Result<Contact> ContactService::update(const User& actor, qint64 dealId, const Contact& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto stored = ContactStore(m_db).get(given.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->version != given.version) {
        return ContactStore(m_db).update(*work,
                                         given); // said before the rules, as DealService does: the store's conflict
    }
    auto deal = writableDeal(actor, dealId, tr("The contact was not changed."));
    if (!deal) {
        return deal.error();
    }
    auto onDeal = ContactSql::roleCount(m_db, dealId, given.id);
    if (!onDeal) {
        return onDeal.error();
    }
    if (*onDeal == 0) {
        return makeError(Error::Code::Invalid, tr("The contact was not changed."),
                         {tr("%1 is not on the deal \"%2\".").arg(stored->name, deal->title)});
    }
    if (const auto found = problems(given); !found.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The contact was not changed."), messagesOf(found));
    }
    Contact contact = trimmed(given);
    contact.accountId = stored->accountId;
    auto saved = ContactStore(m_db).update(*work, contact);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<DealContact> ContactService::setRole(const User& actor, const DealContact& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    DealContactStore links(m_db);
    auto stored = links.get(given.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->version != given.version) {
        return links.update(*work, given);
    }
    if (stored->role == given.role) {
        return stored;
    }
    if (auto deal = writableDeal(actor, stored->dealId, tr("The role was not changed.")); !deal) {
        return deal.error();
    }
    auto same = ContactSql::linksInRole(m_db, stored->dealId, stored->contactId, toKey(given.role));
    if (!same) {
        return same.error();
    }
    if (!same->isEmpty()) {
        auto contact = ContactStore(m_db).get(stored->contactId);
        const QString name = contact ? contact->name : QString::number(stored->contactId);
        return makeError(Error::Code::Invalid, tr("The role was not changed."),
                         {tr("%1 is already the deal's %2.").arg(name, Labels::inSentence(Labels::of(given.role)))});
    }
    DealContact link = *stored;
    link.role = given.role;
    auto saved = links.update(*work, link);
    if (!saved) {
        return saved.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<DealContactRow> ContactService::edit(const User& actor, const DealContactRow& row)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto contact = update(actor, row.link.dealId, row.contact);
    if (!contact) {
        return contact.error();
    }
    auto link = setRole(actor, row.link);
    if (!link) {
        return link.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return DealContactRow{*contact, *link};
}

Result<void> ContactService::unlink(const User& actor, const DealContact& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    DealContactStore links(m_db);
    auto stored = links.get(given.id);
    if (!stored) {
        return stored.error();
    }
    if (stored->version != given.version) {
        return links.remove(*work, given);
    }
    const QString refused = tr("The contact was not removed from the deal.");
    if (auto deal = writableDeal(actor, stored->dealId, refused); !deal) {
        return deal.error();
    }
    auto roles = ContactSql::roleCount(m_db, stored->dealId, stored->contactId);
    if (!roles) {
        return roles.error();
    }
    if (*roles == 1) {
        // A checklist answer naming someone who is no longer on the deal would send support to a stranger.
        auto named = ContactSql::answersNaming(m_db, stored->dealId, stored->contactId);
        if (!named) {
            return named.error();
        }
        QStringList reasons;
        for (const auto& [label, name] : *named) {
            reasons.append(
                tr("%1 is the answer to the checklist item \"%2\"; choose someone else there first.").arg(name, label));
        }
        if (!reasons.isEmpty()) {
            return makeError(Error::Code::Invalid, refused, reasons);
        }
    }
    if (auto removed = links.remove(*work, *stored); !removed) {
        return removed;
    }
    return work->commit();
}

} // namespace handoff
