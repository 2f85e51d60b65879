#include "storage/DealImportStore.h"

#include "io/JsonObjectWriter.h"
#include "model/User.h"
#include "storage/Database.h"
#include "storage/SqlValue.h"
#include "storage/Stores.h"

#include <QSqlQuery>

namespace handoff {

namespace {

// Folds case as SQLite's NOCASE collation does: the ASCII letters only.
QString nocaseKey(const QString& text)
{
    QString key = text;
    for (QChar& c : key) {
        if (c.unicode() >= u'A' && c.unicode() <= u'Z') {
            c = QChar(char16_t(c.unicode() + (u'a' - u'A')));
        }
    }
    return key;
}

QString nameKey(const QString& name)
{
    return name.simplified().toCaseFolded();
}

QString dateText(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    if (date.year() < 1000 || date.year() > 9999) {
        return date.toString(Qt::ISODate);
    }
    // By hand: QDate::toString formats through a printf, and a re-import compares three dates a row.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    for (int i = 3; i >= 0; --i, year /= 10) {
        out[i] = QLatin1Char(char('0' + year % 10));
    }
    out[4] = out[7] = QLatin1Char('-');
    out[5] = QLatin1Char(char('0' + month / 10));
    out[6] = QLatin1Char(char('0' + month % 10));
    out[8] = QLatin1Char(char('0' + day / 10));
    out[9] = QLatin1Char(char('0' + day % 10));
    return text;
}

} // namespace

DealImportStore::DealImportStore(Database& db, const User& actor)
    : m_db(&db)
    , m_actorId(actor.id)
    , m_actorSells(actor.role == Role::Sales || actor.role == Role::Lead)
    , m_now(db.now())
    , m_nowText(m_now.toUTC().toString(Qt::ISODateWithMs))
    , m_writer(db)
{}

Result<DealImportStore> DealImportStore::open(Database& db, const User& actor, const QString& reason)
{
    DealImportStore store(db, actor);
    using L = QLatin1StringView;
    // In the order the rows refer to each other: a waiting row is written after what it names.
    auto added = store.m_writer.tables({
        {&store.m_insertAccount, L("accounts"), {L("name")}},
        {&store.m_insertUser, L("users"), {L("name"), L("email"), L("role"), L("active")}},
        {&store.m_insertContact, L("contacts"), {L("account_id"), L("name"), L("title"), L("email"), L("phone")}},
        {&store.m_insertDeal, L("deals"), EntityMapping<Deal>::spec().columns},
        {&store.m_link, L("deal_contacts"), {L("deal_id"), L("contact_id"), L("role")}},
    });
    if (!added) {
        return added.error();
    }
    const Dialect sql = db.dialect();
    const struct {
        std::unique_ptr<Statement>* statement;
        QString sql;
    } queries[] = {
        // email <> '' lets the engine use the partial index contacts_by_email.
        {&store.m_contactByEmail, QStringLiteral("SELECT id FROM contacts WHERE account_id = ? AND %1 AND email <> '' "
                                                 "ORDER BY id LIMIT 1")
                                      .arg(sql.equalsCaseless(QStringLiteral("email")))},
        {&store.m_contactByName,
         QStringLiteral("SELECT id FROM contacts WHERE account_id = ? AND %1 ORDER BY id LIMIT 1")
             .arg(sql.equalsCaseless(QStringLiteral("name")))},
        {&store.m_dealByRef, QStringLiteral("SELECT id FROM deals WHERE external_ref = ?1")},
        {&store.m_dealByUid, QStringLiteral("SELECT id FROM deals WHERE uid = ?1")},
        {&store.m_currentDeal,
         QStringLiteral("SELECT account_id, title, amount_minor, currency, closed_on, contract_start, term_months, "
                        "products, sales_rep_id, go_live_target, success_criteria, why_bought, known_risks FROM deals "
                        "WHERE id = ?1")},
        {&store.m_linked, QStringLiteral("SELECT 1 FROM deal_contacts WHERE deal_id = ?1 AND contact_id = ?2 LIMIT 1")},
    };
    for (const auto& [statement, text] : queries) {
        auto prepared = db.prepare(text);
        if (!prepared) {
            return prepared.error();
        }
        *statement = std::move(prepared).value();
    }
    auto audit = ImportAuditWriter::open(db, store.m_writer, store.m_now, actor.id, reason);
    if (!audit) {
        return audit.error();
    }
    store.m_audit = std::move(audit).value();
    // The same for every row of the import, and kept by the statements across rows.
    store.m_insertUser->bind(3, QLatin1StringView("sales"));
    store.m_insertUser->bind(4, 1);

    auto accounts = db.exec(QStringLiteral("SELECT id, name FROM accounts ORDER BY id DESC"));
    if (!accounts) {
        return accounts.error();
    }
    while (accounts->next()) { // newest first, so that of two names differing only in case the oldest wins
        store.m_accounts.insert(nameKey(accounts->value(1).toString()), accounts->value(0).toLongLong());
    }
    if (auto loaded = store.loadPeople(); !loaded) {
        return loaded.error();
    }
    if (store.m_writer.defers()) {
        auto keys = db.prepare(QStringLiteral("SELECT external_ref, uid, id FROM deals"));
        if (!keys) {
            return keys.error();
        }
        Statement& s = **keys;
        for (;;) {
            auto row = s.next();
            if (!row) {
                return row.error();
            }
            if (!*row) {
                break;
            }
            if (const QString ref = s.text(0); !ref.isEmpty()) {
                store.m_refs.insert(ref, s.int64(2));
            }
            store.m_uids.insert(s.text(1), s.int64(2));
        }
    }
    return store;
}

