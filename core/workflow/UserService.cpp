#include "workflow/UserService.h"

#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/Stores.h"
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

Result<User> UserService::create(const QString& name, const QString& email, Role role)
{
    User user;
    user.name = name.simplified();
    user.email = email.trimmed();
    user.role = role;
    QStringList problems;
    if (user.name.isEmpty()) {
        problems << tr("Enter a name.");
    }
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailShape.match(user.email).hasMatch()) {
        problems << tr("Enter an email address such as name@example.com.");
    } else if (auto taken = DealSql::usersWithEmail(m_db, user.email); !taken) {
        return taken.error();
    } else if (!taken->isEmpty()) {
        problems << tr("%1 already belongs to %2.").arg(user.email, taken->first().name);
    }
    if (!problems.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The profile was not created."), problems);
    }
    // A profile is made before anyone works as it, so its making is the system's.
    auto work = UnitOfWork::begin(m_db, UnitOfWork::System);
    if (!work) {
        return work.error();
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
