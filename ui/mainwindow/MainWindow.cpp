#include "mainwindow/MainWindow.h"

#include "catalog/CatalogView.h"
#include "dashboard/DashboardView.h"
#include "deals/DealListView.h"
#include "dialogs/NewDealDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProfileDialog.h"
#include "editor/DealEditor.h"
#include "inbox/InboxView.h"
#include "mainwindow/BackgroundFileCheck.h"
#include "mainwindow/Workspace.h"
#include "model/Labels.h"
#include "search/SearchField.h"
#include "storage/Database.h"
#include "storage/ServerLink.h"
#include "tasks/OpenTasksView.h"
#include "template/TemplateView.h"
#include "views/DatabaseStats.h"
#include "widgets/BackgroundRead.h"
#include "widgets/Messages.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>

namespace handoff {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kDealListGroup = QStringLiteral("dealList");
const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kRecentCount = 8;

DealListKind listKind(NavigationPanel::Place place)
{
    switch (place) {
    case NavigationPanel::ReviewQueue:
        return DealListKind::ReviewQueue;
    case NavigationPanel::Fulfilment:
        return DealListKind::Fulfilment;
    case NavigationPanel::AllDeals:
        return DealListKind::AllDeals;
    default:
        return DealListKind::MyHandoffs;
    }
}

} // namespace

MainWindow::MainWindow(Database& db, const User& user, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_user(user)
    , m_navigation(new NavigationPanel(this))
    , m_workspace(new Workspace(db, user, this))
    , m_dealList(new DealListView(db, this))
    , m_search(new SearchField(db, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 – Handoff").arg(QFileInfo(db.path()).fileName()));
    setAccessibleName(tr("Handoff"));

    m_dashboard = new DashboardView(db, user, this);
    m_dashboard->setWindowTitle(NavigationPanel::name(NavigationPanel::Dashboard));
    m_catalog = new CatalogView(db, user, this);
    m_catalog->setWindowTitle(NavigationPanel::name(NavigationPanel::Catalog));
    m_template = new TemplateView(db, user, this);
    m_template->setWindowTitle(NavigationPanel::name(NavigationPanel::Template));
    m_inbox = new InboxView(db, user, this);
    m_inbox->setWindowTitle(NavigationPanel::name(NavigationPanel::Inbox));
    m_tasks = new OpenTasksView(db, user, this);
    m_tasks->setWindowTitle(NavigationPanel::name(NavigationPanel::Tasks));
    m_workspace->addView(m_inbox);
    m_workspace->addView(m_dealList);
    m_workspace->addView(m_tasks);
    m_workspace->addView(m_dashboard);
    m_workspace->addView(m_catalog, m_catalog->undoStack());
    m_workspace->addView(m_template, m_template->undoStack());

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_workspace);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    // Queued: the error may come from inside a fetch the view started while painting; a dialog there would re-enter.
    connect(m_dealList, &DealListView::errorOccurred, this, &MainWindow::showError, Qt::QueuedConnection);
    connect(m_dealList, &DealListView::dealActivated, this, &MainWindow::openDeal);
    connect(m_search, &SearchField::dealActivated, this, &MainWindow::openDeal);
    connect(m_navigation, &NavigationPanel::placeChosen, this, &MainWindow::showPlace);
    connect(m_workspace, &QTabWidget::currentChanged, this, &MainWindow::updateToolBar);
    connect(m_workspace, &Workspace::dealChanged, this, [this] {
        m_dealList->model()->reload();
        m_dashboard->markStale();
        m_inbox->reload();
        reloadTasksIfShown();
    });
    connect(m_tasks, &OpenTasksView::taskActivated, this, [this](qint64 dealId, qint64 taskId) {
        if (DealEditor* editor = dealId > 0 ? m_workspace->openDeal(dealId) : nullptr) {
            editor->showPlace(HandoffReason::Place::Tasks, QString::number(taskId));
        }
    });
    connect(m_inbox, &InboxView::dealActivated, this, &MainWindow::openDeal);
    connect(m_inbox, &InboxView::unreadCountChanged, m_navigation, &NavigationPanel::setUnreadCount);
    connect(m_inbox, &InboxView::errorOccurred, this,
            [this](const QString& message) { showStatusMessage(tr("The inbox could not be read: %1").arg(message)); });
    connect(m_dashboard, &DashboardView::dealActivated, this, &MainWindow::openDeal);
    connect(m_dashboard, &DashboardView::overdueTasksRequested, this, [this](qint64 assigneeId) {
        showPlace(NavigationPanel::Tasks);
        m_tasks->showTasks(assigneeId, OpenTasksView::Overdue);
    });

    createActions();
    createStatusBar();
    readSettings();
    showPlace(NavigationPanel::startPlace(m_user.role));
    // Counting a million tasks takes a moment on a cold file; the deals are shown first.
    QTimer::singleShot(0, this, &MainWindow::refreshStatus);
    QTimer::singleShot(0, m_inbox, &InboxView::reload);
    // What falls due moves with the calendar, not only with changes.
    auto* inboxClock = new QTimer(this);
    inboxClock->setInterval(std::chrono::minutes(10));
    connect(inboxClock, &QTimer::timeout, m_inbox, &InboxView::reload);
    inboxClock->start();
    if (db.isServer()) {
        // What the others do on the team's server shows up here within a second; a lost server, in the status bar.
        m_link = new ServerLink(db, this);
        if (auto listening = m_link->start(); !listening) {
            QTimer::singleShot(0, this, [this, message = listening.error().fullText()] {
                showStatusMessage(tr("Changes made by others show after View ▸ Refresh: %1").arg(message));
            });
        }
        connect(m_link, &ServerLink::changed, this, &MainWindow::showOthersChanges);
        connect(m_link, &ServerLink::lost, this, &MainWindow::showServerLost);
        connect(m_link, &ServerLink::retrying, this, &MainWindow::showServerRetry);
        connect(m_link, &ServerLink::restored, this, &MainWindow::showServerBack);
    }
    if (!db.wasCreated() && !db.isServer() && db.path() != QLatin1String(":memory:")) {
        // quick_check reads the whole file (seconds on a large one): it runs beside the window, not before it. A
        // server checks its own pages; 'handoff check' covers the rest there.
        m_fileCheck = new BackgroundFileCheck(db.path(), this);
        connect(m_fileCheck, &BackgroundFileCheck::damaged, this, &MainWindow::showDamage);
        QTimer::singleShot(0, m_fileCheck, &BackgroundFileCheck::start);
    }
}

void MainWindow::showPlace(NavigationPanel::Place place)
{
    if (m_navigation->place() != place || m_navigation->currentRow() < 0) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setPlace(place);
    }
    QWidget* view = nullptr;
    switch (place) {
    case NavigationPanel::Inbox:
        m_inbox->reload();
        view = m_inbox;
        break;
    case NavigationPanel::Tasks:
        m_tasks->reload();
        view = m_tasks;
        break;
    case NavigationPanel::Dashboard:
        view = m_dashboard;
        break;
    case NavigationPanel::Catalog:
        m_catalog->reload();
        view = m_catalog;
        break;
    case NavigationPanel::Template:
        m_template->reload();
        view = m_template;
        break;
    default:
        m_dealList->setKind(listKind(place), m_user);
        m_dealList->setWindowTitle(NavigationPanel::name(place));
        view = m_dealList;
        break;
    }
    m_workspace->showView(view);
    updateToolBar();
}

