// The menus, tool bar and actions of MainWindow, and the file-level commands behind them.
#include "mainwindow/MainWindow.h"

#include "inbox/InboxView.h"

#include "dashboard/DashboardView.h"
#include "dashboard/MetricDefinitionsDialog.h"
#include "deals/DealListView.h"
#include "deals/DealSession.h"
#include "dialogs/PreferencesDialog.h"
#include "editor/DealEditor.h"
#include "inbox/InboxView.h"
#include "mainwindow/Workspace.h"
#include "report/ReportActions.h"
#include "search/SearchField.h"
#include "storage/Database.h"
#include "transfer/TransferActions.h"
#include "widgets/Actions.h"
#include "widgets/Messages.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSizePolicy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>

namespace handoff {

namespace {

const QString kDatabaseFilter = QStringLiteral("*.sqlite");

} // namespace

void MainWindow::createActions()
{
    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);

    m_newDeal = makeAction(this, QStringLiteral("newDealAction"), tr("&New deal…"), QKeySequence::New,
                           tr("Start the handoff of a closed-won deal"));
    m_newDeal->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_newDeal->setEnabled(m_user.role != Role::Support);
    connect(m_newDeal, &QAction::triggered, this, &MainWindow::newDeal);

    createFileMenu();
    createEditMenu();
    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* definitions = makeAction(this, QStringLiteral("metricDefinitionsAction"), tr("&Metric definitions…"), {},
                                      tr("What exactly each figure of the dashboard counts"));
    connect(definitions, &QAction::triggered, this, [this] {
        auto* dialog = findChild<MetricDefinitionsDialog*>();
        if (!dialog) {
            dialog = new MetricDefinitionsDialog(this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
        }
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    });
    help->addAction(definitions);
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Handoff"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    auto* spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_viewActionsEnd = m_toolBar->addWidget(spacer);
    m_search->setMinimumWidth(320);
    m_toolBar->addWidget(m_search);
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDeal);
    file->addSeparator();
    QAction* newDatabase = makeAction(this, QStringLiteral("newDatabaseAction"), tr("New &database…"), {},
                                      tr("Create an empty Handoff database file and open it"));
    connect(newDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    file->addAction(newDatabase);
    QAction* open = makeAction(this, QStringLiteral("openAction"), tr("&Open…"), QKeySequence::Open,
                               tr("Open another Handoff database file"));
    connect(open, &QAction::triggered, this, &MainWindow::openDatabase);
    file->addAction(open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    QAction* backup = makeAction(this, QStringLiteral("backupAction"), tr("&Back up…"), {},
                                 tr("Write a consistent copy of the database while it is open"));
    connect(backup, &QAction::triggered, this, &MainWindow::backUp);
    file->addAction(backup);
    file->addSeparator();
    auto* transfer = TransferActions::addTo(file, this, m_db, m_user);
    connect(transfer, &TransferActions::imported, this, &MainWindow::reloadAll);
    connect(transfer, &TransferActions::message, this, &MainWindow::showStatusMessage);
    file->addSeparator();
    auto* reports = new ReportActions(m_db, this, [this] { return reportInFront(); });
    reports->addTo(file);
    connect(file, &QMenu::aboutToShow, reports, &ReportActions::update);
    connect(reports, &ReportActions::message, this, &MainWindow::showStatusMessage);
    file->addSeparator();
    QAction* switchUser = makeAction(this, QStringLiteral("switchUserAction"), tr("S&witch user…"),
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), tr("Work as another person"));
    connect(switchUser, &QAction::triggered, this, &MainWindow::switchUser);
    // In team mode the server's login is the person: working as another means connecting as them.
    switchUser->setVisible(m_db.sessionPerson() == 0);
    file->addAction(switchUser);
    QAction* preferences = makeAction(this, QStringLiteral("preferencesAction"), tr("&Preferences…"),
                                      QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                      tr("Language, default database and the team's handoff settings"));
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    file->addAction(preferences);
    file->addSeparator();
    QAction* closeTab = makeAction(this, QStringLiteral("closeTabAction"), tr("&Close deal"), QKeySequence::Close,
                                   tr("Close the deal in front (its edits are already saved)"));
    connect(closeTab, &QAction::triggered, this, [this] { m_workspace->closeTab(m_workspace->currentIndex()); });
    file->addAction(closeTab);
    QAction* quit = makeAction(this, QStringLiteral("quitAction"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                               tr("Close Handoff"));
    quit->setMenuRole(QAction::QuitRole);
    // close() rather than quit(): the window saves its layout in closeEvent.
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);
    m_toolBar->addAction(m_newDeal);
}

std::optional<ReportRequest> MainWindow::reportInFront() const
{
    if (const DealEditor* editor = m_workspace->currentEditor()) {
        return ReportRequest{editor->dealId(), {}};
    }
    if (m_workspace->currentIndex() != 0) {
        return std::nullopt;
    }
    QWidget* view = m_workspace->views()->currentWidget();
    if (m_dashboard && view == m_dashboard) {
        return ReportRequest{0, m_dashboard->query()};
    }
    if (m_dealList && view == m_dealList && m_dealList->currentDealId() > 0) {
        return ReportRequest{m_dealList->currentDealId(), {}};
    }
    return std::nullopt;
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    // The group names what will be undone ("Undo Edit title") for whichever deal or view is in front.
    QAction* undo = m_workspace->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction* redo = m_workspace->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = makeAction(this, QStringLiteral("findAction"), tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                               tr("Search deals, accounts, contacts and promises"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    edit->addAction(find);
    // On the tool bar by their icons alone: "Undo Edit promise “…”" in full would push the search field off the bar.
    // The tool tip names the step.
    for (QAction* action : {undo, redo}) {
        m_toolBar->addAction(action);
        if (auto* button = qobject_cast<QToolButton*>(m_toolBar->widgetForAction(action))) {
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        }
    }
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int place = 0; place < NavigationPanel::PlaceCount; ++place) {
        QAction* go = makeAction(this, QStringLiteral("placeAction%1").arg(place),
                                 NavigationPanel::name(NavigationPanel::Place(place)),
                                 QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + place)),
                                 tr("Show %1").arg(NavigationPanel::name(NavigationPanel::Place(place))));
        connect(go, &QAction::triggered, this, [this, place] { showPlace(NavigationPanel::Place(place)); });
        view->addAction(go);
    }
    view->addSeparator();
    QAction* refresh = makeAction(this, QStringLiteral("refreshAction"), tr("&Refresh"), QKeySequence::Refresh,
                                  tr("Read the list, the inbox, the dashboard and the counts again"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(refresh, &QAction::triggered, this, &MainWindow::reloadAll);
    view->addAction(refresh);
    QAction* window = makeAction(this, QStringLiteral("openInWindowAction"), tr("Open deal in new &window"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                 tr("Show the deal in front, or the one selected in the list, in a window of its own"));
    connect(window, &QAction::triggered, this, [this] {
        qint64 dealId = m_workspace->currentEditor() ? m_workspace->currentEditor()->dealId() : 0;
        if (!dealId) {
            dealId = m_dealList->currentDealId();
        }
        if (dealId) {
            m_workspace->openDealInWindow(dealId);
        }
    });
    view->addAction(window);
    m_toolBar->addAction(refresh);
    m_toolBar->addSeparator();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path) && path != QFileInfo(m_db.path()).absoluteFilePath());
        connect(action, &QAction::triggered, this, [this, path] { emit openDatabaseRequested(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    }
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QFileInfo(m_db.path()).path(),
                                                      tr("Handoff databases (%1);;All files (*)").arg(kDatabaseFilter));
    if (!path.isEmpty()) {
        emit openDatabaseRequested(path);
    }
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QFileInfo(m_db.path()).path(),
                                                      tr("Handoff databases (%1)").arg(kDatabaseFilter));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo::exists(path)) {
        Messages::showError(this, tr("New database"),
                            makeError(Error::Code::Invalid, tr("'%1' already exists; a new database needs a new "
                                                               "file. Use File ▸ Open to open it.")
                                                                .arg(QDir::toNativeSeparators(path))));
        return;
    }
    emit openDatabaseRequested(path);
}

void MainWindow::backUp()
{
    const QString suggested = QFileInfo(m_db.path()).completeBaseName() + QStringLiteral("-backup.sqlite");
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back up the database"), QFileInfo(m_db.path()).dir().filePath(suggested),
                                     tr("Handoff databases (%1)").arg(kDatabaseFilter));
    if (path.isEmpty()) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(tr("Backing up…"));
    const auto done = m_db.backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!done) {
        statusBar()->clearMessage();
        Messages::showError(this, tr("The backup was not written"), done.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 10000);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_db, m_user, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_dealList->model()->reload(); // the clock targets may have changed
    }
}

void MainWindow::reloadAll()
{
    m_dealList->model()->reload();
    m_dashboard->refresh();
    m_inbox->reload();
    reloadTasksIfShown();
    refreshStatus();
    for (DealEditor* editor : m_workspace->editors()) {
        emit editor->session()->changed();
    }
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

} // namespace handoff
