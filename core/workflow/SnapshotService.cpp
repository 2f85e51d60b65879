#include "workflow/SnapshotService.h"

#include "model/Labels.h"
#include "storage/SnapshotSql.h"
#include "storage/UnitOfWork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace handoff {

namespace {

// The layout of capture()'s JSON; diff() compares only snapshots of the same layout.
constexpr int kSnapshotFormat = 1;

QString text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Bool:
        return value.toBool() ? SnapshotService::tr("yes") : SnapshotService::tr("no");
    default:
        return QString();
    }
}

// Stable keys stay in the JSON; a person reads their display names.
template <typename E>
QString shownEnum(const QJsonValue& value)
{
    const auto parsed = fromKey<E>(value.toString());
    return parsed ? Labels::of(*parsed) : value.toString();
}

QString fieldLabel(const QString& key)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("SnapshotService", "Title")},
        {QStringLiteral("external_ref"), QT_TRANSLATE_NOOP("SnapshotService", "CRM reference")},
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("SnapshotService", "Account")},
        {QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("SnapshotService", "Amount")},
        {QStringLiteral("currency"), QT_TRANSLATE_NOOP("SnapshotService", "Currency")},
        {QStringLiteral("closed_on"), QT_TRANSLATE_NOOP("SnapshotService", "Closed on")},
        {QStringLiteral("contract_start"), QT_TRANSLATE_NOOP("SnapshotService", "Contract start")},
        {QStringLiteral("term_months"), QT_TRANSLATE_NOOP("SnapshotService", "Term in months")},
        {QStringLiteral("products"), QT_TRANSLATE_NOOP("SnapshotService", "Products")},
        {QStringLiteral("sales_rep"), QT_TRANSLATE_NOOP("SnapshotService", "Sales rep")},
        {QStringLiteral("go_live_target"), QT_TRANSLATE_NOOP("SnapshotService", "Go-live target")},
        {QStringLiteral("success_criteria"), QT_TRANSLATE_NOOP("SnapshotService", "Success criteria")},
        {QStringLiteral("why_bought"), QT_TRANSLATE_NOOP("SnapshotService", "Why they bought")},
        {QStringLiteral("known_risks"), QT_TRANSLATE_NOOP("SnapshotService", "Known risks")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("SnapshotService", "Kind")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("SnapshotService", "Description")},
        {QStringLiteral("customer_words"), QT_TRANSLATE_NOOP("SnapshotService", "Customer's words")},
        {QStringLiteral("due_on"), QT_TRANSLATE_NOOP("SnapshotService", "Due date")},
        {QStringLiteral("capability"), QT_TRANSLATE_NOOP("SnapshotService", "Capability")},
        {QStringLiteral("feasibility"), QT_TRANSLATE_NOOP("SnapshotService", "Feasibility")},
        {QStringLiteral("justification"), QT_TRANSLATE_NOOP("SnapshotService", "Justification")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("SnapshotService", "Address")},
        {QStringLiteral("preferred"), QT_TRANSLATE_NOOP("SnapshotService", "Preferred")},
    };
    const char* label = labels.value(key, nullptr);
    return label ? SnapshotService::tr(label) : key;
}

QString shown(const QString& key, const QJsonValue& value)
{
    if (key == QLatin1String("kind")) {
        return shownEnum<PromiseKind>(value);
    }
    if (key == QLatin1String("feasibility")) {
        return shownEnum<Feasibility>(value);
    }
    return text(value);
}

// Turns each row into a JSON object with the given keys, one per column.
Result<QJsonArray> named(const SnapshotSql::Rows& rows, const QStringList& keys)
{
    if (!rows) {
        return rows.error();
    }
    QJsonArray array;
    for (const QVariantList& row : *rows) {
        QJsonObject object;
        for (int i = 0; i < keys.size(); ++i) {
            object.insert(keys.at(i), QJsonValue::fromVariant(row.value(i)));
        }
        array.append(object);
    }
    return array;
}

QMap<QString, QJsonObject> byKey(const QJsonArray& array, const QStringList& keyFields)
{
    QMap<QString, QJsonObject> map;
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        QStringList parts;
        for (const QString& field : keyFields) {
            parts.append(text(object.value(field)));
        }
        map.insert(parts.join(QLatin1Char('/')), object);
    }
    return map;
}

QString contactText(const QJsonObject& contact)
{
    return SnapshotService::tr("%1 (%2)").arg(text(contact.value(QLatin1String("name"))),
                                              shownEnum<ContactRole>(contact.value(QLatin1String("role"))));
}

} // namespace

SnapshotService::SnapshotService(Database& db)
    : m_db(db)
{}

