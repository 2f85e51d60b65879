#pragma once

#include "Result.h"
#include "model/Comment.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>

namespace handoff {

class Database;

// The comment thread of a deal: sales, support and leads talk about the handoff where its history is.
class CommentService {
    Q_DECLARE_TR_FUNCTIONS(CommentService)

public:
    explicit CommentService(Database& db);

    // Any active user may comment on any deal; the body must say something.
    Result<Comment> add(const User& actor, qint64 dealId, const QString& body);
    // Oldest first.
    Result<QList<Comment>> forDeal(qint64 dealId) const;

private:
    Database& m_db;
};

} // namespace handoff
