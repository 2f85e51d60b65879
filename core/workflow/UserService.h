#pragma once

#include "Result.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace handoff {

class Database;
class UnitOfWork;

// The people who work in Handoff: the profile picker lists them and creates a new one on first start; screens ask
// it for the reps a deal can be given to; `handoff init` and `handoff user` let a lead manage them from a script.
class UserService {
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    explicit UserService(Database& db);

    // Every user, active ones first, by name.
    Result<QList<User>> all() const;
    // Active users of one role, by name.
    Result<QList<User>> active(Role role) const;
    Result<User> get(qint64 id) const;
    // Any user, active or not (a former rep's figures are still theirs), by email in any case; NotFound says so.
    Result<User> byEmail(const QString& email) const;
    // A new active user; the name must be given and the email look like one and be unused. Made by the system: the
    // profile picker of a local file, where whoever sits at the desk makes their own profile.
    Result<User> create(const QString& name, const QString& email, Role role);
    // The first person of a new team's database, a lead who can then add the others; refused (Invalid) once the
    // database has anyone in it, so that nobody makes themselves a lead of a team that already has one.
    // On a server it starts team mode (TeamSql): the lead gets a login of their own (login, or by default the part
    // of the email before '@'), and from then on the server holds every login to its role.
    Result<User> createFirstLead(const QString& name, const QString& email, const QString& login = {});
    // A new active user that a lead adds, audited in the lead's name; Forbidden for anyone else. In team mode the
    // person also gets a login on the server (as createFirstLead), in the same change.
    Result<User> add(const User& actor, const QString& name, const QString& email, Role role,
                     const QString& login = {});
    // Stops or restores a user's access; their deals, figures and history stay theirs. Leads only, and never the last
    // active lead, so that someone can always manage the team. Invalid when the user already is as asked. In team
    // mode their login stops or works again as well.
    Result<User> setActive(const User& actor, qint64 userId, bool active);
    // A person's login on a team's server; empty when they have none (and on a file).
    Result<QString> loginOf(qint64 userId) const;
    // Everyone's logins by person, read at once.
    Result<QHash<qint64, QString>> logins() const;
    // Gives a person who has no login yet (one an import made, say) their login on a team's server: login, or by
    // default the part of their email before '@'. Leads only; Invalid on a file or a server without team mode, and
    // for a person who has a login already.
    Result<QString> addLogin(const User& actor, qint64 userId, const QString& login = {});

    // What is wrong with a name and an email before any database is asked (empty when nothing is).
    static QStringList shapeProblems(const QString& name, const QString& email);

private:
    Result<User> insert(qint64 actorId, const QString& name, const QString& email, Role role);
    // Gives the person the login chosen (empty: TeamSql::loginFor their email) and records it; returns the login.
    Result<QString> giveLogin(UnitOfWork& work, const User& person, const QString& chosen);

    Database& m_db;
};

} // namespace handoff
