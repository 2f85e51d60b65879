#pragma once

#include "io/TableExportSpec.h"

#include <QDate>
#include <QDialog>

class QComboBox;

namespace handoff {

class Database;

// File ▸ Export…: the deals, promises or fulfilment tasks as CSV for spreadsheets or JSON for scripts. Asks where to
// save (in the folder of the last import or export), writes the whole file or nothing, and tells what it wrote.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    ExportDialog(const Database& db, QWidget* parent = nullptr);

    void setTable(ExportTable table);
    void setFormat(ExportFormat format);
    ExportTable table() const;
    ExportFormat format() const;

    // Writes to this file instead of asking with a save dialog (an existing file is replaced).
    void setTargetPath(const QString& path) { m_targetPath = path; }

    // After the dialog was accepted: "Exported 2,000 deals to /home/…/deals-2026-11-23.csv.", for the status bar.
    QString confirmation() const { return m_confirmation; }

    // "deals-2026-11-23.csv"
    static QString suggestedName(ExportTable table, ExportFormat format, QDate day);

public slots:
    // Asks for the file and writes it; stays open when the user cancels the save dialog or the export fails.
    void accept() override;

private:
    const Database& m_db;
    QComboBox* m_table = nullptr;
    QComboBox* m_format = nullptr;
    QString m_targetPath;
    QString m_confirmation;
};

} // namespace handoff
