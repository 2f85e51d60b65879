#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace handoff {

class Database;

// Team mode on a server (schema 10, resources/migrations/postgresql/0010_team_mode.sql): each person connects with a
// login of their own, and the server holds them to their role. These calls reach the functions that script defines;
// on a file, where core alone enforces the roles, none of them applies.
class TeamSql {
    Q_DECLARE_TR_FUNCTIONS(TeamSql)

public:
    // A session open on the team's database.
    struct Session {
        QString login;
        int connections = 0;
        QDateTime since; // the oldest of them, UTC
    };

    // Whether the database is a server in team mode, and the person the session's login is (0 when the login
    // administers the database: its owner or a superuser). Refused (Forbidden) for a login that is no person of
    // the team.
    struct Identity {
        bool teamMode = false;
        qint64 person = 0;
        QString login;
    };
    static Result<Identity> identity(const Database& db);

    // Starts team mode in an empty team's database: the group roles, the grants and the server's guard. The session
    // must own the database; it becomes the one that administers it.
    static Result<void> start(Database& db);
    // Gives a person their login (made on the server when it has none yet) in their role's group.
    static Result<void> addLogin(Database& db, qint64 userId, const QString& login);
    // Stops or restores a person's login.
    static Result<void> allowLogin(Database& db, qint64 userId, bool allowed);
    // The login of each person who has one.
    static Result<QHash<qint64, QString>> logins(const Database& db);
    // Who is connected to this database now, by login.
    static Result<QList<Session>> sessions(const Database& db);
    // The login that administers the database (empty outside team mode).
    static Result<QString> owner(const Database& db);

    // The login a person gets by default: their email's part before '@', in the letters a login may have.
    static QString loginFor(const QString& email);
};

} // namespace handoff
