#include "GuiLauncher.h"

#include "AppPaths.h"
#include "demo/DemoGenerator.h"
#include "dialogs/ProfileDialog.h"
#include "mainwindow/MainWindow.h"
#include "storage/Database.h"
#include "widgets/WheelGuard.h"
#include "workflow/PromiseService.h"
#include "workflow/UserService.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

#include <memory>

namespace handoff {

namespace {

constexpr int kDemoDeals = 3000;

} // namespace

QString GuiLauncher::missingDisplayReason(const QString& program)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return tr("no display to show the workstation on (DISPLAY and WAYLAND_DISPLAY are not set); to run it "
                  "without a screen use 'xvfb-run -a %1 --demo' or set QT_QPA_PLATFORM=offscreen.")
            .arg(program);
    }
#endif
    return {};
}

int GuiLauncher::run(QApplication& app, const QString& databasePath, bool demo)
{
    WheelGuard::install(app);
    QString path = !databasePath.isEmpty() ? databasePath
                   : demo                  ? AppPaths::demoDatabase()
                                           : AppPaths::defaultDatabase();
    for (;;) {
        QString next;
        const int code = session(app, path, demo, &next);
        if (next.isEmpty()) {
            return code;
        }
        path = next;
        demo = false;
    }
}

std::optional<User> GuiLauncher::chooseUser(Database& db)
{
    if (db.sessionPerson() != 0) {
        // In team mode the login is the person: nobody picks anyone.
        auto me = UserService(db).get(db.sessionPerson());
        if (!me || !me->active) {
            QMessageBox::critical(
                nullptr, tr("Handoff"),
                me ? tr("%1 <%2> is deactivated: ask a team lead to restore your access.").arg(me->name, me->email)
                   : me.error().fullText());
            return std::nullopt;
        }
        return *me;
    }
    const QString key = QStringLiteral("profiles/") + db.path();
    const qint64 remembered = QSettings().value(key).toLongLong();
    if (auto user = UserService(db).get(remembered); user && user->active) {
        return *user;
    }
    ProfileDialog dialog(db, 0);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    QSettings().setValue(key, dialog.user().id);
    return dialog.user();
}

int GuiLauncher::session(QApplication& app, const QString& path, bool demo, QString* next)
{
    Database db;
    Database::Options options;
    // The upgrade runs here and holds the program until it ends; the window says why while it does.
    std::unique_ptr<QProgressDialog> upgrade;
    options.upgrading = [&](int from, int to) {
        upgrade = std::make_unique<QProgressDialog>(
            tr("Upgrading the database from schema version %1 to %2. On a large database this takes minutes…")
                .arg(from)
                .arg(to),
            QString(), 0, 0);
        upgrade->setWindowTitle(tr("Handoff"));
        upgrade->setMinimumDuration(0);
        upgrade->show();
        QCoreApplication::processEvents();
    };
    const auto opened = db.open(path, options);
    upgrade.reset();
    if (!opened) {
        QMessageBox::critical(nullptr, tr("Cannot open the database"), opened.error().fullText());
        return 1;
    }
    for (const QString& warning : db.warnings()) {
        QMessageBox::warning(nullptr, tr("Database on a network drive"), warning);
    }
    if (demo && db.wasCreated()) {
        QProgressDialog progress(tr("Making the demo database…"), tr("Cancel"), 0, kDemoDeals);
        progress.setWindowTitle(tr("Handoff"));
        progress.setMinimumDuration(300);
        DemoOptions generation;
        generation.deals = kDemoDeals;
        const auto made = DemoGenerator::generate(db, generation, [&](qint64 done, qint64) {
            progress.setValue(int(done));
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
        if (!made) {
            db.close();
            if (!db.isServer()) {
                QFile::remove(path); // our own empty demo file; next start makes it again
            }
            if (made.error().code != Error::Code::Cancelled) {
                QMessageBox::critical(nullptr, tr("Cannot make the demo database"), made.error().fullText());
            }
            return 1;
        }
    }
    // The first to open the file after a promise's day passed unkept records it as broken.
    if (const auto marked = PromiseService(db).markBrokenPastDue(db.today()); !marked) {
        QMessageBox::warning(nullptr, tr("Could not update the promises"), marked.error().fullText());
    }
    const auto user = chooseUser(db);
    if (!user) {
        return 0; // the person closed "Who is working?": nothing to show
    }
    MainWindow::addRecentFile(path);
    MainWindow window(db, *user);
    QObject::connect(&window, &MainWindow::openDatabaseRequested, &window, [&window, next](const QString& file) {
        *next = file;
        window.close();
    });
    window.show();
    const int code = app.exec();
    if (!next->isEmpty()) {
        // Leaving for another file ends the event loop; the loop in run() starts the next one.
        QCoreApplication::processEvents();
    }
    return code;
}

} // namespace handoff
