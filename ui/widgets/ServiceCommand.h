#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace handoff {

// An edit already saved through a core service, kept on an undo stack with the service calls that take it back and
// make it again. Core still judges every step: when undoing or redoing is refused (another user changed the record,
// the handoff moved on), the command reports why and leaves the stack.
class ServiceCommand : public QUndoCommand {
public:
    using Step = std::function<Result<void>()>;
    using ErrorSink = std::function<void(const Error&)>;

    ServiceCommand(const QString& text, Step redo, Step undo, ErrorSink onError);

    // Runs doIt now; only when it succeeds goes the change onto the stack (without being run a second time).
    // Returns the refusal otherwise, for the caller to show where the user made the edit.
    static Result<void> apply(QUndoStack* stack, const QString& text, Step doIt, Step undoIt, ErrorSink onError);

    void undo() override;
    void redo() override;

private:
    void run(const Step& step);

    Step m_redo;
    Step m_undo;
    ErrorSink m_onError;
    bool m_alreadyDone = true;
};

} // namespace handoff
