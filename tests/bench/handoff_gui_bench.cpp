// The workstation's interactions timed on the GUI thread, offscreen, on a database you give it: switch view, scroll a
// page, sort, open a deal, save an edit, type a search. Each is driven as real input and timed by the same
// InteractionProfile as 'handoff --profile'. Not a test: it prints figures and fails only when it cannot run.
//
//   QT_QPA_PLATFORM=offscreen handoff_gui_bench --database FILE [--rounds N]
//
// It saves an edit per round (a title gains a character, the next round's deal loses one): give it a copy of a
// database.

#include "deals/DealListView.h"
#include "editor/DealEditor.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/Workspace.h"
#include "model/User.h"
#include "models/DealListModel.h"
#include "search/SearchField.h"
#include "storage/Database.h"
#include "widgets/InteractionProfile.h"
#include "workflow/UserService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace handoff;

namespace {

QTextStream out(stdout);

// Runs the event loop as the application does, so that the profile sees it go idle.
void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

void round(MainWindow& window, int number)
{
    // Views are Ctrl+1 (Inbox) to Ctrl+8; All deals is the fifth, the dashboard the sixth.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    settle(400);
    QTableView* table = window.dealList()->table();
    table->setFocus();
    for (int page = 0; page < 5; ++page) {
        QTest::keyClick(table, Qt::Key_PageDown);
        settle(150);
    }
    QHeaderView* header = table->horizontalHeader();
    const QPoint amount(header->sectionViewportPosition(DealListModel::AmountColumn) + 10, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amount);
    settle(400);

    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    settle(200);
    QTest::keyClick(table, Qt::Key_Return); // opens the deal in a tab
    settle(600);
    DealEditor* editor = window.workspace()->currentEditor();
    if (auto* title = editor ? editor->findChild<QLineEdit*>(QStringLiteral("titleEdit")) : nullptr) {
        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        settle(100);
        QTest::keyClick(title, number % 2 == 0 ? Qt::Key_Exclam : Qt::Key_Backspace);
        settle(100);
        QTest::keyClick(title, Qt::Key_Return); // saves the title
        settle(400);
    }
    window.workspace()->closeAllDeals();

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    settle(200);
    for (const Qt::Key key : {Qt::Key_A, Qt::Key_C, Qt::Key_M, Qt::Key_E}) {
        QTest::keyClick(window.searchField(), key);
        settle(150); // one key at a time, as a person types
    }
    settle(800);
    QTest::keyClick(window.searchField(), Qt::Key_Escape);
    settle(200);

    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier); // the dashboard reads its figures in the background
    settle(3000);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the workstation's interactions on the GUI thread."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file (a copy: one edit is saved)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Rounds of the interactions (default 5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.process(app);
    if (!parser.isSet(QStringLiteral("database"))) {
        parser.showHelp(2);
    }
    Database db;
    Database::Options options;
    options.create = false;
    if (const auto opened = db.open(parser.value(QStringLiteral("database")), options); !opened) {
        QTextStream(stderr) << opened.error().fullText() << Qt::endl;
        return 1;
    }
    const auto leadId = db.scalar(QStringLiteral("SELECT min(id) FROM users WHERE role = 'lead' AND active = 1"));
    const auto lead = leadId ? UserService(db).get(leadId->toLongLong()) : Result<User>(leadId.error());
    if (!lead) {
        QTextStream(stderr) << lead.error().fullText() << Qt::endl;
        return 1;
    }
    MainWindow window(db, *lead);
    window.resize(1600, 1000);
    window.show();
    settle(1500); // the first page, the counts and the background check

    QStringList lines;
    {
        InteractionProfile profile([&lines](const QString& line) { lines.append(line); });
        const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
        for (int i = 0; i < rounds; ++i) {
            round(window, i);
        }
        out << "Each interaction, as it ended:" << Qt::endl;
        for (const QString& line : std::as_const(lines)) {
            out << "  " << line << Qt::endl;
        }
        lines.clear();
    }
    for (const QString& line : std::as_const(lines)) {
        out << line << Qt::endl;
    }
    return 0;
}
