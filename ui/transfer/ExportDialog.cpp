#include "transfer/ExportDialog.h"

#include "io/TableExporter.h"
#include "transfer/TransferFiles.h"
#include "widgets/Messages.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLocale>

namespace handoff {

namespace {

QString confirmationText(ExportTable table, qint64 rows, const QString& path)
{
    const QString count = QLocale().toString(rows);
    switch (table) {
    case ExportTable::Deals:
        return rows == 1 ? ExportDialog::tr("Exported 1 deal to %1.").arg(path)
                         : ExportDialog::tr("Exported %1 deals to %2.").arg(count, path);
    case ExportTable::Promises:
        return rows == 1 ? ExportDialog::tr("Exported 1 promise to %1.").arg(path)
                         : ExportDialog::tr("Exported %1 promises to %2.").arg(count, path);
    case ExportTable::Tasks:
        return rows == 1 ? ExportDialog::tr("Exported 1 fulfilment task to %1.").arg(path)
                         : ExportDialog::tr("Exported %1 fulfilment tasks to %2.").arg(count, path);
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("tableCombo"));
    m_table->addItem(tr("Deals"), int(ExportTable::Deals));
    m_table->addItem(tr("Promises"), int(ExportTable::Promises));
    m_table->addItem(tr("Fulfilment tasks"), int(ExportTable::Tasks));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("CSV, for spreadsheets"), int(ExportFormat::Csv));
    m_format->addItem(tr("JSON, for scripts"), int(ExportFormat::Json));

    auto* choices = new QWidget(this);
    auto* form = new QFormLayout(choices);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Table:"), m_table);
    form->addRow(tr("&Format:"), m_format);
    TransferFiles::layOutExportDialog(this, choices,
                                      tr("Every row of the table is written, whatever the lists show. The file "
                                         "appears only once it is complete."),
                                      440);
}

void ExportDialog::setTable(ExportTable table)
{
    m_table->setCurrentIndex(m_table->findData(int(table)));
}

void ExportDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

ExportTable ExportDialog::table() const
{
    return ExportTable(m_table->currentData().toInt());
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

QString ExportDialog::suggestedName(ExportTable table, ExportFormat format, QDate day)
{
    return QStringLiteral("%1-%2.%3")
        .arg(TableExporter::tableName(table), day.toString(Qt::ISODate),
             format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json"));
}

void ExportDialog::accept()
{
    const ExportTable chosenTable = table();
    const ExportFormat chosenFormat = format();
    QString path = m_targetPath;
    if (path.isEmpty()) {
        const QString filter = chosenFormat == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
        path = TransferFiles::askSavePath(this, tr("Export to"),
                                          suggestedName(chosenTable, chosenFormat, QDate::currentDate()), filter);
        if (path.isEmpty()) {
            return;
        }
    }
    const TableExporter exporter(m_db);
    const auto written =
        TransferFiles::write(path, [&](QIODevice* out) { return exporter.write(chosenTable, chosenFormat, out); });
    if (!written) {
        Messages::showError(this, tr("The export was not written"), written.error());
        return;
    }
    m_confirmation = confirmationText(chosenTable, *written, QDir::toNativeSeparators(path));
    QDialog::accept();
}

} // namespace handoff
