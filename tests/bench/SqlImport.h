#pragma once

#include "ImportTiming.h"

#include <QString>

// The writes of an import of Handoff's own export done with SQL through the C API, as the yardstick for "the same
// work": the file loaded into a temporary table as the shell's .import does, then the accounts, sales reps, contacts,
// deals and contact links inserted set by set with INSERT ... SELECT, each with the audit entries the import writes
// (the created row as JSON), the non-unique indexes of deals, deal_contacts and audit_log dropped and built again at
// the end, all in one transaction, with the pragmas and page cache of Handoff's import. It reads the layout of
// `handoff export deals` only; amounts are decimal numbers and dates ISO, as that export writes them. Last, the new
// deals' kept figures, with the statements of KeptFigures.
struct SqlImport {
    bool audit = true;       // write the audit entries
    bool dealIndexes = true; // build the deals' non-unique indexes at the end (false: they stay dropped)
    bool keptFigures = true; // compute the new deals' kept figures, as Handoff's commit does (KeptFigures)

    // Runs it on a database that Handoff created (with its schema and a lead, actorId); the time after opening.
    Timing once(const QString& dbPath, const QString& csvPath, qint64 actorId) const;
};
