#pragma once

#include <QWizard>

#include <memory>

namespace handoff {

class Database;
class ImportCheckPage;
class ImportColumnsPage;
class ImportFilePage;
class ImportRunPage;
class ImportRunner;
class ImportSummaryPage;
struct ImportSession;
struct User;

// File ▸ Import…: brings closed deals from a CRM export into Handoff in five steps (file, columns, check, import,
// summary). The import runs on this thread's database; while it runs, Back and Finish are off and Cancel (or Esc)
// stops it, which rolls everything back.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum Page { FilePage, ColumnsPage, CheckPage, RunPage, SummaryPage };

    ImportWizard(Database& db, const User& user, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Fills the file page's path, as Browse… would.
    void setFilePath(const QString& path);

    const ImportSession& session() const { return *m_session; }
    ImportRunner* runner() const { return m_runner; }
    ImportFilePage* filePage() const { return m_filePage; }
    ImportColumnsPage* columnsPage() const { return m_columnsPage; }
    ImportCheckPage* checkPage() const { return m_checkPage; }
    ImportRunPage* runPage() const { return m_runPage; }

public slots:
    // While a check or an import runs, asks it to stop instead of closing.
    void reject() override;

signals:
    // Deals were imported: lists that show deals should read them again.
    void imported();

private:
    void setRunning(bool running);

    std::unique_ptr<ImportSession> m_session;
    ImportRunner* m_runner = nullptr;
    ImportFilePage* m_filePage = nullptr;
    ImportColumnsPage* m_columnsPage = nullptr;
    ImportCheckPage* m_checkPage = nullptr;
    ImportRunPage* m_runPage = nullptr;
    ImportSummaryPage* m_summaryPage = nullptr;
};

} // namespace handoff
