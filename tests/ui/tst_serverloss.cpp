// Losing the team's server under a running workstation: the status bar says so within seconds, what is on screen
// stays, a change is refused with a message that says why and leaves nothing behind, and once the server is back
// the window connects again by itself, hears the others' changes again and reads what it shows anew.
//
// The test stops and starts a server, so it runs one of its own (scripts/pg-cluster.sh in a folder of its own), not
// the cluster the other tests share.

#include "DealFixture.h"
#include "deals/DealListView.h"
#include "mainwindow/MainWindow.h"
#include "models/DealListModel.h"
#include "storage/ServerLink.h"
#include "workflow/CommentService.h"
#include "workflow/DealService.h"
#include "workflow/UserService.h"

#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace handoff;

namespace {

// A private server: started in a fresh folder, paused and resumed on demand, removed at the end.
class PrivateServer {
public:
    PrivateServer()
        : m_dir(QStringLiteral("/tmp/handoff-loss-%1").arg(QCoreApplication::applicationPid()))
    {
        m_running = script(QStringLiteral("start"));
        // libpq reads these at every connection, the window's reconnections too.
        qputenv("PGHOST", m_dir.toLocal8Bit());
        qputenv("PGUSER", "handoff");
    }
    ~PrivateServer() { script(QStringLiteral("stop")); }

    bool isRunning() const { return m_running; }
    bool pause() { return script(QStringLiteral("pause")); }
    bool resume() { return script(QStringLiteral("resume")); }

    // An empty database on it.
    bool createDatabase(const QString& name) const
    {
        bool made = false;
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("loss-admin"));
            admin.setDatabaseName(QStringLiteral("postgres"));
            made = admin.open() && QSqlQuery(QStringLiteral("CREATE DATABASE %1").arg(name), admin).isActive();
            if (!made) {
                qWarning("%s", qPrintable(admin.lastError().text()));
            }
            admin.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("loss-admin"));
        return made;
    }

private:
    bool script(const QString& action) const
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral("bash"), {QStringLiteral(HANDOFF_PG_CLUSTER_SCRIPT), action, m_dir});
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    QString m_dir;
    bool m_running = false;
};

qint64 count(const Database& db, const char* table)
{
    const auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return n ? n->toLongLong() : -1;
}

} // namespace

class TestServerLoss : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HandoffTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_serverloss"));
        QSettings().clear();
    }

    void theWindowLivesThroughALostServer()
    {
        PrivateServer server;
        QVERIFY2(server.isRunning(), "the test's own PostgreSQL server did not start (scripts/deps.sh installs it)");
        QVERIFY(server.createDatabase(QStringLiteral("handoff_loss")));
        const QString address = QStringLiteral("postgresql:///handoff_loss");
        Database db;
        QVERIFY2(db.open(address), "cannot open the test's database");
        QVERIFY(fillDeals(db, 30));
        QVERIFY(db.exec(
            QStringLiteral("SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))")));
        const User lead =
            *UserService(db).create(QStringLiteral("Lee Lead"), QStringLiteral("lee@example.com"), Role::Lead);

        MainWindow window(db, lead);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* link = window.findChild<ServerLink*>();
        QVERIFY(link);
        auto* serverLabel = window.findChild<QLabel*>(QStringLiteral("serverLabel"));
        QVERIFY(serverLabel);
        QVERIFY(!serverLabel->isVisible());
        auto* model = window.dealList()->model();
        QTRY_VERIFY(model->rowCount() > 5);
        const int rows = model->rowCount();
        const qint64 dealId = model->dealId(0);
        const QString title = model->index(0, DealListModel::TitleColumn).data().toString();

        QVERIFY(server.pause());
        QTRY_VERIFY_WITH_TIMEOUT(serverLabel->isVisible(), 5000);
        QVERIFY2(serverLabel->text().contains(QLatin1String("unreachable")), qPrintable(serverLabel->text()));
        // What is on screen stays readable.
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(model->index(0, DealListModel::TitleColumn).data().toString(), title);
        // A change is refused, and says why.
        const auto comment = CommentService(db).add(lead, dealId, QStringLiteral("Written while the server was down"));
        QVERIFY(!comment);
        QVERIFY2(comment.error().fullText().contains(QLatin1String("connection to the team's server is lost")),
                 qPrintable(comment.error().fullText()));

        QVERIFY(server.resume());
        QTRY_VERIFY_WITH_TIMEOUT(!serverLabel->isVisible(), 20000);
        QVERIFY(link->isConnected());
        // Nothing of the refused change reached the server; the same change now goes through.
        QCOMPARE(count(db, "comments"), 0);
        QVERIFY(CommentService(db).add(lead, dealId, QStringLiteral("Written once the server was back")));
        QCOMPARE(count(db, "comments"), 1);

        // The window listens again: another session's change shows in place.
        Database other;
        QVERIFY(other.open(address));
        Deal deal = *DealService(other).get(dealId);
        deal.title = QStringLiteral("Renamed after the outage");
        QVERIFY(DealService(other).update(lead, deal));
        const auto titleOf = [model](qint64 id) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->dealId(row) == id) {
                    return model->index(row, DealListModel::TitleColumn).data().toString();
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(titleOf(dealId), QStringLiteral("Renamed after the outage"), 1000);
    }
};

QTEST_MAIN(TestServerLoss)
#include "tst_serverloss.moc"
