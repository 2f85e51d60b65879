#include "storage/TeamSql.h"

#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace handoff {

namespace {

Result<void> done(const Result<QSqlQuery>& ran)
{
    if (!ran) {
        return ran.error();
    }
    return {};
}

} // namespace

Result<TeamSql::Identity> TeamSql::identity(const Database& db)
{
    Identity identity;
    if (!db.isServer()) {
        return identity;
    }
    auto query = db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM team_mode), handoff_team_person(), "
                                        "session_user::text"));
    if (!query) {
        return query.error();
    }
    if (query->next()) {
        identity.teamMode = query->value(0).toBool();
        identity.person = query->value(1).toLongLong();
        identity.login = query->value(2).toString();
    }
    return identity;
}

Result<void> TeamSql::start(Database& db)
{
    return done(db.exec(QStringLiteral("SELECT handoff_start_team()")));
}

Result<void> TeamSql::addLogin(Database& db, qint64 userId, const QString& login)
{
    return done(db.exec(QStringLiteral("SELECT handoff_add_login(?, ?)"), {userId, login}));
}

Result<void> TeamSql::allowLogin(Database& db, qint64 userId, bool allowed)
{
    return done(db.exec(QStringLiteral("SELECT handoff_allow_login(?, ?)"), {userId, allowed}));
}

Result<QHash<qint64, QString>> TeamSql::logins(const Database& db)
{
    QHash<qint64, QString> logins;
    if (!db.isServer()) {
        return logins;
    }
    auto query = db.exec(QStringLiteral("SELECT user_id, login FROM team_logins"));
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        logins.insert(query->value(0).toLongLong(), query->value(1).toString());
    }
    return logins;
}

Result<QList<TeamSql::Session>> TeamSql::sessions(const Database& db)
{
    QList<Session> sessions;
    if (!db.isServer()) {
        return sessions;
    }
    // pg_stat_activity shows every session's login to anyone; their queries only to the owner and superusers.
    auto query =
        db.exec(QStringLiteral("SELECT usename::text, count(*), "
                               "to_char(min(backend_start) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS') "
                               "FROM pg_stat_activity WHERE datname = current_database() AND usename IS NOT NULL "
                               "GROUP BY usename ORDER BY 1"));
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        const QDateTime since = QDateTime::fromString(query->value(2).toString() + QLatin1Char('Z'), Qt::ISODate);
        sessions.append({query->value(0).toString(), query->value(1).toInt(), since});
    }
    return sessions;
}

Result<QString> TeamSql::owner(const Database& db)
{
    if (!db.isServer()) {
        return QString();
    }
    auto owner = db.scalar(QStringLiteral("SELECT owner FROM team_mode"));
    if (!owner) {
        return owner.error();
    }
    return owner->toString();
}

QString TeamSql::loginFor(const QString& email)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^a-z0-9_.-]"));
    QString login = email.section(QLatin1Char('@'), 0, 0).toLower();
    login.replace(notAllowed, QStringLiteral("_"));
    if (login.isEmpty() || !(login.at(0).isLetter() || login.at(0) == QLatin1Char('_'))) {
        login.prepend(QLatin1Char('_'));
    }
    return login.left(63);
}

} // namespace handoff
