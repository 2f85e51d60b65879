#pragma once

#include "demo/DemoDice.h"
#include "demo/DemoVocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <vector>

namespace handoff {

// What every demo deal needs to know about the rest of the demo database, and the clock it runs on.
struct DemoWorld {
    struct Capability {
        qint64 id = 0;
        const DemoCapability* seed = nullptr;
        QString name;
    };
    struct ChecklistItem {
        qint64 id = 0;
        QString key;
        ChecklistItemKind kind = ChecklistItemKind::Text;
        QStringList choices;
        bool required = false;
    };

    static constexpr qint64 kMinute = 60 * 1000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;

    QDate today;
    std::vector<qint64> sales; // active sales reps
    qint64 formerSales = 0;    // an inactive rep who still owns old deals
    std::vector<qint64> support;
    std::vector<qint64> leads;
    std::vector<Capability> capabilities;
    std::vector<ChecklistItem> checklist;

    // Times are milliseconds since the epoch, UTC. Nothing happens from the start of today on.
    qint64 now() const { return startOf(today); }
    static qint64 startOf(QDate day) { return QDate(1970, 1, 1).daysTo(day) * kDay; }
    static QDate dayOf(qint64 ms) { return QDate(1970, 1, 1).addDays(ms / kDay); }
    static QDateTime stamp(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); }

    qint64 anySupport(DemoDice& dice) const
    {
        return support[static_cast<std::size_t>(dice.below(int(support.size())))];
    }
    qint64 anyLead(DemoDice& dice) const { return leads[static_cast<std::size_t>(dice.below(int(leads.size())))]; }
};

// How one deal's handoff went: when it was created, submitted, returned (and why), accepted, fulfilled or
// cancelled, and by whom.
struct DemoStory {
    HandoffState state = HandoffState::Draft;
    HandoffState cancelledFrom = HandoffState::Draft; // the state a cancelled deal was in
    qint64 created = 0;
    std::vector<qint64> submits;
    std::vector<qint64> submitters;
    std::vector<qint64> returns;
    std::vector<qint64> returners;
    std::vector<ReturnReason> reasons;
    qint64 accepted = 0;
    qint64 fulfilled = 0;
    qint64 cancelled = 0;
    qint64 accepter = 0;
    qint64 canceller = 0;
    QString cancelReason;

    // The furthest the handoff got before any cancellation.
    HandoffState reached() const { return state == HandoffState::Cancelled ? cancelledFrom : state; }
    bool everSubmitted() const { return !submits.empty(); }
};

} // namespace handoff
