#pragma once

#include "Result.h"
#include "model/Enums.h"
#include "storage/ExportSql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace handoff {

class Database;

// One line of the deal list as scripts see it.
using DealListEntry = ExportSql::DealLine;

// A deal as JSON for scripts and integrations (`handoff deal show --json`, `handoff deal list --json`):
// snake_case keys, enum values as their stable keys, dates ISO-8601, people as {name, email}, absent values null.
class DealJson {
    Q_DECLARE_TR_FUNCTIONS(DealJson)

public:
    explicit DealJson(Database& db);

    // The deal with its people, checklist completeness, contacts, channels, promises and tasks.
    Result<QJsonObject> deal(qint64 dealId) const;

    // The deals after afterId in id order, at most limit, optionally of one state. A keyset page: the list is read
    // page by page as it is written out, never held whole; an empty page is the end.
    Result<QList<DealListEntry>> listPage(std::optional<HandoffState> state, qint64 afterId, int limit) const;
    static QJsonObject toJson(const DealListEntry& entry);

private:
    Result<QJsonObject> checklist(qint64 dealId) const;
    Result<QJsonArray> contacts(qint64 dealId) const;
    Result<QJsonArray> channels(qint64 dealId) const;
    Result<QJsonArray> promises(qint64 dealId) const;
    Result<QJsonArray> tasks(qint64 dealId) const;
    QJsonValue person(qint64 userId) const;

    Database& m_db;
};

} // namespace handoff
