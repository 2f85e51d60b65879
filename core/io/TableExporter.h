#pragma once

#include "Result.h"
#include "io/TableExportSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

class QIODevice;

namespace handoff {

class Database;

// Writes the deals, promises or fulfilment tasks of a database as CSV or JSON for spreadsheets and scripts.
//
// Both formats stream: rows are read in keyset pages (id > last id, in id order) and written page by page, so memory
// stays flat at any size. CSV is UTF-8 with a byte-order mark (spreadsheet programs otherwise guess a legacy
// encoding), CRLF line ends, a header of snake_case keys, text neutralised against formulas (see CsvWriter) and
// amounts as plain decimals in major units ("1234.50", "-12.50"). JSON is UTF-8 without a byte-order mark (RFC 8259):
// an array of objects with snake_case keys, enum values as their stable keys, dates ISO-8601, absent values null, and
// money both exactly as "amount_minor" and as the decimal number "amount".
class TableExporter {
    Q_DECLARE_TR_FUNCTIONS(TableExporter)

public:
    explicit TableExporter(const Database& db);

    // Rows written: at most limit of them, those with an id above after, in id order (so that a long table can be
    // taken in parts). The device must be open for writing; on an error what was written so far stays (callers that
    // write a file write to a temporary one and keep it only on success).
    Result<qint64> write(ExportTable table, ExportFormat format, QIODevice* out, qint64 after = 0,
                         qint64 limit = std::numeric_limits<qint64>::max()) const;

    // Rows per page; tests use small pages to cross page boundaries.
    void setPageSize(int rows) { m_pageSize = rows > 0 ? rows : 1; }

    // The CSV header of a table, in column order.
    static QStringList csvHeader(ExportTable table);

    // "deals", "promises", "tasks" as the command line names them, and back.
    static QString tableName(ExportTable table);
    static std::optional<ExportTable> tableFromName(const QString& name);

    // Minor units as a decimal in major units with '.', as many decimals as the currency has: 123450 USD is
    // "1234.50", -1250 USD "-12.50", 500 JPY "500".
    static QString decimalAmount(qint64 minor, const QString& currency);

private:
    const Database& m_db;
    int m_pageSize = 1000;
};

} // namespace handoff
