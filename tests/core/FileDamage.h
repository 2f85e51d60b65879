#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

// Breaks the b-tree page that holds a table's last rows in a closed database file: far from the pages an open reads
// (the header, the schema and each table's first pages), so only a check of the whole file finds it. Returns the
// page's number, 0 when the table has no such page.
inline qint64 damageLastLeafOf(const QString& path, const char* table)
{
    sqlite3* raw = nullptr;
    sqlite3_stmt* statement = nullptr;
    qint64 page = 0;
    qint64 pageSize = 0;
    if (sqlite3_open(path.toUtf8().constData(), &raw) == SQLITE_OK &&
        sqlite3_prepare_v2(raw,
                           "SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat WHERE name = ?1 AND "
                           "pagetype = 'leaf' ORDER BY path DESC LIMIT 1",
                           -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW) {
        page = sqlite3_column_int64(statement, 0);
        pageSize = sqlite3_column_int64(statement, 1);
    }
    sqlite3_finalize(statement);
    sqlite3_close(raw);
    QFile file(path);
    if (page <= 1 || !file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize)) {
        return 0;
    }
    file.write(QByteArray(1, char(0x55))); // not a b-tree page type
    return page;
}
