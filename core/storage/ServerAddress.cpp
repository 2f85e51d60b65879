#include "storage/ServerAddress.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace handoff {

namespace {

bool isKeyword(const QString& key)
{
    if (key.isEmpty()) {
        return false;
    }
    for (const QChar c : key) {
        if (!(c.isLower() && c.unicode() < 128) && c != QLatin1Char('_')) {
            return false;
        }
    }
    return true;
}

} // namespace

bool ServerAddress::isServerAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString& text)
{
    const auto invalid = [&text](const QString& why) {
        return makeError(Error::Code::Invalid, tr("The server address '%1' cannot be used: %2").arg(text, why));
    };
    if (!isServerAddress(text)) {
        return invalid(tr("it must start with postgresql://."));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return invalid(url.errorString());
    }
    if (!url.password().isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("The server address holds a password. Handoff never takes a password on the command line "
                            "or in an address: put it in ~/.pgpass (or use the server's peer or certificate login) "
                            "and give the address without it."));
    }
    ServerAddress address;
    address.host = url.host(QUrl::FullyDecoded);
    address.port = url.port(-1);
    address.user = url.userName(QUrl::FullyDecoded);
    address.database = url.path(QUrl::FullyDecoded).mid(1);
    if (address.database.contains(QLatin1Char('/'))) {
        return invalid(tr("the database name cannot contain '/'."));
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!isKeyword(key)) {
            return invalid(tr("'%1' is not a connection setting.").arg(key));
        }
        if (key == QLatin1String("password")) {
            return makeError(Error::Code::Invalid, tr("The server address holds a password. Put it in ~/.pgpass "
                                                      "instead and give the address without it."));
        }
        if (key == QLatin1String("host")) {
            address.host = value; // a socket folder is often given this way: ?host=/run/postgresql
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535) {
                return invalid(tr("'%1' is not a port number.").arg(value));
            }
        } else if (key == QLatin1String("user")) {
            address.user = value;
        } else if (key == QLatin1String("dbname")) {
            address.database = value;
        } else {
            options.append(key + QLatin1Char('=') + quoted(value));
        }
    }
    address.options = options.join(QLatin1Char(' '));
    return address;
}

void ServerAddress::applyTo(QSqlDatabase& db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setDatabaseName(database);
    // Qt passes the options on to libpq after its own fields; ';' separates them for Qt, a space for libpq.
    QStringList settings{QStringLiteral("application_name='Handoff'"), QStringLiteral("connect_timeout=10")};
    if (!options.isEmpty()) {
        settings.append(options);
    }
    db.setConnectOptions(settings.join(QLatin1Char(';')));
}

QString ServerAddress::quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString ServerAddress::display() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += user + QLatin1Char('@');
    }
    if (!host.startsWith(QLatin1Char('/'))) {
        text += host;
    }
    if (port > 0) {
        text += QLatin1Char(':') + QString::number(port);
    }
    text += QLatin1Char('/') + database;
    if (host.startsWith(QLatin1Char('/'))) {
        text += QStringLiteral("?host=") + host;
    }
    return text;
}

} // namespace handoff
