#pragma once

#include "model/User.h"
#include "workflow/HandoffWorkflow.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QUndoStack;

namespace handoff {

class Database;
class DealSession;
class OverviewTab;
class ContactsTab;
class ChecklistTab;
class PromisesTab;
class TasksTab;
class ActivityTab;

// Everything about one deal in tabs: overview and handoff actions, contacts and channels, checklist, promises,
// tasks and activity. The tabs share one DealSession, so an edit in one is undone with the same Ctrl+Z and seen
// at once by the others. Several editors can be open at once, one per deal (or two on one deal, in two windows).
class DealEditor : public QWidget {
    Q_OBJECT

public:
    enum Tab { Overview, Contacts, Checklist, Promises, Tasks, Activity };

    DealEditor(Database& db, const User& actor, qint64 dealId, QWidget* parent = nullptr);

    qint64 dealId() const;
    DealSession* session() const { return m_session; }
    QUndoStack* undoStack() const;
    QTabWidget* tabs() const { return m_tabs; }
    // "Account – title", for the tab or window that hosts the editor.
    QString title() const { return m_title; }

    // Brings the place a refusal names into view: the tab, and there the checklist item or promise.
    void showPlace(HandoffReason::Place place, const QString& key);
    // An account's name without its legal form at the end ("Moera Health" of "Moera Health Pty Ltd").
    static QString withoutLegalForm(const QString& account);

signals:
    void titleChanged(const QString& title);

private:
    void refreshTitle();

    DealSession* m_session = nullptr;
    QLabel* m_heading = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewTab* m_overview = nullptr;
    ContactsTab* m_contacts = nullptr;
    ChecklistTab* m_checklist = nullptr;
    PromisesTab* m_promises = nullptr;
    TasksTab* m_tasks = nullptr;
    ActivityTab* m_activity = nullptr;
    QString m_title;
};

} // namespace handoff
