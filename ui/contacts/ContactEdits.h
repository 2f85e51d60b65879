#pragma once

#include "workflow/ContactService.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace handoff {

class DealSession;

// The changes a user makes to a deal's people and channels, each saved at once through the deal session with the
// step that takes it back: add ↔ take off the deal, edit ↔ edit back, remove ↔ put back, make preferred ↔ the
// channel preferred before. Steps find a person by who they are and in which role, and a channel by its kind (one
// of each per deal), so they still work after an undo gave the link or channel a new id. An undo only runs over
// what its step left behind; anything else is a conflict, never a silent overwrite. Each returns false when core
// refused (the session has shown why).
class ContactEdits {
    Q_DECLARE_TR_FUNCTIONS(ContactEdits)

public:
    explicit ContactEdits(DealSession& session);

    // Returns the id of the new person, 0 when they were not added.
    qint64 add(QWidget* parent, const Contact& contact, ContactRole role);
    // Puts a person the account already has on the deal.
    bool link(QWidget* parent, const Contact& contact, ContactRole role);
    bool edit(QWidget* parent, const DealContactRow& before, const DealContactRow& after);
    bool remove(QWidget* parent, const DealContactRow& row);

    bool addChannel(QWidget* parent, const DealChannel& channel);
    bool editChannel(QWidget* parent, const DealChannel& before, const DealChannel& after);
    bool removeChannel(QWidget* parent, const DealChannel& channel);
    // previous: the kind of the channel preferred before, which undo makes preferred again.
    bool makePreferred(QWidget* parent, const DealChannel& channel, std::optional<Channel> previous);

private:
    DealSession& m_session;
};

} // namespace handoff
