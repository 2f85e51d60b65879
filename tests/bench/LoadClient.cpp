#include "LoadClient.h"

#include "storage/Database.h"
#include "workflow/CommentService.h"
#include "workflow/DealService.h"
#include "workflow/UserService.h"

#include <QRandomGenerator>

namespace handoff::bench {

namespace {

double msSince(LoadClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(LoadClock::now() - start).count();
}

} // namespace

void LoadClient::run(LoadLedger& ledger, LoadClock::time_point deadline) const
{
    Database db;
    if (auto opened = db.open(address); !opened) {
        ledger.failed(opened.error().fullText());
        return;
    }
    const qint64 pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()")).value().toLongLong();
    const auto actor = UserService(db).get(db.sessionPerson());
    if (db.sessionPerson() == 0 || !actor) {
        ledger.failed(QStringLiteral("%1 is no person of the team").arg(address));
        return;
    }
    QRandomGenerator random(seed);
    DealService dealService(db);
    CommentService comments(db);
    for (int n = 0; LoadClock::now() < deadline; ++n) {
        const qint64 dealId = role == Role::Sales ? ownDeal : deals.at(random.bounded(int(deals.size())));
        auto start = LoadClock::now();
        auto deal = dealService.get(dealId);
        if (!deal) {
            ledger.failed(deal.error().fullText());
            continue;
        }
        ledger.timed(QStringLiteral("read a deal"), msSince(start));
        start = LoadClock::now();
        if (role == Role::Support) {
            auto comment = comments.add(*actor, dealId, QStringLiteral("Load comment %1 of %2").arg(n).arg(pid));
            if (!comment) {
                ledger.failed(comment.error().fullText());
                continue;
            }
            ledger.acknowledged(pid, dealId, LoadClock::now());
            ledger.timed(QStringLiteral("comment on a deal"), msSince(start));
            ledger.commented(comment->id);
            continue;
        }
        deal->amountMinor += 1;
        auto saved = dealService.update(*actor, *deal);
        if (!saved) {
            if (saved.error().code == Error::Code::Conflict) {
                ledger.conflict(); // someone saved it first: read it again and retry
            } else {
                ledger.failed(saved.error().fullText());
            }
            continue;
        }
        ledger.acknowledged(pid, dealId, LoadClock::now());
        ledger.timed(QStringLiteral("raise a deal's amount"), msSince(start));
        ledger.raised(dealId);
    }
}

} // namespace handoff::bench
