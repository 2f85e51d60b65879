#include "workflow/UserService.h"

#include "model/UserText.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/Stores.h"
#include "storage/TeamSql.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>

namespace handoff {

UserService::UserService(Database& db)
    : m_db(db)
{}

Result<QList<User>> UserService::all() const
{
    return DealSql::users(m_db);
}

Result<QList<User>> UserService::active(Role role) const
{
    return DealSql::activeUsers(m_db, toKey(role));
}

Result<User> UserService::get(qint64 id) const
{
    return UserStore(m_db).get(id);
}

Result<User> UserService::byEmail(const QString& email) const
{
    auto users = DealSql::usersWithEmail(m_db, email.trimmed());
    if (!users) {
        return users.error();
    }
    if (users->isEmpty()) {
        return makeError(Error::Code::NotFound, tr("No user has the email '%1'.").arg(email.trimmed()));
    }
    return users->constFirst();
}

QStringList UserService::shapeProblems(const QString& name, const QString& email)
{
    QStringList problems;
    if (name.simplified().isEmpty()) {
        problems << tr("Enter a name.");
    }
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailShape.match(email.trimmed()).hasMatch()) {
        problems << tr("Enter an email address such as name@example.com.");
    }
    for (const auto& [text, what] : {std::pair{&name, tr("The name")}, std::pair{&email, tr("The email address")}}) {
        if (const QString problem = UserText::controlProblem(text->trimmed(), what); !problem.isEmpty()) {
            problems << problem;
        }
    }
    return problems;
}

Result<User> UserService::create(const QString& name, const QString& email, Role role)
{
    // A profile is made before anyone works as it, so its making is the system's.
    return insert(UnitOfWork::System, name, email, role);
}

Result<User> UserService::createFirstLead(const QString& name, const QString& email, const QString& login)
{
    auto work = UnitOfWork::begin(m_db, UnitOfWork::System);
    if (!work) {
        return work.error();
    }
    // Read inside the change, so that two programs starting the same team cannot both make its first lead.
    auto everyone = all();
    if (!everyone) {
        return everyone.error();
    }
    if (!everyone->isEmpty()) {
        return makeError(Error::Code::Invalid, tr("This database already has people in it: a team lead adds more."));
    }
    auto lead = insert(UnitOfWork::System, name, email, Role::Lead);
    if (!lead) {
        return lead.error();
    }
    if (m_db.isServer()) {
        // On a server the team starts in team mode: the lead gets a login of their own, and the server enforces
        // every role from now on (TeamSql).
        if (auto started = TeamSql::start(m_db); !started) {
            return started.error();
        }
        if (auto given = giveLogin(*work, *lead, login); !given) {
            return given.error();
        }
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    if (auto read = m_db.readTeamIdentity(); !read) {
        return read.error();
    }
    return lead;
}

Result<User> UserService::add(const User& actor, const QString& name, const QString& email, Role role,
                              const QString& login)
{
    if (!actor.active || actor.role != Role::Lead) {
        return makeError(Error::Code::Forbidden,
                         tr("%1 was not added: only a team lead adds people.").arg(name.simplified()));
    }
    if (!m_db.inTeamMode()) {
        return insert(actor.id, name, email, role);
    }
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto added = insert(actor.id, name, email, role);
    if (!added) {
        return added.error();
    }
    if (auto given = giveLogin(*work, *added, login); !given) {
        return given.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return added;
}

Result<QString> UserService::loginOf(qint64 userId) const
{
    auto found = logins();
    if (!found) {
        return found.error();
    }
    return found->value(userId);
}

Result<QHash<qint64, QString>> UserService::logins() const
{
    return TeamSql::logins(m_db);
}

Result<QString> UserService::addLogin(const User& actor, qint64 userId, const QString& login)
{
    if (!actor.active || actor.role != Role::Lead) {
        return makeError(Error::Code::Forbidden, tr("Only a team lead gives people their logins."));
    }
    if (!m_db.inTeamMode()) {
        return makeError(Error::Code::Invalid, tr("Logins are for a team's server in team mode: on this database "
                                                  "whoever works picks their profile."));
    }
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto person = get(userId);
    if (!person) {
        return person.error();
    }
    auto existing = loginOf(userId);
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return makeError(Error::Code::Invalid,
                         tr("%1 <%2> already has the login '%3'.").arg(person->name, person->email, *existing));
    }
    auto given = giveLogin(*work, *person, login);
    if (!given) {
        return given.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return given;
}

Result<QString> UserService::giveLogin(UnitOfWork& work, const User& person, const QString& chosen)
{
    const qint64 userId = person.id;
    const QString login = chosen.isEmpty() ? TeamSql::loginFor(person.email) : chosen;
    if (auto given = TeamSql::addLogin(m_db, userId, login); !given) {
        Error error = given.error();
        error.message = tr("The login '%1' was not given: %2").arg(login, error.message);
        return error;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("users");
    entry.entityId = userId;
    entry.field = QStringLiteral("login");
    entry.newValue = login;
    if (auto logged = AuditLog::append(work, entry); !logged) {
        return logged.error();
    }
    return login;
}

Result<User> UserService::setActive(const User& actor, qint64 userId, bool active)
{
    if (!actor.active || actor.role != Role::Lead) {
        return makeError(Error::Code::Forbidden, active ? tr("Only a team lead restores a person's access.")
                                                        : tr("Only a team lead deactivates a person."));
    }
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto user = get(userId);
    if (!user) {
        return user.error();
    }
    if (user->active == active) {
        return makeError(Error::Code::Invalid,
                         active ? tr("%1 <%2> is already active.").arg(user->name, user->email)
                                : tr("%1 <%2> is already deactivated.").arg(user->name, user->email));
    }
    if (!active && user->role == Role::Lead) {
        auto leads = this->active(Role::Lead);
        if (!leads) {
            return leads.error();
        }
        if (leads->size() <= 1) {
            return makeError(Error::Code::Invalid,
                             tr("%1 <%2> is the team's only active lead and stays active, so that someone can "
                                "manage the team. Add another lead first.")
                                 .arg(user->name, user->email));
        }
    }
    user->active = active;
    auto saved = UserStore(m_db).update(*work, *user);
    if (!saved) {
        return saved.error();
    }
    if (m_db.inTeamMode()) {
        if (auto allowed = TeamSql::allowLogin(m_db, user->id, active); !allowed) {
            return allowed.error();
        }
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return saved;
}

Result<User> UserService::insert(qint64 actorId, const QString& name, const QString& email, Role role)
{
    User user;
    user.name = name.simplified();
    user.email = email.trimmed();
    user.role = role;
    const QString refused = tr("The profile was not created.");
    if (const QStringList problems = shapeProblems(name, email); !problems.isEmpty()) {
        return makeError(Error::Code::Invalid, refused, problems);
    }
    auto work = UnitOfWork::begin(m_db, actorId);
    if (!work) {
        return work.error();
    }
    // Read inside the change, so that two programs cannot give the same email to two people.
    auto taken = DealSql::usersWithEmail(m_db, user.email);
    if (!taken) {
        return taken.error();
    }
    if (!taken->isEmpty()) {
        return makeError(Error::Code::Invalid, refused,
                         {tr("%1 already belongs to %2.").arg(user.email, taken->first().name)});
    }
    auto created = UserStore(m_db).create(*work, user);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

} // namespace handoff
