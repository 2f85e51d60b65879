#include "io/DealImporter.h"

#include "io/ImportRowReader.h"
#include "storage/Database.h"
#include "storage/DealImportStore.h"
#include "storage/DeferredIndexes.h"
#include "storage/PragmaScope.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace handoff {

namespace {

// Rows between two progress reports: often enough for a smooth bar, rarely enough to cost nothing.
constexpr qint64 kProgressEvery = 1024;

// Page cache for the import: one that holds the pages the import writes lets SQLite write each page once, at commit;
// a smaller one spills pages to the WAL mid-import and reads and writes them again. The database grows by about
// five times the CSV's size (a file of Handoff's own export grew 5.3 times: the deals with their indexes, and an audit
// entry with the row as JSON for every row created); the cache is bounded so that memory does not grow with the file
// beyond it.
constexpr qint64 kCacheGrowth = 6;
constexpr qint64 kMinCacheKiB = 16 * 1024;
constexpr qint64 kMaxCacheKiB = 512 * 1024;

// Rows read before the import judges from the share of the file they took, and from how many of them made new deals,
// whether it adds enough to leave the ordinary indexes out until the end (a small file never does).
constexpr qint64 kJudgeSizeAfter = 2048;

// A row read before the file showed how its slash dates are ordered: it waits for the first row that shows it.
struct WaitingRow {
    qint64 line = 0;
    QStringList fields;
};

// The state of one run, so that each row's steps can share it.
class ImportRun {
    Q_DECLARE_TR_FUNCTIONS(DealImporter)

public:
    ImportRun(DealImportStore& store, ImportRowReader& rows, ImportSummary& summary)
        : m_store(store)
        , m_rows(rows)
        , m_summary(summary)
    {}

    // Imports one won row; a problem with the row is a rejection, a failure of the database an error.
    Result<void> importRow(qint64 line, const QStringList& fields)
    {
        ImportRowReader::Row row = m_rows.read(fields, line);
        if (row.problems.isEmpty()) {
            QString problem;
            auto rep = m_store.salesRep(row.repName, row.repEmail, problem);
            if (!rep) {
                return rep.error();
            }
            if (!problem.isEmpty()) {
                row.problems.append(problem);
            }
            row.deal.salesRepId = *rep;
        }
        if (!row.problems.isEmpty()) {
            reject(line, row.problems.join(QStringLiteral("; ")));
            return {};
        }
        auto account = m_store.account(row.account);
        if (!account) {
            return account.error();
        }
        row.deal.accountId = *account;

        qint64 dealId = 0;
        auto found = m_store.findDeal(row.deal);
        if (!found) {
            return found.error();
        }
        const std::optional<qint64> existing = *found;
        if (existing) {
            dealId = *existing;
            auto changed = m_store.updateDeal(dealId, row.deal);
            if (!changed) {
                return changed.error();
            }
            ++(*changed ? m_summary.updated : m_summary.unchanged);
        } else {
            auto created = m_store.createDeal(row.deal);
            if (!created) {
                return created.error();
            }
            dealId = *created;
            ++m_summary.imported;
        }
        if (row.contactName.isEmpty() && row.contactEmail.isEmpty()) {
            return {};
        }
        auto contact =
            m_store.contact(row.deal.accountId, row.contactName, row.contactEmail, row.contactPhone, row.contactTitle);
        if (!contact) {
            return contact.error();
        }
        return m_store.link(dealId, *contact, row.contactRole, !existing);
    }

    void reject(qint64 line, const QString& reason)
    {
        ++m_summary.rejected;
        m_summary.rejections.append(RejectedRow{line, reason});
    }

    // Rows that waited for the date order, once it is known (or the file ended without telling).
    Result<void> importWaiting()
    {
        for (const WaitingRow& row : std::as_const(m_waiting)) {
            if (auto done = importRow(row.line, row.fields); !done) {
                return done;
            }
        }
        m_waiting.clear();
        return {};
    }

    QList<WaitingRow> m_waiting;

private:
    DealImportStore& m_store;
    ImportRowReader& m_rows;
    ImportSummary& m_summary;
};

// Rejections by line; the file's own error (line 0: it could not be read further) comes last, where it stopped.
qint64 order(const RejectedRow& row)
{
    return row.line > 0 ? row.line : std::numeric_limits<qint64>::max();
}

QString reasonFor(QIODevice* csv)
{
    if (const auto* file = qobject_cast<QFile*>(csv); file && !file->fileName().isEmpty()) {
        return DealImporter::tr("imported from %1").arg(QFileInfo(file->fileName()).fileName());
    }
    return DealImporter::tr("imported");
}

} // namespace

DealImporter::DealImporter(Database& db)
    : m_db(db)
{}