Result<void> DealImportStore::loadPeople()
{
    auto users = m_db->exec(QStringLiteral("SELECT id, name, email, role FROM users ORDER BY id DESC"));
    if (!users) {
        return users.error();
    }
    while (users->next()) {
        const qint64 id = users->value(0).toLongLong();
        const Role role = fromKey<Role>(users->value(3).toString()).value_or(Role::Support);
        m_usersByEmail.insert(users->value(2).toString().trimmed().toCaseFolded(), Person{id, role});
        if (role != Role::Support) {
            m_repsByName.insert(nameKey(users->value(1).toString()), id);
        }
    }
    return {};
}

Result<void> DealImportStore::audit(const char* action, const char* entity, qint64 entityId, qint64 dealId,
                                    const QString& field, const QString& oldValue, const QString& newValue)
{
    return m_audit.add(action, entity, entityId, dealId, field, oldValue, newValue);
}

Result<void> DealImportStore::finish()
{
    if (auto flushed = m_audit.flush(); !flushed) {
        return flushed;
    }
    return m_writer.finish();
}

Result<qint64> DealImportStore::account(const QString& name)
{
    const QString key = nameKey(name);
    if (const auto found = m_accounts.constFind(key); found != m_accounts.cend()) {
        return *found;
    }
    const QString stored = name.simplified();
    m_insertAccount->bind(1, stored);
    auto id = m_insertAccount->insert();
    if (!id) {
        return id.error();
    }
    JsonObjectWriter json(m_json);
    json.text("name", stored);
    json.text("website", {});
    json.text("industry", {});
    if (auto logged = audit("create", "accounts", *id, 0, {}, {}, json.close()); !logged) {
        return logged.error();
    }
    m_accounts.insert(key, *id);
    m_newAccounts.insert(*id);
    ++m_accountsCreated;
    return id;
}

QString DealImportStore::madeUpEmail(const QString& name) const
{
    // "María José Pérez" -> maria.jose.perez@imported.invalid: the accents dropped, the words joined by dots; the
    // reserved .invalid domain says it is not an address anyone reads and can never reach a real person.
    QString local;
    bool gap = false;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD)) {
        const char16_t u = c.toLower().unicode();
        if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) {
            if (gap && !local.isEmpty()) {
                local += QLatin1Char('.');
            }
            local += QChar(u);
            gap = false;
        } else if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            gap = true;
        }
    }
    if (local.isEmpty()) {
        local = QStringLiteral("sales.rep");
    }
    const QString domain = QStringLiteral("@imported.invalid");
    QString email = local + domain;
    for (int n = 2; m_usersByEmail.contains(email); ++n) {
        email = local + QLatin1Char('.') + QString::number(n) + domain;
    }
    return email;
}

