#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace handoff {

class Database;

// The metrics' figures kept up to date with every change (schema 8, see 0008_kept_figures.sql): what each deal adds
// (figure_parts) and the sums by day (figure_days), in the time zone of figure_state. Transaction::commit refreshes
// the deals a change touched (Database::touchDeal, called by every writer of audit rows) before it commits, so the
// sums never show a change that was not saved, nor miss one that was.
class KeptFigures {
    Q_DECLARE_TR_FUNCTIONS(KeptFigures)

public:
    // True when the figures may be read from the kept sums: they are built, for this program's time zone. Otherwise
    // the figures are counted from the rows (the same figures, at a cost that grows with the period).
    static Result<bool> usable(const Database& db);
    // Whether an audited change of this entity's field can move a figure. All can but the texts and details that no
    // figure reads; a field not named here counts as moving, so that a new one errs on the side of counting again.
    static bool moves(QStringView entity, QStringView field);
    // Takes the touched deals' old parts out of the sums and adds what they add now. Inside the change's transaction.
    static Result<void> refreshTouched(Database& db);
    // What refreshTouched runs once figure_scope holds the touched deals, in SQLite's dialect, without parameters
    // (for the benchmark's C API side).
    static QStringList refreshStatements();
    // Builds every part and sum again, for this program's time zone.
    static Result<void> rebuild(Database& db);
    // What differs between the kept figures and what the rows give now, in words (empty: nothing). Inside a
    // transaction, which it leaves unchanged but for temporary tables.
    static Result<QStringList> differences(Database& db);
    // The time zone the figures were built for; empty when they are not up to date.
    static Result<QString> zone(const Database& db);
};

} // namespace handoff
