#include "deals/DealSession.h"

#include "widgets/Messages.h"
#include "widgets/ServiceCommand.h"
#include "workflow/HistoryFormatter.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>

namespace handoff {

DealSession::DealSession(Database& db, const User& actor, qint64 dealId, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_actor(actor)
    , m_dealId(dealId)
    , m_undoStack(new QUndoStack(this))
{
    // An undo or redo changed the deal behind the views' backs.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DealSession::changed);
}

bool DealSession::apply(QWidget* parent, const QString& text, Step doIt, Step undoIt, Step overwrite, Step merge)
{
    QPointer<QWidget> guard(parent);
    auto onError = [this, guard, text](const Error& error) {
        showRefusal(guard, tr("Could not undo or redo “%1”").arg(text), error);
        emit changed();
    };
    const int before = m_undoStack->index();
    auto done = ServiceCommand::apply(m_undoStack, text, doIt, undoIt, onError);
    if (!done && done.error().code == Error::Code::Conflict && merge) {
        // Someone else changed other fields meanwhile: both changes stand, nobody is asked.
        done = ServiceCommand::apply(m_undoStack, text, merge, undoIt, onError);
    }
    if (!done && done.error().code == Error::Code::Conflict && overwrite) {
        // The deal's history names who saved what and when: the newest line is the change this edit met.
        const auto history = HistoryFormatter(m_db).dealHistory(m_dealId);
        const QString lastChange = history && !history->isEmpty() ? history->constLast() : QString();
        if (Messages::askConflict(parent, tr("this deal"), lastChange) == Messages::ConflictChoice::Reload) {
            emit changed();
            return false;
        }
        done = ServiceCommand::apply(m_undoStack, text, overwrite, undoIt, onError);
    }
    if (!done) {
        showRefusal(parent, tr("Could not save “%1”").arg(text), done.error());
        emit changed();
        return false;
    }
    if (m_undoStack->index() == before) {
        emit changed(); // a merged command does not move the index
    }
    return true;
}

bool DealSession::run(QWidget* parent, const QString& errorTitle, const Step& doIt)
{
    auto done = doIt();
    if (!done) {
        showRefusal(parent, errorTitle, done.error());
    }
    emit changed();
    return done.ok();
}

void DealSession::movedOn()
{
    m_undoStack->clear();
    m_missingMarked = false;
}

void DealSession::showRefusal(QWidget* parent, const QString& title, const Error& error)
{
    Messages::showError(parent, title, error);
}

} // namespace handoff
