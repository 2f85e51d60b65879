#include "io/TableExporter.h"

#include "io/CsvWriter.h"
#include "io/JsonObjectWriter.h"
#include "model/Money.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QIODevice>

#include <algorithm>

namespace handoff {

namespace {

using Kind = ExportColumn::Kind;

void appendCsvRow(QString& out, const QList<ExportColumn>& columns, const Statement& row)
{
    QStringList cells;
    cells.reserve(columns.size());
    for (const ExportColumn& column : columns) {
        if (!column.inCsv) {
            continue;
        }
        switch (column.kind) {
        case Kind::Text:
            cells.append(CsvWriter::cell(row.text(column.sqlColumn)));
            break;
        case Kind::Integer:
            cells.append(row.isNull(column.sqlColumn)
                             ? QString()
                             : CsvWriter::number(QString::number(row.int64(column.sqlColumn))));
            break;
        case Kind::Money:
            cells.append(CsvWriter::number(
                TableExporter::decimalAmount(row.int64(column.sqlColumn), row.text(column.currencyColumn))));
            break;
        }
    }
    out += CsvWriter::line(cells);
}

void appendJsonRow(QString& out, const QList<ExportColumn>& columns, const Statement& row)
{
    JsonObjectWriter json(out, JsonObjectWriter::Start::Append);
    for (const ExportColumn& column : columns) {
        if (!column.inJson) {
            continue;
        }
        if (column.kind == Kind::Money) {
            // amount_minor is exact; amount is the same value as a decimal number for people and spreadsheets.
            json.number("amount_minor", row.int64(column.sqlColumn));
            json.numberText(column.key,
                            TableExporter::decimalAmount(row.int64(column.sqlColumn), row.text(column.currencyColumn)));
        } else if (row.isNull(column.sqlColumn)) {
            json.null(column.key);
        } else if (column.kind == Kind::Integer) {
            json.number(column.key, row.int64(column.sqlColumn));
        } else {
            json.text(column.key, row.text(column.sqlColumn));
        }
    }
    json.close();
}

} // namespace

TableExporter::TableExporter(const Database& db)
    : m_db(db)
{}

QStringList TableExporter::csvHeader(ExportTable table)
{
    QStringList header;
    for (const ExportColumn& column : TableExportSpec::of(table).columns) {
        if (column.inCsv) {
            header.append(QString(column.key));
        }
    }
    return header;
}

QString TableExporter::tableName(ExportTable table)
{
    switch (table) {
    case ExportTable::Deals:
        return QStringLiteral("deals");
    case ExportTable::Promises:
        return QStringLiteral("promises");
    case ExportTable::Tasks:
        return QStringLiteral("tasks");
    }
    return {};
}

std::optional<ExportTable> TableExporter::tableFromName(const QString& name)
{
    for (const ExportTable table : {ExportTable::Deals, ExportTable::Promises, ExportTable::Tasks}) {
        if (name == tableName(table)) {
            return table;
        }
    }
    return std::nullopt;
}

QString TableExporter::decimalAmount(qint64 minor, const QString& currency)
{
    const int digits = Money::minorDigits(currency);
    // Unsigned arithmetic: the magnitude of the most negative qint64 does not fit in a qint64.
    const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i) {
        scale *= 10;
    }
    QString text = minor < 0 ? QStringLiteral("-") : QString();
    text += QString::number(magnitude / scale);
    if (digits > 0) {
        text += u'.' + QString::number(magnitude % scale).rightJustified(digits, u'0');
    }
    return text;
}

Result<qint64> TableExporter::write(ExportTable table, ExportFormat format, QIODevice* out, qint64 after,
                                    qint64 limit) const
{
    const TableExportSpec spec = TableExportSpec::of(table);
    auto prepared = m_db.prepare(spec.sql);
    if (!prepared) {
        return prepared.error();
    }
    Statement& statement = **prepared;
    const bool csv = format == ExportFormat::Csv;
    const auto flush = [&](const QString& text) -> Result<void> {
        const QByteArray bytes = text.toUtf8();
        if (out->write(bytes) != bytes.size()) {
            return makeError(Error::Code::Storage,
                             tr("Could not write the %1 export: %2.").arg(tableName(table), out->errorString()));
        }
        return {};
    };

    QString buffer;
    if (csv) {
        buffer = QChar(0xFEFF) + CsvWriter::line(csvHeader(table));
    } else {
        buffer = QStringLiteral("[");
    }
    qint64 rows = 0;
    while (rows < limit) {
        const int wanted = int(std::min<qint64>(m_pageSize, limit - rows));
        statement.reset();
        statement.bind(1, after);
        statement.bind(2, wanted);
        int inPage = 0;
        for (;;) {
            const auto more = statement.next();
            if (!more) {
                return more.error();
            }
            if (!*more) {
                break;
            }
            after = statement.int64(0);
            if (csv) {
                appendCsvRow(buffer, spec.columns, statement);
            } else {
                buffer += rows == 0 ? QLatin1String("\n") : QLatin1String(",\n");
                appendJsonRow(buffer, spec.columns, statement);
            }
            ++inPage;
            ++rows;
        }
        // Resetting ends the page's read transaction before the page is written, so a slow reader of the output
        // never holds the database.
        statement.reset();
        if (auto written = flush(buffer); !written) {
            return written.error();
        }
        buffer.clear();
        if (inPage < wanted) {
            break;
        }
    }
    if (!csv) {
        if (auto written = flush(rows == 0 ? QStringLiteral("]\n") : QStringLiteral("\n]\n")); !written) {
            return written.error();
        }
    }
    return rows;
}

} // namespace handoff
