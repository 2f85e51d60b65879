#include "widgets/ServiceCommand.h"

#include <QUndoStack>

namespace handoff {

ServiceCommand::ServiceCommand(const QString& text, Step redo, Step undo, ErrorSink onError)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_onError(std::move(onError))
{}

Result<void> ServiceCommand::apply(QUndoStack* stack, const QString& text, Step doIt, Step undoIt, ErrorSink onError)
{
    if (auto done = doIt(); !done) {
        return done;
    }
    stack->push(new ServiceCommand(text, std::move(doIt), std::move(undoIt), std::move(onError)));
    return {};
}

void ServiceCommand::undo()
{
    run(m_undo);
}

void ServiceCommand::redo()
{
    // push() calls redo() at once; the change was saved before the command was made.
    if (m_alreadyDone) {
        m_alreadyDone = false;
        return;
    }
    run(m_redo);
}

void ServiceCommand::run(const Step& step)
{
    if (auto done = step(); !done) {
        // QUndoStack drops an obsolete command after the undo or redo that made it so, leaving the index where
        // it was: nothing on the stack then claims a change that did not happen.
        setObsolete(true);
        if (m_onError) {
            m_onError(done.error());
        }
    }
}

} // namespace handoff
