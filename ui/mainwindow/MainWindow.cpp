#include "mainwindow/MainWindow.h"

#include "deals/DealListView.h"
#include "mainwindow/BackgroundFileCheck.h"
#include "storage/Database.h"
#include "views/DatabaseStats.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace handoff {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kDealListGroup = QStringLiteral("dealList");

} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_dealList(new DealListView(db, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 – Handoff").arg(QFileInfo(db.path()).fileName()));
    setAccessibleName(tr("Handoff"));
    setCentralWidget(m_dealList);
    // Queued: the error may come from inside a fetch the view started while painting; a dialog there would re-enter.
    connect(m_dealList, &DealListView::errorOccurred, this, &MainWindow::showError, Qt::QueuedConnection);

    createMenus();
    createStatusBar();
    readSettings();
    // Counting a million tasks takes a moment on a cold file; the deals are shown first.
    QTimer::singleShot(0, this, &MainWindow::refreshStatus);
    if (!db.wasCreated() && db.path() != QLatin1String(":memory:")) {
        // quick_check reads the whole file (seconds on a large one): it runs beside the window, not before it.
        m_fileCheck = new BackgroundFileCheck(db.path(), this);
        connect(m_fileCheck, &BackgroundFileCheck::damaged, this, &MainWindow::showDamage);
        QTimer::singleShot(0, m_fileCheck, &BackgroundFileCheck::start);
    }
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
    const auto stats = DatabaseStats::read(m_db);
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
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcuts(QKeySequence::Quit);
    if (quit->shortcuts().isEmpty()) {
        quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // platforms without a standard one (Windows)
    }
    quit->setStatusTip(tr("Close Handoff"));
    quit->setMenuRole(QAction::QuitRole);
    // close() rather than quit(): the window saves its layout in closeEvent.
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Handoff"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setAccessibleName(tr("Record counts"));
    m_pathLabel = new QLabel(QDir::toNativeSeparators(m_db.path()), this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_pathLabel->setAccessibleName(tr("Database file"));
    m_pathLabel->setToolTip(tr("The database file this window shows"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_pathLabel);
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
    settings.beginGroup(kDealListGroup);
    m_dealList->restoreState(settings);
    settings.endGroup();
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.beginGroup(kDealListGroup);
    m_dealList->saveState(settings);
    settings.endGroup();
}

void MainWindow::showError(const QString& message)
{
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
