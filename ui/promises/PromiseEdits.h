#pragma once

#include "model/Promise.h"
#include "promises/RecordHandles.h"

#include <QCoreApplication>
#include <QDate>

class QWidget;

namespace handoff {

class DealSession;

// The changes a user makes to a deal's promises, each saved at once through the deal session with the step that
// takes it back: add ↔ remove, edit ↔ edit back to the old fields, review ↔ the review before, waive and mark
// fulfilled ↔ their undo in core. Every step names the version the step before it produced, so an undo never
// overwrites someone else's newer change. Each returns false when core refused (the session has shown why).
class PromiseEdits {
    Q_DECLARE_TR_FUNCTIONS(PromiseEdits)

public:
    explicit PromiseEdits(DealSession& session);

    // Returns the id of the new promise, 0 when it was not added.
    qint64 add(QWidget* parent, const Promise& promise);
    bool edit(QWidget* parent, const Promise& before, const Promise& after);
    bool remove(QWidget* parent, const Promise& promise);
    bool review(QWidget* parent, const Promise& before, ReviewStatus status, const QString& note);
    bool waive(QWidget* parent, const Promise& before, const QString& reason);
    bool markFulfilled(QWidget* parent, const Promise& before, QDate on);
    // Not undoable: the answer goes to support like a comment does.
    bool answerClarification(QWidget* parent, const Promise& promise, const QString& answer);

private:
    DealSession& m_session;
    RecordHandles m_handles;
};

} // namespace handoff