void MainWindow::reloadTasksIfShown()
{
    // Read on every visit; while in front, also on each change.
    if (m_workspace->currentWidget() == m_tasks) {
        m_tasks->reload();
    }
}

void MainWindow::openDeal(qint64 dealId)
{
    if (dealId > 0) {
        m_workspace->openDeal(dealId);
    }
}

void MainWindow::newDeal()
{
    NewDealDialog dialog(m_db, m_user, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_dealList->model()->reload();
        refreshStatus();
        m_workspace->openDeal(dialog.deal().id);
    }
}

void MainWindow::switchUser()
{
    ProfileDialog dialog(m_db, m_user.id, this);
    if (dialog.exec() != QDialog::Accepted || dialog.user().id == m_user.id) {
        return;
    }
    // Open deals were opened as the previous user; their actions and undo stacks belong to that user.
    m_workspace->closeAllDeals();
    m_user = dialog.user();
    m_workspace->setActor(m_user);
    QSettings().setValue(QStringLiteral("profiles/") + m_db.path(), m_user.id);
    m_catalog->setActor(m_user);
    m_template->setActor(m_user);
    m_dashboard->setActor(m_user);
    m_inbox->setActor(m_user);
    m_tasks->setActor(m_user);
    m_newDeal->setEnabled(m_user.role != Role::Support);
    updateUserLabel();
    showPlace(NavigationPanel::startPlace(m_user.role));
}

void MainWindow::showOthersChanges(const Changes& changes)
{
    if (!changes.deals.isEmpty() || changes.everything) {
        m_inbox->reload();
        m_dealList->model()->refresh();
        m_dashboard->markStale();
        refreshStatus();
        reloadTasksIfShown();
        m_workspace->showOthersChanges(changes.deals, changes.everything);
    }
    if (changes.everything || changes.kinds.contains(QLatin1String("capabilities"))) {
        m_catalog->reload();
    }
    if (changes.everything || changes.kinds.contains(QLatin1String("checklist_items"))) {
        m_template->reload();
    }
}

void MainWindow::showServerLost(const QString& reason)
{
    m_serverLabel->setToolTip(
        tr("%1 What is on screen stays as it was; nothing can be saved until the server is back.").arg(reason));
    m_serverLabel->setText(tr("Team server unreachable"));
    m_serverLabel->show();
}

void MainWindow::showServerRetry(int seconds)
{
    // Two sentences rather than %n: English is the source language and has no translation to pick the plural.
    m_serverLabel->setText(seconds == 1 ? tr("Team server unreachable: trying again in 1 second")
                                        : tr("Team server unreachable: trying again in %1 seconds").arg(seconds));
}