Result<QByteArray> SnapshotService::capture(qint64 dealId) const
{
    auto deal = named(SnapshotSql::deal(m_db, dealId),
                      QString::fromLatin1("title,external_ref,account,amount_minor,currency,closed_on,contract_start,"
                                          "term_months,products,sales_rep,go_live_target,success_criteria,why_bought,"
                                          "known_risks")
                          .split(QLatin1Char(',')));
    if (!deal) {
        return deal.error();
    }
    if (deal->isEmpty()) {
        return makeError(Error::Code::NotFound,
                         tr("There is no deal with id %1; it may have been deleted.").arg(dealId));
    }
    // A contact answer stores a contact id; the snapshot keeps the name too, so a diff reads as people.
    auto answers = named(SnapshotSql::answers(m_db, dealId), {QStringLiteral("key"), QStringLiteral("label"),
                                                              QStringLiteral("value"), QStringLiteral("shown")});
    auto contacts = named(SnapshotSql::contacts(m_db, dealId),
                          {QStringLiteral("contact_id"), QStringLiteral("name"), QStringLiteral("role")});
    auto promises =
        named(SnapshotSql::promises(m_db, dealId),
              QString::fromLatin1("id,kind,description,customer_words,due_on,capability,feasibility,justification,"
                                  "created_at")
                  .split(QLatin1Char(',')));
    auto channels = named(SnapshotSql::channels(m_db, dealId),
                          {QStringLiteral("channel"), QStringLiteral("address"), QStringLiteral("preferred")});
    for (const auto* part : {&answers, &contacts, &promises, &channels}) {
        if (!*part) {
            return part->error();
        }
    }
    QJsonObject checklist;
    for (const QJsonValue& answer : *answers) {
        QJsonObject object = answer.toObject();
        const QString key = object.take(QLatin1String("key")).toString();
        checklist.insert(key, object);
    }
    QJsonArray channelArray;
    for (const QJsonValue& channel : *channels) {
        QJsonObject object = channel.toObject();
        object.insert(QLatin1String("preferred"), object.value(QLatin1String("preferred")).toInteger() != 0);
        channelArray.append(object);
    }
    QJsonObject snapshot{{QStringLiteral("format"), kSnapshotFormat},
                         {QStringLiteral("deal_id"), dealId},
                         {QStringLiteral("deal"), deal->first().toObject()},
                         {QStringLiteral("checklist"), checklist},
                         {QStringLiteral("contacts"), *contacts},
                         {QStringLiteral("promises"), *promises},
                         {QStringLiteral("channels"), channelArray}};
    return QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
}