Result<qint64> DealImportStore::salesRep(const QString& givenName, const QString& givenEmail, QString& problem)
{
    const QString name = givenName.simplified();
    const QString email = givenEmail.trimmed();
    if (name.isEmpty() && email.isEmpty()) {
        if (!m_actorSells) {
            problem = tr("it names no sales rep, and the importing user is not in sales");
            return qint64(0);
        }
        return m_actorId;
    }
    if (!email.isEmpty()) {
        const qsizetype at = email.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == email.size() - 1 || email.contains(QLatin1Char(' '))) {
            problem = tr("the sales rep's email '%1' is not an email address").arg(email);
            return qint64(0);
        }
        if (const auto found = m_usersByEmail.constFind(email.toCaseFolded()); found != m_usersByEmail.cend()) {
            if (found->role == Role::Support) {
                problem = tr("the sales rep %1 is a support user in Handoff, and support cannot own a deal").arg(email);
                return qint64(0);
            }
            return found->id;
        }
    } else if (const auto found = m_repsByName.constFind(nameKey(name)); found != m_repsByName.cend()) {
        return *found;
    }
    const QString storedName = name.isEmpty() ? email.left(email.indexOf(QLatin1Char('@'))) : name;
    const QString storedEmail = email.isEmpty() ? madeUpEmail(name) : email;
    m_insertUser->bind(1, storedName);
    m_insertUser->bind(2, storedEmail);
    auto id = m_insertUser->insert();
    if (!id) {
        return id.error();
    }
    JsonObjectWriter json(m_json);
    json.text("name", storedName);
    json.text("email", storedEmail);
    json.text("role", u"sales");
    json.number("active", 1);
    if (auto logged = audit("create", "users", *id, 0, {}, {}, json.close()); !logged) {
        return logged.error();
    }
    m_usersByEmail.insert(storedEmail.toCaseFolded(), Person{*id, Role::Sales});
    m_repsByName.insert(nameKey(storedName), *id);
    ++m_usersCreated;
    return id;
}

Result<qint64> DealImportStore::contact(qint64 accountId, const QString& name, const QString& email,
                                        const QString& phone, const QString& title)
{
    const bool newAccount = m_newAccounts.contains(accountId);
    const auto known = [&]() -> std::optional<qint64> {
        const auto& byKey = email.isEmpty() ? m_newContactsByName : m_newContactsByEmail;
        if (const auto contacts = byKey.constFind(accountId); contacts != byKey.cend()) {
            if (const auto found = contacts->constFind(nocaseKey(email.isEmpty() ? name : email));
                found != contacts->cend()) {
                return *found;
            }
        }
        return std::nullopt;
    };
    if (newAccount) {
        if (const auto found = known()) {
            return *found;
        }
    } else {
        Statement& find = email.isEmpty() ? *m_contactByName : *m_contactByEmail;
        find.bind(1, accountId);
        find.bind(2, email.isEmpty() ? name : email);
        auto row = find.next();
        if (!row) {
            return row.error();
        }
        if (*row) {
            const qint64 id = find.int64(0);
            find.reset();
            return id;
        }
        find.reset();
        // Contacts waiting in the writer come after every stored one, as their ids do.
        if (const auto found = m_writer.defers() ? known() : std::nullopt) {
            return *found;
        }
    }
    const QString storedName = name.isEmpty() ? email : name;
    Statement& s = *m_insertContact;
    s.bind(1, accountId);
    s.bind(2, storedName);
    s.bind(3, title);
    s.bind(4, email);
    s.bind(5, phone);
    auto id = s.insert();
    if (!id) {
        return id.error();
    }
    JsonObjectWriter json(m_json);
    json.number("account_id", accountId);
    json.text("name", storedName);
    json.text("title", title);
    json.text("email", email);
    json.text("phone", phone);
    json.text("preferred_channel", u"email");
    json.text("time_zone", {});
    if (auto logged = audit("create", "contacts", *id, 0, {}, {}, json.close()); !logged) {
        return logged.error();
    }
    if (newAccount || m_writer.defers()) {
        // The first contact of a name or email is the one the queries would find (they take the lowest id).
        if (!email.isEmpty()) {
            m_newContactsByEmail[accountId].insert(nocaseKey(email), *id);
        }
        QHash<QString, qint64>& names = m_newContactsByName[accountId];
        if (const QString key = nocaseKey(storedName); !names.contains(key)) {
            names.insert(key, *id);
        }
    }
    ++m_contactsCreated;
    return id;
}

