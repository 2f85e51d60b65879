#include "demo/DemoGenerator.h"

#include "demo/DemoDealBuilder.h"
#include "demo/DemoDice.h"
#include "demo/DemoPipeline.h"
#include "demo/DemoVocabulary.h"
#include "demo/DemoWorld.h"
#include "demo/DemoWriter.h"
#include "model/Capability.h"
#include "model/User.h"
#include "storage/Database.h"
#include "storage/DatabaseContents.h"
#include "storage/DeferredIndexes.h"
#include "storage/KeptFigures.h"
#include "storage/PragmaScope.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>

#include <algorithm>

namespace handoff {

namespace {

constexpr int kMaxDeals = 1000000;
constexpr int kProgressEvery = 250;
// Page cache for the run, per deal and at most. The run writes the rows in id order and builds the tables' other
// indexes only at its end (DeferredIndexes), so its pages are written once whatever the cache; a larger one saves
// little. At 100,000 deals: 168 s and 1.2 GB resident with the indexes grown row by row in a 1 GiB cache; 112 s
// with them built at the end in the same cache; 93-104 s and 300 MB in 128 MiB (all three through the write-ahead log,
// which RollbackJournalScope now spares the run: 57 s).
constexpr qint64 kCacheKiBPerDeal = 10;
constexpr qint64 kMinCacheKiB = 65536;
constexpr qint64 kMaxCacheKiB = 131072;
constexpr qint64 kFiguresCacheKiB = 8192;

Result<void> addStaff(DemoWriter& writer, DemoWorld& world)
{
    for (Role role : allValues<Role>()) {
        const auto names = DemoVocabulary::userNames(role);
        for (std::size_t i = 0; i < names.size(); ++i) {
            User user;
            user.name = QString::fromUtf8(names[i]);
            const QStringList parts = user.name.split(QLatin1Char(' '));
            user.email = DemoVocabulary::asciiFold(parts.first()) + u'.' + DemoVocabulary::asciiFold(parts.last()) +
                         QLatin1StringView("@handoff.example");
            user.role = role;
            // The last sales rep has left; the deals they closed stay theirs.
            user.active = !(role == Role::Sales && i + 1 == names.size());
            auto id = writer.user(user);
            if (!id) {
                return id.error();
            }
            if (role == Role::Sales) {
                (user.active ? world.sales.push_back(*id) : void(world.formerSales = *id));
            } else if (role == Role::Support) {
                world.support.push_back(*id);
            } else {
                world.leads.push_back(*id);
            }
        }
    }
    return {};
}

Result<void> addCatalog(DemoWriter& writer, DemoWorld& world)
{
    for (const DemoCapability& seed : DemoVocabulary::capabilities()) {
        Capability capability;
        capability.name = QString::fromUtf8(seed.name);
        capability.description = QString::fromUtf8(seed.description);
        capability.status = seed.status;
        capability.leadTimeDays = seed.leadTimeDays;
        auto id = writer.capability(capability);
        if (!id) {
            return id.error();
        }
        world.capabilities.push_back(DemoWorld::Capability{*id, &seed, capability.name});
    }
    return {};
}

Result<void> readChecklist(Database& db, DemoWorld& world)
{
    auto items = DatabaseContents::checklistInOrder(db);
    if (!items) {
        return items.error();
    }
    for (const ChecklistItem& stored : std::as_const(*items)) {
        if (stored.dealField != AnsweringField::None) {
            continue; // answered by the deal's own field, which every demo deal fills
        }
        DemoWorld::ChecklistItem item;
        item.id = stored.id;
        item.key = stored.key;
        item.kind = stored.kind;
        item.choices = stored.choices;
        item.required = stored.required;
        world.checklist.push_back(std::move(item));
    }
    return {};
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& options,
                                            const std::function<bool(qint64, qint64)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!db.isOpen()) {
        return makeError(Error::Code::Storage, tr("Cannot generate demo data: no database is open."));
    }
    if (options.deals < 1 || options.deals > kMaxDeals) {
        return makeError(
            Error::Code::Invalid,
            tr("Cannot generate %1 demo deals: choose a number from 1 to %2.").arg(options.deals).arg(kMaxDeals));
    }
    const struct {
        const char* table;
        const char* what;
    } mustBeEmpty[] = {
        {"deals", QT_TR_NOOP("deals")},
        {"accounts", QT_TR_NOOP("customer accounts")},
        {"capabilities", QT_TR_NOOP("capabilities in its catalog")},
    };
    for (const auto& [table, what] : mustBeEmpty) {
        auto found = DatabaseContents::hasRows(db, QLatin1StringView(table));
        if (!found) {
            return found.error();
        }
        if (*found) {
            return makeError(Error::Code::Invalid,
                             tr("Demo data goes only into an empty database, and '%1' already has %2. Create a new "
                                "database for the demo (for example with --database).")
                                 .arg(db.path(), tr(what)));
        }
    }

