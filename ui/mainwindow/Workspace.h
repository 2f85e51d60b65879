#pragma once

#include "model/User.h"

#include <QTabWidget>

class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace handoff {

class Database;
class DealEditor;

// The central area: the first tab shows the view chosen in the side bar (a deal list, the catalog …); every open
// deal gets a closable tab of its own. Keeps the undo stacks of what is open in one QUndoGroup, so Edit ▸ Undo
// always means the tab in front.
class Workspace : public QTabWidget {
    Q_OBJECT

public:
    Workspace(Database& db, const User& actor, QWidget* parent = nullptr);

    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QStackedWidget* views() const { return m_views; }

    // Adds a view page (once); its undo stack, if any, joins the group while the page is shown.
    void addView(QWidget* view, QUndoStack* undoStack = nullptr);
    void showView(QWidget* view);

    // Brings the deal's tab to the front, opening it first when needed.
    DealEditor* openDeal(qint64 dealId);
    // Opens the deal in a window of its own (another editor even if a tab shows it).
    DealEditor* openDealInWindow(qint64 dealId);
    DealEditor* currentEditor() const;
    QList<DealEditor*> editors() const;
    void closeTab(int index);
    // Closes every deal tab and window (before switching user or database).
    void closeAllDeals();
    void setActor(const User& actor) { m_actor = actor; }
    // Someone else changed these deals (or, with everything, any deal): their open editors read them again, keeping
    // what the user is typing. Not a change of this program's, so dealChanged() stays silent.
    void showOthersChanges(const QList<qint64>& dealIds, bool everything);

signals:
    // Something was saved in a deal; lists and counts may show it.
    void dealChanged(qint64 dealId);

private:
    void activateStack();
    DealEditor* makeEditor(qint64 dealId, QWidget* parent);

    Database& m_db;
    User m_actor;
    QStackedWidget* m_views = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QHash<QWidget*, QUndoStack*> m_viewStacks;
    QList<QWidget*> m_windows;
    bool m_othersChanges = false; // editors are reading what someone else changed
};

} // namespace handoff
