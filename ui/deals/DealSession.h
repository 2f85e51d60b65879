#pragma once

#include "Result.h"
#include "model/User.h"

#include <QObject>

#include <functional>

class QUndoStack;
class QWidget;

namespace handoff {

class Database;

// One open deal in the workstation: the database, who is working, the deal's id and the undo stack its editor's
// tabs share. Every edit of a tab goes through apply(), so it is saved at once, can be undone, and every other tab
// hears that the deal changed and reads it again.
class DealSession : public QObject {
    Q_OBJECT

public:
    using Step = std::function<Result<void>()>;

    DealSession(Database& db, const User& actor, qint64 dealId, QObject* parent = nullptr);

    Database& db() const { return m_db; }
    const User& actor() const { return m_actor; }
    qint64 dealId() const { return m_dealId; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Saves a change now through doIt and, when core accepts it, puts it on the undo stack as text ("Edit title")
    // with undoIt to take it back, then emits changed(). A refusal is shown in a message over parent and returns
    // false; nothing was saved then. Undo and redo that core refuses later are shown the same way.
    // When doIt finds the record changed elsewhere (Error::Conflict) the user chooses: reload (views read the
    // other version, the edit is dropped) or, when overwrite is given, overwrite: overwrite reads the record afresh
    // and makes the same change over it, and is what redo runs from then on.
    // Before asking, merge (when given) tries to write the edit over the other version: it succeeds when the other
    // change touched other fields, and fails with Error::Conflict when it touched the same ones (then the user is
    // asked as above). A merged edit is what redo runs from then on.
    bool apply(QWidget* parent, const QString& text, Step doIt, Step undoIt, Step overwrite = {}, Step merge = {});
    // For changes that cannot be undone (state transitions, comments): runs doIt, shows a refusal, emits changed().
    bool run(QWidget* parent, const QString& errorTitle, const Step& doIt);
    // The handoff changed state: the edits on the undo stack were made in the state before it, and core would refuse
    // to take most of them back now (a submitted handoff's promises wait for review), so the stack starts afresh.
    void movedOn();
    // A submit was refused: from now until the handoff moves on, the tabs mark the empty fields it waits for.
    void markMissing() { m_missingMarked = true; }
    bool missingMarked() const { return m_missingMarked; }

    // Something of the deal changed outside apply() (a reload after a conflict, a change in another window).
    void notifyChanged() { emit changed(); }

signals:
    // The deal or one of its parts changed: views of it read it again.
    void changed();

private:
    void showRefusal(QWidget* parent, const QString& title, const Error& error);

    Database& m_db;
    User m_actor;
    qint64 m_dealId = 0;
    QUndoStack* m_undoStack = nullptr;
    bool m_missingMarked = false;
};

} // namespace handoff