Result<QList<SnapshotChange>> SnapshotService::diff(const QByteArray& before, const QByteArray& after) const
{
    QJsonParseError error;
    const QJsonObject old = QJsonDocument::fromJson(before, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return makeError(Error::Code::Corrupt,
                         tr("A stored handoff snapshot cannot be read: %1").arg(error.errorString()));
    }
    const QJsonObject now = QJsonDocument::fromJson(after, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return makeError(Error::Code::Corrupt,
                         tr("A stored handoff snapshot cannot be read: %1").arg(error.errorString()));
    }
    QList<SnapshotChange> changes;
    // Snapshots of another layout (demo data, or a future version) cannot be compared field by field: saying nothing
    // beats showing support a list of changes nobody made.
    if (old.value(QLatin1String("format")) != now.value(QLatin1String("format")) ||
        now.value(QLatin1String("format")).toInt() != kSnapshotFormat) {
        return changes;
    }

    const QJsonObject oldDeal = old.value(QLatin1String("deal")).toObject();
    const QJsonObject newDeal = now.value(QLatin1String("deal")).toObject();
    for (const QString& key : newDeal.keys()) {
        if (oldDeal.value(key) != newDeal.value(key)) {
            changes.append(
                {QStringLiteral("deal"), fieldLabel(key), text(oldDeal.value(key)), text(newDeal.value(key))});
        }
    }

    const QJsonObject oldList = old.value(QLatin1String("checklist")).toObject();
    const QJsonObject newList = now.value(QLatin1String("checklist")).toObject();
    QStringList itemKeys = oldList.keys() + newList.keys();
    itemKeys.removeDuplicates();
    for (const QString& key : itemKeys) {
        const QJsonObject a = oldList.value(key).toObject();
        const QJsonObject b = newList.value(key).toObject();
        if (a.value(QLatin1String("value")) != b.value(QLatin1String("value"))) {
            const QString label = text(b.contains(QLatin1String("label")) ? b.value(QLatin1String("label"))
                                                                          : a.value(QLatin1String("label")));
            changes.append({QStringLiteral("checklist"), label, text(a.value(QLatin1String("shown"))),
                            text(b.value(QLatin1String("shown")))});
        }
    }

    // SQLite may give a deleted promise's id to the next new one; the creation time tells them apart.
    const QStringList promiseKey{QStringLiteral("id"), QStringLiteral("created_at")};
    const auto oldPromises = byKey(old.value(QLatin1String("promises")).toArray(), promiseKey);
    const auto newPromises = byKey(now.value(QLatin1String("promises")).toArray(), promiseKey);
    const QLatin1String description("description");
    for (auto it = newPromises.cbegin(); it != newPromises.cend(); ++it) {
        const QString name = text(it->value(description));
        if (!oldPromises.contains(it.key())) {
            changes.append({QStringLiteral("promise added"), name, QString(), name});
            continue;
        }
        const QJsonObject& was = oldPromises[it.key()];
        for (const QString& field : it->keys()) {
            if (was.value(field) != it->value(field)) {
                changes.append({QStringLiteral("promise changed"), tr("%1: %2").arg(name, fieldLabel(field)),
                                shown(field, was.value(field)), shown(field, it->value(field))});
            }
        }
    }
    for (auto it = oldPromises.cbegin(); it != oldPromises.cend(); ++it) {
        if (!newPromises.contains(it.key())) {
            changes.append({QStringLiteral("promise removed"), text(it->value(description)),
                            text(it->value(description)), QString()});
        }
    }

    const QStringList contactKey{QStringLiteral("contact_id"), QStringLiteral("role")};
    const auto oldContacts = byKey(old.value(QLatin1String("contacts")).toArray(), contactKey);
    const auto newContacts = byKey(now.value(QLatin1String("contacts")).toArray(), contactKey);
    for (auto it = newContacts.cbegin(); it != newContacts.cend(); ++it) {
        if (!oldContacts.contains(it.key())) {
            changes.append({QStringLiteral("contact added"), contactText(*it), QString(), contactText(*it)});
        }
    }
    for (auto it = oldContacts.cbegin(); it != oldContacts.cend(); ++it) {
        if (!newContacts.contains(it.key())) {
            changes.append({QStringLiteral("contact removed"), contactText(*it), contactText(*it), QString()});
        }
    }

    const QStringList channelKey{QStringLiteral("channel")};
    const auto oldChannels = byKey(old.value(QLatin1String("channels")).toArray(), channelKey);
    const auto newChannels = byKey(now.value(QLatin1String("channels")).toArray(), channelKey);
    for (auto it = newChannels.cbegin(); it != newChannels.cend(); ++it) {
        const QString name = shownEnum<Channel>(it->value(QLatin1String("channel")));
        if (!oldChannels.contains(it.key())) {
            changes.append(
                {QStringLiteral("channel added"), name, QString(), text(it->value(QLatin1String("address")))});
            continue;
        }
        const QJsonObject& was = oldChannels[it.key()];
        for (const QString& field : {QStringLiteral("address"), QStringLiteral("preferred")}) {
            if (was.value(field) != it->value(field)) {
                changes.append({QStringLiteral("channel changed"), tr("%1: %2").arg(name, fieldLabel(field)),
                                text(was.value(field)), text(it->value(field))});
            }
        }
    }
    for (auto it = oldChannels.cbegin(); it != oldChannels.cend(); ++it) {
        if (!newChannels.contains(it.key())) {
            changes.append({QStringLiteral("channel removed"), shownEnum<Channel>(it->value(QLatin1String("channel"))),
                            text(it->value(QLatin1String("address"))), QString()});
        }
    }
    return changes;
}

Result<QList<SnapshotChange>> SnapshotService::changesSinceLastSubmission(qint64 dealId) const
{
    const auto contents = SnapshotSql::newestTwoContents(m_db, dealId);
    if (!contents) {
        return contents.error();
    }
    if (contents->size() < 2) {
        return QList<SnapshotChange>();
    }
    return diff(contents->at(1), contents->at(0));
}

Result<HandoffSnapshot> SnapshotService::record(UnitOfWork& work, qint64 dealId)
{
    auto content = capture(dealId);
    if (!content) {
        return content.error();
    }
    const auto submissionNo = SnapshotSql::nextSubmissionNo(m_db, dealId);
    if (!submissionNo) {
        return submissionNo.error();
    }
    HandoffSnapshot snapshot{0, 1, dealId, *submissionNo, work.actorId(), work.now(), *content};
    const auto id = SnapshotSql::insert(m_db, snapshot);
    if (!id) {
        return id.error();
    }
    snapshot.id = *id;
    return snapshot;
}

} // namespace handoff
