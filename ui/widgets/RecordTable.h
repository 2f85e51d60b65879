#pragma once

class QTableView;

namespace handoff::RecordTable {

// A read-only table of records the user picks one at a time: whole rows, alternating colours, one line a row, no row
// numbers. What differs between tables (column widths, stretching, the grid) stays with the caller.
void setUp(QTableView* table);

// The row the user has selected, or -1 when none is.
int selectedRow(const QTableView* table);

// Makes the row current and selected (at column, for the keyboard); clears the selection when row is negative.
void selectRow(QTableView* table, int row, int column);

} // namespace handoff::RecordTable
