#include "workflow/CommentService.h"

#include "model/UserText.h"
#include "storage/Database.h"
#include "storage/DealSql.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"
#include "workflow/Inbox.h"

namespace handoff {

CommentService::CommentService(Database& db)
    : m_db(db)
{}

Result<Comment> CommentService::add(const User& actor, qint64 dealId, const QString& body)
{
    if (!actor.active) {
        return makeError(Error::Code::Forbidden, tr("%1 cannot comment: the account is deactivated.").arg(actor.name));
    }
    if (body.trimmed().isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The comment was not added: it is empty."));
    }
    if (const QString problem = UserText::controlProblem(body, tr("The comment")); !problem.isEmpty()) {
        return makeError(Error::Code::Invalid, tr("The comment was not added."), {problem});
    }
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    if (auto deal = DealStore(m_db).get(dealId); !deal) {
        return deal.error();
    }
    Comment comment;
    comment.dealId = dealId;
    comment.authorId = actor.id;
    comment.body = body;
    auto created = CommentStore(m_db).create(*work, comment);
    if (!created) {
        return created.error();
    }
    if (auto mentioned = Inbox::recordMentions(*work, created->id, body); !mentioned) {
        return mentioned.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

Result<QList<Comment>> CommentService::forDeal(qint64 dealId) const
{
    return DealSql::comments(m_db, dealId);
}

} // namespace handoff
