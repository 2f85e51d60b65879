#include "storage/ChangeFeed.h"

#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

#include <libpq-fe.h>

namespace handoff {

namespace {

const QString kChannel = QStringLiteral("handoff_changes");

} // namespace

ChangeFeed::ChangeFeed(QObject* parent)
    : QObject(parent)
{
    static QAtomicInteger<int> feeds;
    m_connectionName = QStringLiteral("handoff-changes-%1").arg(feeds.fetchAndAddRelaxed(1) + 1);
    m_gather.setSingleShot(true);
    m_gather.setInterval(150);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::passOn);
}

ChangeFeed::~ChangeFeed()
{
    stop();
}

void ChangeFeed::stop()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<void> ChangeFeed::start(const Database& db)
{
    if (!db.isServer()) {
        return {};
    }
    stop();
    auto pid = db.scalar(QStringLiteral("SELECT pg_backend_pid()"));
    if (!pid) {
        return pid.error();
    }
    m_ownPid = pid->toLongLong();
    auto address = ServerAddress::parse(db.path());
    if (!address) {
        return address.error();
    }
    QSqlDatabase listener = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    address->applyTo(listener);
    if (!listener.open()) {
        return makeError(Error::Code::Storage, tr("Could not connect to '%1' to hear the others' changes: %2")
                                                   .arg(db.path(), listener.lastError().databaseText().trimmed()));
    }
    if (!listener.driver()->subscribeToNotification(kChannel)) {
        return makeError(Error::Code::Storage,
                         tr("The server '%1' did not let Handoff hear the others' changes: %2")
                             .arg(db.path(), listener.driver()->lastError().databaseText().trimmed()));
    }
    connect(
        listener.driver(), &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) { heard(name, payload); });
    return {};
}

bool ChangeFeed::isListening() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).driver()->subscribedToNotifications().contains(kChannel);
}

bool ChangeFeed::isAlive(bool ask) const
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return false;
    }
    QSqlDatabase listener = QSqlDatabase::database(m_connectionName, false);
    const QVariant handle = listener.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "pg_conn*") != 0) {
        return false;
    }
    pg_conn* connection = *static_cast<pg_conn* const*>(handle.constData());
    if (!connection || PQstatus(connection) == CONNECTION_BAD) {
        return false;
    }
    return !ask || QSqlQuery(QStringLiteral("SELECT 1"), listener).isActive();
}

void ChangeFeed::heard(const QString& name, const QVariant& payload)
{
    if (name != kChannel) {
        return;
    }
    const QJsonObject change = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (change.value(QLatin1String("pid")).toInteger() == m_ownPid) {
        return; // the program's own change, shown already
    }
    m_everything = m_everything || change.value(QLatin1String("all")).toBool() || change.isEmpty();
    for (const QJsonValue deal : change.value(QLatin1String("deals")).toArray()) {
        m_deals.insert(deal.toInteger());
    }
    for (const QJsonValue kind : change.value(QLatin1String("kinds")).toArray()) {
        m_kinds.insert(kind.toString());
    }
    if (!m_gather.isActive()) {
        m_gather.start();
    }
}

void ChangeFeed::passOn()
{
    Changes changes;
    changes.deals = QList<qint64>(m_deals.begin(), m_deals.end());
    std::sort(changes.deals.begin(), changes.deals.end());
    changes.kinds = QStringList(m_kinds.begin(), m_kinds.end());
    changes.kinds.sort();
    changes.everything = m_everything;
    m_deals.clear();
    m_kinds.clear();
    m_everything = false;
    emit changed(changes);
}

} // namespace handoff
