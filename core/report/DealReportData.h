#pragma once

#include "Result.h"
#include "metrics/CsatScore.h"
#include "model/Capability.h"
#include "model/ChecklistAnswer.h"
#include "model/ChecklistItem.h"
#include "model/Deal.h"
#include "model/DealChannel.h"
#include "model/FulfilmentTask.h"
#include "model/Promise.h"
#include "model/User.h"
#include "workflow/ContactService.h"
#include "workflow/HistoryFormatter.h"

#include <QHash>
#include <QList>

#include <optional>

namespace handoff {

class Database;

// Everything the handoff report of one deal shows, read from one snapshot of the file.
struct DealReportData {
    Deal deal;
    QString account;
    QHash<qint64, User> users;
    QList<DealContactRow> contacts;
    QList<DealChannel> channels;
    QList<ChecklistItem> items;
    QHash<qint64, ChecklistAnswer> answers; // by item id
    QHash<qint64, Capability> capabilities;
    QList<Promise> promises;
    QList<FulfilmentTask> tasks;
    QList<HandoffEvent> events;
    std::optional<CsatScore> csat;
    QDate today; // the database's today: what is overdue

    static Result<DealReportData> read(Database& db, qint64 dealId);

    QString userName(qint64 id) const;
    QString contactName(qint64 contactId) const;
};

// The parts of the report, each a piece of HTML.
namespace dealreport {
QString titleBlock(const DealReportData& data);
QString people(const DealReportData& data);
QString story(const DealReportData& data);
QString checklist(const DealReportData& data);
QString promises(const DealReportData& data);
QString fulfilmentPlan(const DealReportData& data);
QString history(const DealReportData& data);
QString signOff(const DealReportData& data);
} // namespace dealreport

} // namespace handoff