Result<void> DealImportStore::link(qint64 dealId, qint64 contactId, ContactRole role, bool newDeal)
{
    // A deal created by this import has no contacts yet. Another is looked at first: a re-import finds nearly every
    // link there already, and a read costs less than an insert that turns out to have nothing to write.
    if (!newDeal) {
        if (m_createdLinks.contains({dealId, contactId})) {
            return {};
        }
        m_linked->bind(1, dealId);
        m_linked->bind(2, contactId);
        auto found = m_linked->next();
        m_linked->reset();
        if (!found) {
            return found.error();
        }
        if (*found) {
            return {};
        }
    }
    Statement& s = *m_link;
    s.bind(1, dealId);
    s.bind(2, contactId);
    s.bind(3, QLatin1StringView(EnumKeys<ContactRole>::keys[static_cast<std::size_t>(role)]));
    auto id = s.insert();
    if (!id) {
        return id.error();
    }
    JsonObjectWriter json(m_json);
    json.number("deal_id", dealId);
    json.number("contact_id", contactId);
    json.text("role", toKey(role));
    if (m_writer.defers()) {
        m_createdLinks.insert({dealId, contactId});
    }
    return audit("create", "deal_contacts", *id, dealId, {}, {}, json.close());
}

Result<std::optional<qint64>> DealImportStore::findDeal(const ImportedDeal& deal)
{
    if (!deal.uid.isEmpty()) {
        auto byUid = findDealBy(*m_dealByUid, m_uids, deal.uid);
        if (!byUid || *byUid) {
            return byUid;
        }
    }
    if (!deal.externalRef.isEmpty()) {
        return findDealBy(*m_dealByRef, m_refs, deal.externalRef);
    }
    return std::optional<qint64>();
}

Result<std::optional<qint64>> DealImportStore::findDealBy(Statement& statement, const QHash<QString, qint64>& known,
                                                          const QString& key)
{
    if (m_writer.defers()) {
        // A deal this import created may still wait in the writer; a second row of the file changes it, which reads
        // it first.
        if (m_waitingKeys.contains(key)) {
            if (auto flushed = m_audit.flush(); !flushed) {
                return flushed.error();
            }
            if (auto flushed = m_writer.flush(); !flushed) {
                return flushed.error();
            }
            m_waitingKeys.clear();
            m_createdLinks.clear();
        }
        const auto found = known.constFind(key);
        return found == known.cend() ? std::optional<qint64>() : std::optional<qint64>(*found);
    }
    statement.bind(1, key);
    auto row = statement.next();
    if (!row) {
        return row.error();
    }
    std::optional<qint64> id;
    if (*row) {
        id = statement.int64(0);
    }
    statement.reset();
    return id;
}