Result<ImportSummary> DealImporter::run(const User& actor, QIODevice* csv, const ImportOptions& options,
                                        const std::function<bool(qint64, qint64)>& progress)
{
    QElapsedTimer timer;
    timer.start();
    if (!actor.active || actor.role == Role::Support) {
        return makeError(Error::Code::Forbidden,
                         tr("%1 cannot import deals: only an active sales rep or team lead can.").arg(actor.name));
    }
    if (!csv || !csv->isReadable()) {
        return makeError(Error::Code::Invalid, tr("The file to import is not open for reading."));
    }
    const qint64 total = csv->isSequential() ? 0 : csv->size();
    CsvReader reader(csv, options.csv);
    QStringList header;
    if (!reader.next(header)) {
        if (const auto error = reader.error()) {
            return *error;
        }
        return makeError(Error::Code::Invalid, tr("The file is empty: an export starts with a line of column names."));
    }
    auto columns = options.mapping.resolve(header);
    if (!columns) {
        return columns.error();
    }
    const qint64 cacheKiB = std::clamp(total * kCacheGrowth / 1024, kMinCacheKiB, kMaxCacheKiB);
    PragmaScope cache(m_db, "cache_size", -cacheKiB); // negative: KiB rather than pages
    auto transaction = Transaction::begin(m_db);
    if (!transaction) {
        return transaction.error();
    }
    auto store = DealImportStore::open(m_db, actor, reasonFor(csv));
    if (!store) {
        return store.error();
    }
    ImportSummary summary;
    ImportRowReader rows(*columns, options.mapping.wonStages, options.dateOrder, options.mapping.contactLists);
    ImportRun run(*store, rows, summary);
    if (rows.namesDeals()) {
        summary.notes.append(tr("No column gives the deals' names: each deal is named after its account and products, "
                                "such as \"%1\".")
                                 .arg(ImportRowReader::namedAfter(QStringLiteral("Acme"), QStringLiteral("Starter"))));
    }
    const qsizetype width = header.size();
    QStringList fields;
    qint64 count = 0;
    DeferredIndexes deferred;
    while (reader.next(fields)) {
        const qint64 line = reader.recordLine();
        ++count;
        if (progress && count % kProgressEvery == 0 && !progress(reader.bytesConsumed(), total)) {
            return makeError(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
        }
        if (count == kJudgeSizeAfter && total > 0 && reader.bytesConsumed() > 0) {
            // The rows read so far that made new deals, scaled to the whole file.
            auto dropped = DeferredIndexes::forImport(m_db, summary.imported * total / reader.bytesConsumed());
            if (!dropped) {
                return dropped.error();
            }
            deferred = std::move(dropped).value();
        }
        if (fields.size() != width) {
            run.reject(line, tr("the row has %1 fields but the header has %2").arg(fields.size()).arg(width));
            continue;
        }
        if (const qint64 invalid = reader.invalidCharacters(); invalid > 0) {
            run.reject(line, tr("the row holds %1 characters that are not UTF-8; save the file as UTF-8, or choose "
                                "the encoding it was saved in (windows-1252 or latin-1)")
                                 .arg(invalid));
            continue;
        }
        const bool conflicted = rows.hasConflictingDates();
        const bool decided = rows.noteDateOrder(fields, line);
        if (!conflicted && rows.hasConflictingDates()) {
            for (const qint64 inferred : rows.takeInferredLines()) {
                run.reject(inferred, rows.conflictReason());
            }
        }
        if (!rows.isWon(fields)) {
            ++summary.skipped;
        } else if (rows.waitsForDateOrder(fields)) {
            run.m_waiting.append(WaitingRow{line, fields});
        } else if (auto done = run.importRow(line, fields); !done) {
            return done.error();
        }
        if (decided) {
            if (auto done = run.importWaiting(); !done) {
                return done.error();
            }
        }
    }
    if (const auto error = reader.error()) {
        run.reject(0, error->message);
    }
    if (auto done = run.importWaiting(); !done) {
        return done.error();
    }
    if (progress && !progress(reader.bytesConsumed(), total)) {
        return makeError(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
    }
    std::sort(summary.rejections.begin(), summary.rejections.end(),
              [](const RejectedRow& a, const RejectedRow& b) { return order(a) < order(b); });
    if (summary.rejected == 0) {
        if (auto finished = store->finish(); !finished) {
            return finished.error();
        }
        // A dry run rolls back, which brings the indexes back as they were without building them.
        if (!options.dryRun) {
            if (auto rebuilt = deferred.rebuild(); !rebuilt) {
                return rebuilt.error();
            }
        }
    }
    if (summary.rejected > 0) {
        summary.imported = 0;
        summary.updated = 0;
        summary.unchanged = 0;
    } else {
        if (rows.splitsContacts()) {
            summary.notes.append(tr("Contact cells are read as lists of people such as \"Jane Doe (jane@acme.com); "
                                    "Bo Li (bo@acme.com)\": the first person of each is imported, the email in "
                                    "brackets apart from the name."));
        }
        if (rows.rowsWithMoreContacts() > 0) {
            summary.notes.append(tr("Rows whose contact cell named more than one person: %1; the first person of each "
                                    "was imported.")
                                     .arg(rows.rowsWithMoreContacts()));
        }
        summary.accountsCreated = store->accountsCreated();
        summary.usersCreated = store->usersCreated();
        summary.contactsCreated = store->contactsCreated();
    }
    if (summary.rejected > 0 || options.dryRun) {
        transaction->rollback();
    } else if (auto committed = transaction->commit(); !committed) {
        return committed.error();
    }
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace handoff
