#pragma once

#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace handoff {

enum class ExportTable { Deals, Promises, Tasks };
enum class ExportFormat { Csv, Json };

// How one value of an exported row is read from the query and written out.
struct ExportColumn {
    enum class Kind {
        Text,    // text typed by a person, an enum key or an ISO date; SQL NULL is an empty cell or JSON null
        Integer, // a whole number Handoff counts (id, term); SQL NULL is an empty cell or JSON null
        Money,   // minor units at sqlColumn, the currency at currencyColumn: "amount" as a decimal in major units
    };
    QLatin1StringView key; // the CSV header and the JSON key, snake_case
    Kind kind = Kind::Text;
    int sqlColumn = 0;
    int currencyColumn = -1;
    bool inCsv = true;
    bool inJson = true;
};

// The query (from ExportSql) and the columns of one exportable table. The query's first column is the row id that
// keyset paging continues after; ?1 is the last id of the previous page and ?2 the page size.
struct TableExportSpec {
    QString sql;
    QList<ExportColumn> columns;

    static TableExportSpec of(ExportTable table);
};

} // namespace handoff