Result<qint64> DealImportStore::createDeal(const ImportedDeal& d)
{
    Deal deal;
    deal.accountId = d.accountId;
    deal.title = d.title;
    deal.externalRef = d.externalRef;
    deal.amountMinor = d.amountMinor;
    deal.currency = d.currency;
    deal.closedOn = d.closedOn;
    deal.contractStart = d.contractStart;
    deal.termMonths = d.termMonths;
    deal.products = d.products;
    deal.salesRepId = d.salesRepId;
    deal.goLiveTarget = d.goLiveTarget;
    deal.successCriteria = d.successCriteria;
    deal.whyBought = d.whyBought;
    deal.knownRisks = d.knownRisks;
    deal.state = HandoffState::Draft;
    deal.createdAt = m_now;
    deal.uid = d.uid.isEmpty() ? RowStore::newUid() : d.uid;
    EntityMapping<Deal>::bind(*m_insertDeal, deal);
    auto id = m_insertDeal->insert();
    if (!id) {
        return id.error();
    }
    // The same object RowStore records for a created deal, so that the history reads it the same way.
    JsonObjectWriter json(m_json);
    json.number("account_id", d.accountId);
    json.text("title", d.title);
    d.externalRef.isEmpty() ? json.null("external_ref") : json.text("external_ref", d.externalRef);
    json.number("amount_minor", d.amountMinor);
    json.text("currency", d.currency);
    json.date("closed_on", d.closedOn);
    json.date("contract_start", d.contractStart);
    json.number("term_months", d.termMonths);
    json.text("products", d.products);
    json.number("sales_rep_id", d.salesRepId);
    json.null("support_owner_id");
    json.date("go_live_target", d.goLiveTarget);
    json.text("success_criteria", d.successCriteria);
    json.text("why_bought", d.whyBought);
    json.text("known_risks", d.knownRisks);
    json.text("state", u"draft");
    json.text("created_at", m_nowText);
    json.null("submitted_at");
    json.null("accepted_at");
    json.text("uid", deal.uid);
    if (auto logged = audit("create", "deals", *id, *id, {}, {}, json.close()); !logged) {
        return logged.error();
    }
    if (m_writer.defers()) {
        if (!d.externalRef.isEmpty()) {
            m_refs.insert(d.externalRef, *id);
            m_waitingKeys.insert(d.externalRef);
        }
        m_uids.insert(deal.uid, *id);
        m_waitingKeys.insert(deal.uid);
    }
    return id;
}

Result<bool> DealImportStore::updateDeal(qint64 dealId, const ImportedDeal& d)
{
    Statement& q = *m_currentDeal;
    q.bind(1, dealId);
    auto current = q.next();
    if (!current) {
        return current.error();
    }
    if (!*current) {
        q.reset();
        return makeError(Error::Code::NotFound, tr("The deal %1 disappeared during the import.").arg(dealId));
    }
    // Column names come from this list, never from the file.
    const struct {
        const char* column;
        bool present;
        QString now; // null for NULL
        bool nullable = false;
    } fields[] = {
        {"account_id", true, QString::number(d.accountId)},
        {"title", true, d.title},
        {"amount_minor", d.present.amount, QString::number(d.amountMinor)},
        {"currency", d.present.currency, d.currency},
        {"closed_on", true, dateText(d.closedOn)},
        {"contract_start", d.present.contractStart, dateText(d.contractStart), true},
        {"term_months", d.present.termMonths, QString::number(d.termMonths)},
        {"products", d.present.products, d.products},
        {"sales_rep_id", d.present.salesRep, QString::number(d.salesRepId)},
        {"go_live_target", d.present.goLiveTarget, dateText(d.goLiveTarget), true},
        {"success_criteria", d.present.successCriteria, d.successCriteria},
        {"why_bought", d.present.whyBought, d.whyBought},
        {"known_risks", d.present.knownRisks, d.knownRisks},
    };
    QStringList assignments;
    QVariantList values;
    QList<std::pair<int, QString>> changed; // field index, old value
    for (int i = 0; i < int(std::size(fields)); ++i) {
        const QString old = q.isNull(i) ? QString() : q.text(i);
        const bool same = old == fields[i].now && (!fields[i].nullable || old.isNull() == fields[i].now.isNull());
        if (!fields[i].present || same) {
            continue;
        }
        assignments.append(QLatin1StringView(fields[i].column) + QLatin1String(" = ?"));
        values.append(fields[i].nullable && fields[i].now.isNull() ? QVariant() : QVariant(fields[i].now));
        changed.append({i, old});
    }
    q.reset();
    if (changed.isEmpty()) {
        return false;
    }
    values.append(dealId);
    auto updated = m_db->exec(QStringLiteral("UPDATE deals SET ") + assignments.join(QStringLiteral(", ")) +
                                  QStringLiteral(", version = version + 1 WHERE id = ?"),
                              values);
    if (!updated) {
        return updated.error();
    }
    for (const auto& [i, old] : std::as_const(changed)) {
        if (auto logged = audit("update", "deals", dealId, dealId, QLatin1StringView(fields[i].column), old,
                                fields[i].nullable || !fields[i].now.isNull() ? fields[i].now : QStringLiteral(""));
            !logged) {
            return logged.error();
        }
    }
    return true;
}

} // namespace handoff
