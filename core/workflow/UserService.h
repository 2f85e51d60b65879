#pragma once

#include "Result.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>

namespace handoff {

class Database;

// The people who work in Handoff: the profile picker lists them and creates a new one on first start; screens ask
// it for the reps a deal can be given to.
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
    // A new active user; the name must be given and the email look like one and be unused.
    Result<User> create(const QString& name, const QString& email, Role role);

private:
    Database& m_db;
};

} // namespace handoff
