#pragma once

#include "metrics/CsatScore.h"

#include <QDialog>

#include <optional>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace handoff {

class DealSession;

// Records the customer's satisfaction (CSAT, 1 to 5, a day and a note) with a fulfilled deal. OK saves through
// CsatService; a refusal is shown over the dialog, which stays open with what was typed. A new score replaces the
// deal's earlier one, which the deal's history keeps.
class CsatDialog : public QDialog {
    Q_OBJECT

public:
    CsatDialog(DealSession& session, const QString& dealTitle, QDate closedOn, const std::optional<CsatScore>& current,
               QWidget* parent = nullptr);

    QSpinBox* scoreEdit() const { return m_score; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    // A score's meaning in words ("Very satisfied"); empty outside 1 to 5.
    static QString meaning(int score);

    void accept() override;

private:
    void updateOk();

    DealSession& m_session;
    QSpinBox* m_score = nullptr;
    QLabel* m_meaning = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace handoff
