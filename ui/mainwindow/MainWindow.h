#pragma once

#include "Result.h"
#include "mainwindow/NavigationPanel.h"
#include "model/User.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;

namespace handoff {

class BackgroundFileCheck;
class BackgroundRead;
class CatalogView;
class ServerLink;
struct Changes;
class DashboardView;
class InboxView;
class OpenTasksView;
class Database;
struct DatabaseStats;
class DealListView;
class SearchField;
class TemplateView;
class Workspace;
struct ReportRequest;

// The workstation's frame: side bar, the workspace of lists and open deals, menus, tool bar, search and status
// bar. Views do their own work; the frame hosts them, routes the user's choices and remembers the window's place
// and layout between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(Database& db, const User& user, QWidget* parent = nullptr);

    const User& user() const { return m_user; }
    DealListView* dealList() const { return m_dealList; }
    DashboardView* dashboard() const { return m_dashboard; }
    InboxView* inbox() const { return m_inbox; }
    OpenTasksView* tasks() const { return m_tasks; }
    Workspace* workspace() const { return m_workspace; }
    NavigationPanel* navigation() const { return m_navigation; }
    SearchField* searchField() const { return m_search; }

    // Recently opened database files, newest first.
    static QStringList recentFiles();
    static void addRecentFile(const QString& path);

public slots:
    // Reads the counts in the status bar again, on a connection of its own: counting grows with the data.
    void refreshStatus();
    // Reads the list, the dashboard, the counts and the open deals again (View ▸ Refresh, and after an import).
    void reloadAll();
    void showPlace(handoff::NavigationPanel::Place place);
    void openDeal(qint64 dealId);
    void newDeal();
    void switchUser();

signals:
    // The user chose another database file (Open, New or a recent file); the launcher reopens the window on it.
    void openDatabaseRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void reloadTasksIfShown();
    void createActions();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createStatusBar();
    void updateRecentMenu();
    void updateToolBar();
    void updateUserLabel();
    void readSettings();
    void writeSettings() const;
    void showError(const QString& message);
    // A passing message in the status bar, such as what an export wrote.
    void showStatusMessage(const QString& text);
    void showAbout();
    void showDamage(const QString& message);
    void showCounts(const Result<DatabaseStats>& stats);
    void openDatabase();
    void newDatabase();
    void backUp();
    void showPreferences();
    // Someone else changed the database (ChangeFeed, on a server): lists, counts and open deals show it in place.
    void showOthersChanges(const Changes& changes);
    // The team's server cannot be reached, or can again (ServerLink).
    void showServerLost(const QString& reason);
    void showServerRetry(int seconds);
    void showServerBack();
    // What File ▸ Print prints now: the deal in front (or selected in the list), or the dashboard's team report.
    std::optional<ReportRequest> reportInFront() const;

    Database& m_db;
    User m_user;
    NavigationPanel* m_navigation = nullptr;
    Workspace* m_workspace = nullptr;
    DealListView* m_dealList = nullptr;
    DashboardView* m_dashboard = nullptr;
    InboxView* m_inbox = nullptr;
    OpenTasksView* m_tasks = nullptr;
    CatalogView* m_catalog = nullptr;
    TemplateView* m_template = nullptr;
    SearchField* m_search = nullptr;
    QToolBar* m_toolBar = nullptr;
    QList<QAction*> m_viewActions;
    QAction* m_viewActionsEnd = nullptr;
    QAction* m_newDeal = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    QLabel* m_serverLabel = nullptr; // shown while the team's server cannot be reached
    QLabel* m_userLabel = nullptr;
    BackgroundFileCheck* m_fileCheck = nullptr;
    BackgroundRead* m_countsRead = nullptr;
    ServerLink* m_link = nullptr;
    bool m_countsAgain = false; // a refresh was asked for while the counts were being read
};

} // namespace handoff
