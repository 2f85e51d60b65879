// The load program of team mode (not a test): starts a team on an empty database of a PostgreSQL server, with one
// login per client, and lets the clients work the handoff at once for a while, each on a connection of its own; then
// prints, per operation, how many were done and their median and 99th-percentile time; the conflicts retried; the
// lost updates (a ledger of every write the server acknowledged, checked against the final rows: must be 0); and how
// long after a write was acknowledged a listening workstation heard of it (LISTEN/NOTIFY, the goal is under 1 s).
//
//   createdb loaddb && handoff_load --server postgresql:///loaddb [--clients 50] [--seconds 60]
//
// The login of the address must be able to create roles (it administers the team, as 'handoff init' would), and the
// clients' logins (DATABASE_loadN) must be able to connect without a password (trust or peer on a local socket, or
// ~/.pgpass).

#include "LoadClient.h"
#include "LoadLedger.h"

#include "storage/ChangeFeed.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/UserService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace handoff;
using namespace handoff::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "handoff_load: " << message << Qt::endl;
    return 1;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto at = qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(at, 0, values.size() - 1));
}

// A row made by the system, in a change of its own.
template <typename Store>
Result<typename Store::Entity> created(Database& db, const typename Store::Entity& value)
{
    auto work = UnitOfWork::begin(db, UnitOfWork::System);
    if (!work) {
        return work.error();
    }
    auto made = Store(db).create(*work, value);
    if (!made) {
        return made.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return made;
}

// The team: a lead who administers nothing, then the clients (two sales reps, two support reps and a lead in every
// five), each with a login of their own, and a deal for every sales rep.
Result<QList<LoadClient>> startTeam(Database& admin, const ServerAddress& address, int clients)
{
    UserService people(admin);
    const QString prefix = address.database + QStringLiteral("_load");
    auto lead = people.createFirstLead(QStringLiteral("Load Lead"), QStringLiteral("lead@load.example"),
                                       prefix + QStringLiteral("lead"));
    if (!lead) {
        return lead.error();
    }
    auto account = created<AccountStore>(admin, Account{0, 0, QStringLiteral("Load Ltd"), {}, {}});
    if (!account) {
        return account.error();
    }
    QList<LoadClient> team;
    QList<qint64> deals;
    for (int i = 0; i < clients; ++i) {
        const Role role = i % 5 < 2 ? Role::Sales : (i % 5 < 4 ? Role::Support : Role::Lead);
        const QString login = prefix + QString::number(i);
        auto person = people.add(*lead, QStringLiteral("Client %1").arg(i),
                                 QStringLiteral("client%1@load.example").arg(i), role, login);
        if (!person) {
            return person.error();
        }
        LoadClient client;
        ServerAddress own = address;
        own.user = login;
        client.address = own.display();
        client.role = role;
        client.seed = quint32(i + 1);
        if (role == Role::Sales) {
            Deal deal;
            deal.accountId = account->id;
            deal.title = QStringLiteral("Load deal %1").arg(i);
            deal.closedOn = QDate::currentDate();
            deal.salesRepId = person->id;
            auto made = created<DealStore>(admin, deal);
            if (!made) {
                return made.error();
            }
            client.ownDeal = made->id;
            deals.append(made->id);
        }
        team.append(client);
    }
    for (LoadClient& client : team) {
        client.deals = deals;
    }
    return team;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("server"), QStringLiteral("An empty database on a server (postgresql://…)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption(
        {QStringLiteral("clients"), QStringLiteral("Clients at once."), QStringLiteral("N"), QStringLiteral("50")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("How long they work."), QStringLiteral("S"), QStringLiteral("60")});
    parser.process(app);
    const int clients = parser.value(QStringLiteral("clients")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    auto address = ServerAddress::parse(parser.value(QStringLiteral("server")));
    if (!address || clients < 5 || seconds < 1) {
        return fail(QStringLiteral("needs --server postgresql://…/EMPTY_DATABASE, --clients 5 or more, --seconds 1 "
                                   "or more"));
    }
    Database admin;
    if (auto opened = admin.open(address->display()); !opened) {
        return fail(opened.error().fullText());
    }
    auto team = startTeam(admin, *address, clients);
    if (!team) {
        return fail(team.error().fullText());
    }

    // The listening workstation: every notification, by the session that made the change and the deals it names.
    QHash<QPair<qint64, qint64>, QList<LoadClock::time_point>> heard;
    QSqlDatabase listener = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("load-listener"));
    address->applyTo(listener);
    if (!listener.open() || !listener.driver()->subscribeToNotification(QStringLiteral("handoff_changes"))) {
        return fail(QStringLiteral("cannot listen on the server"));
    }
    QObject::connect(listener.driver(), &QSqlDriver::notification, &app,
                     [&heard](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                         const auto at = LoadClock::now();
                         const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                         const qint64 pid = change.value(QLatin1String("pid")).toInteger();
                         for (const QJsonValue deal : change.value(QLatin1String("deals")).toArray()) {
                             heard[{pid, deal.toInteger()}].append(at);
                         }
                     });

    LoadLedger ledger;
    const auto deadline = LoadClock::now() + std::chrono::seconds(seconds);
    std::atomic<int> running(int(team->size()));
    std::vector<std::thread> threads;
    for (const LoadClient& client : std::as_const(*team)) {
        threads.emplace_back([&client, &ledger, deadline, &running] {
            client.run(ledger, deadline);
            --running;
        });
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (running.load() == 0) {
            loop.quit();
        }
    });
    poll.start(50);
    loop.exec();
    for (std::thread& thread : threads) {
        thread.join();
    }
    QTimer::singleShot(2000, &loop, &QEventLoop::quit); // the last notifications
    loop.exec();

    // Lost updates: every acknowledged raise is in the deal's amount, every acknowledged comment is there.
    qint64 lost = 0;
    qint64 raises = 0;
    const auto raised = ledger.raises();
    for (auto it = raised.cbegin(); it != raised.cend(); ++it) {
        raises += it.value();
        const qint64 amount = admin.scalar(QStringLiteral("SELECT amount_minor FROM deals WHERE id = ?"), {it.key()})
                                  .value()
                                  .toLongLong();
        lost += std::abs(it.value() - amount);
    }
    const QList<qint64> comments = ledger.comments();
    const qint64 stored = admin.scalar(QStringLiteral("SELECT count(*) FROM comments")).value().toLongLong();
    lost += std::abs(qint64(comments.size()) - stored);

    // From each acknowledged write to its notification: the k-th write of a session on a deal is the k-th
    // notification of that session naming the deal (a session writes one change at a time).
    QList<double> delays;
    qint64 unheard = 0;
    const auto acknowledged = ledger.acknowledgements();
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const QList<LoadClock::time_point> arrivals = heard.value(it.key());
        for (qsizetype k = 0; k < it.value().size(); ++k) {
            if (k >= arrivals.size()) {
                ++unheard;
                continue;
            }
            delays.append(
                std::max(0.0, std::chrono::duration<double, std::milli>(arrivals.at(k) - it.value().at(k)).count()));
        }
    }

    out() << "handoff_load: " << clients << " clients (sales, support and leads, one login each) for " << seconds
          << " s on " << address->display() << Qt::endl
          << Qt::endl;
    out() << QStringLiteral("%1 %2 %3 %4 %5")
                 .arg(QStringLiteral("operation"), -24)
                 .arg(QStringLiteral("done"), 8)
                 .arg(QStringLiteral("per s"), 8)
                 .arg(QStringLiteral("p50 ms"), 8)
                 .arg(QStringLiteral("p99 ms"), 8)
          << Qt::endl;
    const auto times = ledger.times();
    QStringList operations = times.keys();
    operations.sort();
    for (const QString& operation : operations) {
        const QList<double>& values = times.value(operation);
        out() << QStringLiteral("%1 %2 %3 %4 %5")
                     .arg(operation, -24)
                     .arg(values.size(), 8)
                     .arg(double(values.size()) / seconds, 8, 'f', 1)
                     .arg(percentile(values, 50), 8, 'f', 2)
                     .arg(percentile(values, 99), 8, 'f', 2)
              << Qt::endl;
    }
    out() << Qt::endl
          << "conflicts retried (another client saved the deal first): " << ledger.conflicts() << Qt::endl
          << "lost updates (acknowledged " << raises << " raises and " << comments.size()
          << " comments, checked against the rows): " << lost << Qt::endl
          << QStringLiteral("commit to notification: p50 %1 ms, p99 %2 ms, max %3 ms (%4 writes heard, %5 not heard)")
                 .arg(percentile(delays, 50), 0, 'f', 1)
                 .arg(percentile(delays, 99), 0, 'f', 1)
                 .arg(percentile(delays, 100), 0, 'f', 1)
                 .arg(delays.size())
                 .arg(unheard)
          << Qt::endl;
    const QStringList failures = ledger.failures();
    for (const QString& failure : failures) {
        out() << "failed: " << failure << Qt::endl;
    }
    return lost == 0 && failures.isEmpty() ? 0 : 1;
}
