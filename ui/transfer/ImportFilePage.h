#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace handoff {

struct ImportSession;

// The first page of the import wizard: which file, and how to read it (encoding and separator, detected unless the
// user knows better).
class ImportFilePage : public QWizardPage {
    Q_OBJECT

public:
    ImportFilePage(ImportSession& session, QWidget* parent = nullptr);

    void setPath(const QString& path);

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportSession& m_session;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_separator = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace handoff
