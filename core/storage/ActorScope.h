#pragma once

#include "storage/Database.h"

namespace handoff {

// Makes a user the actor of every audit row written while the scope lives, and restores the previous actor after.
class ActorScope {
public:
    ActorScope(Database& db, qint64 userId)
        : m_db(db)
        , m_previous(db.actorId())
    {
        db.setActorId(userId);
    }
    ~ActorScope() { m_db.setActorId(m_previous); }
    ActorScope(const ActorScope&) = delete;
    ActorScope& operator=(const ActorScope&) = delete;

private:
    Database& m_db;
    qint64 m_previous;
};

} // namespace handoff
