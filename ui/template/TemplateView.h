#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"
#include "model/User.h"

#include <QList>
#include <QWidget>

#include <functional>

class QAction;
class QKeyEvent;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace handoff {

class Database;

// The checklist template screen, where a team lead adds, edits, reorders and removes the items that every handoff
// asks for, grouped by section. Every change is saved at once and goes on undoStack() for the host's Edit ▸ Undo;
// everyone else sees it read-only. Its actions are the widget's actions() for the host's tool bar, and the tree's
// context menu.
class TemplateView : public QWidget {
    Q_OBJECT

public:
    TemplateView(Database& db, const User& actor, QWidget* parent = nullptr);
    ~TemplateView() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    QTreeWidget* tree() const { return m_tree; }
    // The people who work change; steps on the undo stack were the previous person's and are dropped.
    void setActor(const User& actor);
    // What the last change did, as shown in the view's status line.
    QString statusText() const;

public slots:
    // Reads the template again, keeping the selected item.
    void reload();
    // Opens the dialog for a new item in the selected section (leads only).
    void addItem();
    // Opens the dialog for the selected item (leads only).
    void editItem();
    void moveUp();
    void moveDown();
    // Asks, then removes the selected item (leads only; core refuses items that deals answered).
    void removeItem();

signals:
    // A change was saved, undone or redone; text says which (for a status bar).
    void statusMessage(const QString& text);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void setupActions();
    void updateActions();
    Result<void> saveNew(const ChecklistItem& wanted);
    Result<void> saveEdit(const ChecklistItem& before, const ChecklistItem& wanted, bool mayAsk);
    void move(int delta);
    // Saves a change now and, when core accepts it, puts it on the undo stack; returns the refusal otherwise.
    Result<void> push(const QString& text, const std::function<Result<void>()>& doIt,
                      const std::function<Result<void>()>& undoIt);
    void announce(const QString& text);
    void showStepError(const QString& title, const Error& error);
    QStringList sections() const;
    // The selected item, or one with an empty key when a section or nothing is selected.
    ChecklistItem selectedItem() const;
    QString selectedSection() const;
    void select(const QString& key);

    Database& m_db;
    User m_actor;
    bool m_canEdit = false;
    QUndoStack* m_undoStack = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_status = nullptr;
    QList<ChecklistItem> m_items; // as shown, in template order
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_up = nullptr;
    QAction* m_down = nullptr;
    QAction* m_remove = nullptr;
};

} // namespace handoff