void MainWindow::showServerBack()
{
    m_serverLabel->hide();
    showStatusMessage(tr("Connected to the team's server again; the window shows what changed meanwhile."));
    reloadAll();
}

void MainWindow::showDamage(const QString& message)
{
    QMessageBox::warning(
        this, tr("The database may be damaged"),
        tr("Checking '%1' found a problem. Work on only if you must: make a copy now ('handoff backup FILE'), "
           "then go back to your most recent good backup.\n\n%2")
            .arg(QDir::toNativeSeparators(m_db.path()), message));
}

void MainWindow::refreshStatus()
{
    if (m_countsRead->isRunning()) {
        m_countsAgain = true; // the read under way may have begun before the change that asks for this one
        return;
    }
    auto stats = std::make_shared<std::optional<Result<DatabaseStats>>>();
    m_countsRead->run(
        [stats](const Result<const Database*>& db) {
            *stats = db ? DatabaseStats::read(**db) : Result<DatabaseStats>(db.error());
        },
        [this, stats] {
            showCounts(**stats);
            if (std::exchange(m_countsAgain, false)) {
                refreshStatus();
            }
        });
}

void MainWindow::showCounts(const Result<DatabaseStats>& stats)
{
    if (!stats) {
        m_countsLabel->setText(tr("Counts unavailable"));
        m_countsLabel->setToolTip(stats.error().fullText());
        return;
    }
    m_countsLabel->setText(
        tr("Deals: %L1   Promises: %L2   Tasks: %L3").arg(stats->deals).arg(stats->promises).arg(stats->tasks));
    m_countsLabel->setToolTip(QString());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    writeSettings();
    m_workspace->closeAllDeals();
    event->accept();
}

void MainWindow::updateToolBar()
{
    for (QAction* action : std::as_const(m_viewActions)) {
        m_toolBar->removeAction(action);
    }
    m_viewActions.clear();
    if (m_workspace->currentIndex() != 0) {
        return;
    }
    // The current view's own actions (a list's filters, the catalog's Add …) sit between the frame's and the search.
    m_viewActions = m_workspace->views()->currentWidget()->actions();
    m_toolBar->insertActions(m_viewActionsEnd, m_viewActions);
}

void MainWindow::createStatusBar()
{
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setAccessibleName(tr("Signed in as"));
    m_countsLabel = new QLabel(this);
    m_countsRead = new BackgroundRead(m_db, this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setAccessibleName(tr("Record counts"));
    m_pathLabel = new QLabel(
        m_db.isServer() ? tr("Team server %1").arg(m_db.path()) : QDir::toNativeSeparators(m_db.path()), this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setAccessibleName(tr("Database"));
    m_pathLabel->setToolTip(m_db.isServer() ? tr("The database on a team server this window shows")
                                            : tr("The database file this window shows"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->setAccessibleName(tr("Server connection"));
    m_serverLabel->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c0392b; padding: 1px 6px; "
                                                "font-weight: bold; }"));
    m_serverLabel->hide();
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
    updateUserLabel();
}

void MainWindow::updateUserLabel()
{
    m_userLabel->setText(tr("%1 · %2").arg(m_user.name, Labels::of(m_user.role)));
    m_userLabel->setToolTip(
        m_db.sessionPerson() != 0
            ? tr("Working as %1 <%2>, the person of your login on the team's server.").arg(m_user.name, m_user.email)
            : tr("Working as %1 <%2>. File ▸ Switch user to change.").arg(m_user.name, m_user.email));
}

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, centred, so every column fits without scrolling sideways.
        const QRect available = screen()->availableGeometry();
        resize(available.size() * 0.8);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (auto* splitter = qobject_cast<QSplitter*>(centralWidget())) {
        if (!splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
            splitter->setSizes({200, 1000});
        }
    }
    settings.beginGroup(kDealListGroup);
    m_dealList->restoreState(settings);
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto* splitter = qobject_cast<QSplitter*>(centralWidget())) {
        settings.setValue(kSplitterKey, splitter->saveState());
    }
    settings.beginGroup(kDealListGroup);
    m_dealList->saveState(settings);
    settings.endGroup();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    QSettings().setValue(kRecentKey, files.mid(0, kRecentCount));
}

void MainWindow::showError(const QString& message)
{
    if (m_link && !m_link->isConnected()) {
        // Scrolling a list while the server is gone: the status bar says so already; no dialog per page.
        statusBar()->showMessage(tr("Could not read the deals: the team's server cannot be reached"), 10000);
        return;
    }
    statusBar()->showMessage(tr("Could not read the deals"), 10000);
    QMessageBox::warning(this, tr("Could not read the deals"), message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Handoff"),
                       tr("<h3>Handoff %1</h3><p>Hands closed deals from sales to customer support: the promises made, "
                          "the people to talk to and the work that follows.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace handoff
