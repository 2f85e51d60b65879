#pragma once

#include <QString>

struct sqlite3;

// What the sqlite3 shell's `.import FILE table` does for a table that does not exist: a table of TEXT columns named
// by the file's first record, then every other record inserted by one prepared statement, the fields split by a plain
// RFC 4180 loop (a short record is padded with empty fields). The caller holds the transaction. table may name a
// schema ("temp.raw"). False when the file cannot be read or a statement fails.
bool loadBareTable(sqlite3* db, const QString& csvPath, const char* table);
