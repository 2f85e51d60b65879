#include "promises/PromiseEdits.h"

#include "deals/DealSession.h"
#include "model/FieldMerge.h"
#include "workflow/PromiseService.h"

#include <memory>

namespace handoff {

namespace {

using Handle = std::shared_ptr<RecordHandle>;

} // namespace

PromiseEdits::PromiseEdits(DealSession& session)
    : m_session(session)
{}

qint64 PromiseEdits::add(QWidget* parent, const Promise& promise)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.fresh();
    const auto doIt = [db, actor, promise, handle] { return track(PromiseService(*db).add(actor, promise), handle); };
    const auto undoIt = [db, actor, handle] { return PromiseService(*db).remove(actor, handle->id, handle->version); };
    if (!m_session.apply(parent, tr("Add promise “%1”").arg(promise.description), doIt, undoIt)) {
        return 0;
    }
    return handle->id;
}

bool PromiseEdits::edit(QWidget* parent, const Promise& before, const Promise& after)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(before.id, before.version);
    // Each step writes its fields over the version the previous step left.
    const auto write = [db, actor, handle](Promise fields) {
        fields.id = handle->id;
        fields.version = handle->version;
        return track(PromiseService(*db).edit(actor, fields), handle);
    };
    const auto overwrite = [db, actor, handle, after, write] {
        auto current = PromiseService(*db).get(handle->id);
        if (!current) {
            return Result<void>(current.error());
        }
        handle->version = current->version;
        return write(after);
    };
    // from's fields that to changes, written over the version saved now: the edit over someone else's change of other
    // fields (a review, say) without asking, and its undo without taking their change back. Refused as a conflict
    // when they changed the same fields.
    const auto writeOver = [db, handle, write](const Promise& from, const Promise& to) {
        return [db, handle, write, from, to] {
            auto theirs = PromiseService(*db).get(handle->id);
            if (!theirs) {
                return Result<void>(theirs.error());
            }
            Promise merged;
            if (!mergeFields(from, to, *theirs, merged, &Promise::kind, &Promise::capabilityId, &Promise::description,
                             &Promise::customerWords, &Promise::dueOn, &Promise::promisedById,
                             &Promise::justification)) {
                return Result<void>(
                    makeError(Error::Code::Conflict, tr("Someone else changed the same field meanwhile.")));
            }
            handle->version = theirs->version;
            return write(merged);
        };
    };
    return m_session.apply(
        parent, tr("Edit promise “%1”").arg(after.description), [write, after] { return write(after); },
        writeOver(after, before), overwrite, writeOver(before, after));
}

bool PromiseEdits::remove(QWidget* parent, const Promise& promise)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(promise.id, promise.version);
    // Taking the removal back records the promise again, as new: support reviews it afresh.
    const auto doIt = [db, actor, handle] { return PromiseService(*db).remove(actor, handle->id, handle->version); };
    const auto undoIt = [db, actor, promise, handle] { return track(PromiseService(*db).add(actor, promise), handle); };
    return m_session.apply(parent, tr("Remove promise “%1”").arg(promise.description), doIt, undoIt);
}

bool PromiseEdits::review(QWidget* parent, const Promise& before, ReviewStatus status, const QString& note)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(before.id, before.version);
    const auto doIt = [db, actor, handle, status, note] {
        return track(PromiseService(*db).review(actor, handle->id, status, note, handle->version), handle);
    };
    const auto undoIt = [db, actor, handle, before] {
        Promise previous = before;
        previous.id = handle->id;
        return track(PromiseService(*db).revert(actor, PromiseAction::Review, previous, handle->version), handle);
    };
    return m_session.apply(parent, tr("Review promise “%1”").arg(before.description), doIt, undoIt);
}

bool PromiseEdits::waive(QWidget* parent, const Promise& before, const QString& reason)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(before.id, before.version);
    const auto doIt = [db, actor, handle, reason] {
        return track(PromiseService(*db).waive(actor, handle->id, reason, handle->version), handle);
    };
    const auto undoIt = [db, actor, handle, before] {
        Promise previous = before;
        previous.id = handle->id;
        return track(PromiseService(*db).revert(actor, PromiseAction::Waive, previous, handle->version), handle);
    };
    return m_session.apply(parent, tr("Waive promise “%1”").arg(before.description), doIt, undoIt);
}

bool PromiseEdits::markFulfilled(QWidget* parent, const Promise& before, QDate on)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(before.id, before.version);
    const auto doIt = [db, actor, handle, on] {
        return track(PromiseService(*db).markFulfilled(actor, handle->id, on, handle->version), handle);
    };
    const auto undoIt = [db, actor, handle, before] {
        Promise previous = before;
        previous.id = handle->id;
        return track(PromiseService(*db).revert(actor, PromiseAction::MarkFulfilled, previous, handle->version),
                     handle);
    };
    return m_session.apply(parent, tr("Mark promise “%1” fulfilled").arg(before.description), doIt, undoIt);
}

bool PromiseEdits::answerClarification(QWidget* parent, const Promise& promise, const QString& answer)
{
    Database* db = &m_session.db();
    const User actor = m_session.actor();
    const Handle handle = m_handles.of(promise.id, promise.version);
    return m_session.run(parent, tr("Could not send the answer"), [db, actor, handle, answer] {
        return track(PromiseService(*db).answerClarification(actor, handle->id, answer, handle->version), handle);
    });
}

} // namespace handoff