    DemoWorld world;
    world.today = options.today.isValid() ? options.today : db.today();

    const qint64 cacheKiB = std::clamp(options.deals * kCacheKiBPerDeal, kMinCacheKiB, kMaxCacheKiB);
    PragmaScope cache(db, "cache_size", -cacheKiB); // negative: KiB rather than pages
    // SQLite evaluates each CHECK (x IN ('a', 'b', ...)) of the schema by building a temporary index for every row,
    // which costs more than the insert, and looks up the row each foreign key names (8 % of the rows' time). Every
    // value written here is an enum key, a value the schema allows or the id of a row written before it, by
    // construction; tst_demogenerator copies generated rows into a database that enforces every CHECK and key.
    PragmaScope checks(db, "ignore_check_constraints", 1);
    PragmaScope keys(db, "foreign_keys", 0);
    RollbackJournalScope journal(db);
    auto transaction = Transaction::begin(db);
    if (!transaction) {
        return transaction.error();
    }
    // On a file the deals are made on a second thread, their rows taking their ids ahead (DemoPipeline); a server's
    // COPY takes its ids ahead itself, and the deals are made as they are written.
    const bool pipelined = !db.isServer() && !options.oneThread;
    auto writer = DemoWriter::prepare(db, pipelined);
    if (!writer) {
        return writer.error();
    }
    if (auto staffed = addStaff(*writer, world); !staffed) {
        return staffed.error();
    }
    if (auto cataloged = addCatalog(*writer, world); !cataloged) {
        return cataloged.error();
    }
    if (auto read = readChecklist(db, world); !read) {
        return read.error();
    }

    // Nothing reads the demo back while it is written: its tables' ordinary indexes are built once at the end, by
    // sorting, instead of growing row by row all over the page cache (as an import does; a server keeps its own).
    auto deferred =
        db.isServer()
            ? Result<DeferredIndexes>(DeferredIndexes())
            : DeferredIndexes::drop(
                  db, {QStringLiteral("contacts"), QStringLiteral("deals"), QStringLiteral("deal_contacts"),
                       QStringLiteral("deal_channels"), QStringLiteral("checklist_answers"), QStringLiteral("promises"),
                       QStringLiteral("tasks"), QStringLiteral("comments"), QStringLiteral("handoff_snapshots"),
                       QStringLiteral("audit_log"), QStringLiteral("csat_scores")});
    if (!deferred) {
        return deferred.error();
    }
    DemoDice dice(options.seed);
    const int total = options.deals;
    const Error cancelled =
        makeError(Error::Code::Cancelled, tr("Demo data generation was cancelled; the database was left unchanged."));
    const auto failure = [total](int index, const Error& error) {
        return makeError(error.code,
                         tr("Could not write demo deal %1 of %2; nothing was saved. %3")
                             .arg(index + 1)
                             .arg(total)
                             .arg(error.message),
                         error.details);
    };
    DemoSummary summary = writer->counts();
    if (pipelined) {
        auto made = DemoPipeline::run(db, *writer, dice, world, total, progress, cancelled, failure);
        if (!made) {
            return made.error();
        }
        summary.add(*made);
    } else {
        DemoDealBuilder builder(dice, *writer, world);
        for (int i = 0; i < total; ++i) {
            if (progress && i % kProgressEvery == 0 && !progress(i, total)) {
                return cancelled;
            }
            if (auto built = builder.build(i); !built) {
                return failure(i, built.error());
            }
        }
        if (progress && !progress(total, total)) {
            return cancelled;
        }
        summary = writer->counts();
    }
    if (auto finished = writer->finish(); !finished) {
        return finished.error();
    }
    // Building an index sorts in memory as large as the page cache, beside the cache itself; the rows are written,
    // so a smaller cache costs nothing from here on (at 100,000 deals: 296 MB at the peak instead of 306 MB).
    PragmaScope sortCache(db, "cache_size", -kMinCacheKiB);
    if (auto rebuilt = deferred->rebuild(); !rebuilt) {
        return rebuilt.error();
    }
    // Computing the kept figures sorts in memory that grows with the cache, several times over: at 1,000,000 deals
    // it raised the run's peak from 336 MB to 638 MB in a 64 MiB cache, and not at all in 8 MiB, in the same 138 s;
    // at 100,000, 11 s in either.
    PragmaScope figuresCache(db, "cache_size", -kFiguresCacheKiB);
    if (auto kept = KeptFigures::rebuild(db); !kept) {
        return kept.error();
    }
    if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace handoff
