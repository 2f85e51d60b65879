#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace handoff {

class ColumnMappingEditor;
struct ImportSession;

// The second page of the import wizard: the first records of the file as read, and which column fills which field.
// Required fields without a column are listed as problems and keep the user here.
class ImportColumnsPage : public QWizardPage {
    Q_OBJECT

public:
    ImportColumnsPage(ImportSession& session, QWidget* parent = nullptr);

    ColumnMappingEditor* editor() const { return m_editor; }
    QTableWidget* preview() const { return m_preview; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void readPreview();
    void check();

    ImportSession& m_session;
    QTableWidget* m_preview = nullptr;
    QLabel* m_readAs = nullptr;
    ColumnMappingEditor* m_editor = nullptr;
    QLabel* m_problems = nullptr;
    QString m_readPath; // the file and options the preview was read with: going back and forth keeps the mapping
    QString m_readOptions;
    bool m_valid = false;
};

} // namespace handoff
