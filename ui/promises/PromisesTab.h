#pragma once

#include "model/Promise.h"
#include "promises/PromiseEdits.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;

namespace handoff {

class DealSession;
class PromiseActionPanel;
class PromiseTableModel;

// The Promises tab of a deal's editor: the promise register of the deal with each promise's feasibility, review and
// fulfilment; the sales rep records and edits promises, support reviews them in place under the table, a lead waives
// them, the support owner marks them fulfilled. What a user may do is asked of core; a refused action is disabled
// and its tooltip says why. Every change but an answer to support's question can be undone on the session's undo stack.
class PromisesTab : public QWidget {
    Q_OBJECT

public:
    explicit PromisesTab(DealSession& session, QWidget* parent = nullptr);

    PromiseTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

public slots:
    // Selects the promise and shows it (a refusal in the overview links here).
    void select(qint64 promiseId);
    // Reads the deal's promises again, keeping the selection.
    void reload();

private:
    QAction* makeAction(const QString& name, const QString& text, const QString& toolTip,
                        const QList<QKeySequence>& shortcuts);
    // The selected promise, or nullptr.
    const Promise* selected() const;
    void updateDetail();
    void updateActions();
    void setAllowed(QAction* action, const QStringList& refusals);
    void openEditor(bool creating);
    void removeSelected();
    void review(ReviewStatus status);
    // Accepts, one by one and each in the history, every promise waiting for review whose feasibility is OK; one
    // step of undo takes them all back.
    void acceptAllFeasible();
    QList<Promise> feasiblePending() const;
    void answerClarification();
    void waive();
    void markFulfilled();

    DealSession& m_session;
    PromiseEdits m_edits;
    PromiseTableModel* m_model = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_loadError = nullptr;
    QLabel* m_detailIcon = nullptr;
    QLabel* m_detail = nullptr;
    PromiseActionPanel* m_panel = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_remove = nullptr;
    QAction* m_accept = nullptr;
    QAction* m_acceptFeasible = nullptr;
    QAction* m_clarify = nullptr;
    QAction* m_cannotFulfil = nullptr;
    QAction* m_answer = nullptr;
    QAction* m_waive = nullptr;
    QAction* m_fulfil = nullptr;
};

} // namespace handoff
