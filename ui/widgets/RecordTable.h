#pragma once

class QString;
class QTableView;

namespace handoff::RecordTable {

// A read-only table of records the user picks one at a time: whole rows, alternating colours, one line a row, no row
// numbers. What differs between tables (column widths, stretching, the grid) stays with the caller.
void setUp(QTableView* table);

// The row the user has selected, or -1 when none is.
int selectedRow(const QTableView* table);

// Makes the row current and selected (at column, for the keyboard); clears the selection when row is negative.
void selectRow(QTableView* table, int row, int column);

// Sizes the columns by what they show, once, when the table first has rows (and again on its model's resets until
// then): each column as wide as its header and its widest cell among the first rows, at most maxCharacters
// characters; the stretch column takes what is left. The widths the user drags are kept under settingsKey and win
// from then on, in this table and the next one of its kind.
void fitColumns(QTableView* table, const QString& settingsKey, int stretchColumn, int maxCharacters = 40);

} // namespace handoff::RecordTable
