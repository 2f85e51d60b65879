#pragma once

#include "Result.h"
#include "io/CsvReader.h"
#include "io/ImportMapping.h"
#include "io/ImportValueParser.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

class QIODevice;

namespace handoff {

class Database;

struct ImportOptions {
    ImportMapping mapping;
    CsvOptions csv;
    DateOrder dateOrder = DateOrder::Detect;
    bool dryRun = false;
};

struct RejectedRow {
    qint64 line = 0; // physical line where the row starts; 0 when the file could not be read further
    QString reason;
};

// What an import did (or, in a dry run, would do). When any row is rejected nothing is imported: imported and
// updated are 0 and rejections lists every rejected row.
struct ImportSummary {
    qint64 imported = 0, updated = 0, skipped = 0, rejected = 0;
    QList<RejectedRow> rejections;
    qint64 milliseconds = 0;
    qint64 unchanged = 0; // rows whose deal already held what the file says
    qint64 accountsCreated = 0, usersCreated = 0, contactsCreated = 0;
    // How the file was read where it left something to Handoff (a deal name made up, say), for the user to know.
    QStringList notes;
};

// Brings closed-won deals from a CRM export (CSV) into Handoff as drafts ready for handoff, matching accounts,
// sales reps and contacts to those it already has and updating deals it imported before (by CRM reference).
class DealImporter {
    Q_DECLARE_TR_FUNCTIONS(DealImporter)

public:
    explicit DealImporter(Database& db);

    // One transaction: any rejected row (or a dry run, or cancel) rolls everything back and the summary lists
    // every rejected row with its line and reason. progress(bytesDone, bytesTotal) returns false to cancel.
    Result<ImportSummary> run(const User& actor, QIODevice* csv, const ImportOptions& options,
                              const std::function<bool(qint64, qint64)>& progress = {});

private:
    Database& m_db;
};

} // namespace handoff
