#pragma once

#include "Result.h"
#include "model/Capability.h"
#include "model/User.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace handoff {

class CapabilityTableModel;
class Database;

// The capability catalog screen, where a team lead adds and edits what the product can do (and promises are
// checked against). Every change is saved at once and goes on undoStack() for the host's Edit ▸ Undo; everyone
// else sees it read-only. Its Add and Edit actions are the widget's actions() for the host's tool bar, and the
// table's context menu.
class CatalogView : public QWidget {
    Q_OBJECT

public:
    CatalogView(Database& db, const User& actor, QWidget* parent = nullptr);
    ~CatalogView() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    CapabilityTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The people who work change; steps on the undo stack were the previous person's and are dropped.
    void setActor(const User& actor);
    // What the last change did, as shown in the view's status line.
    QString statusText() const;

public slots:
    // Reads the catalog again, keeping the selection, the sort and the filter.
    void reload();
    // Opens the dialog for a new capability (leads only).
    void addCapability();
    // Opens the dialog for the selected capability (leads only).
    void editCapability();

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

signals:
    // A change was saved, undone or redone; text says which (for a status bar).
    void statusMessage(const QString& text);

private:
    // Which database row an entry is now: undoing an addition deletes the row and redoing it makes a new one, so
    // every step on the entry looks its row up through one shared cell.
    using IdCell = std::shared_ptr<qint64>;
    using IdCells = std::shared_ptr<QHash<qint64, IdCell>>;

    void setupActions();
    void updateActions();
    Result<void> saveNew(const Capability& wanted);
    Result<void> saveEdit(const Capability& before, const Capability& wanted, bool mayAsk);
    void announce(const QString& text);
    void showStepError(const QString& title, const Error& error);
    IdCell cellFor(qint64 id);
    qint64 selectedId() const;
    void select(qint64 id);

    Database& m_db;
    User m_actor;
    bool m_canEdit = false;
    QUndoStack* m_undoStack = nullptr;
    CapabilityTableModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    IdCells m_cells = std::make_shared<QHash<qint64, IdCell>>();
};

} // namespace handoff
