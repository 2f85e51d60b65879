#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"
#include "model/User.h"

#include <QCoreApplication>

namespace handoff {

class Database;

// The service calls behind the template editor's undoable steps. Steps find an item by its key, which it keeps for
// life (also when a removal is undone), and only change it while it still reads as the step left it: an undo never
// writes over what someone else saved in between, and the view's own reordering never counts as such a change.
class TemplateSteps {
    Q_DECLARE_TR_FUNCTIONS(TemplateSteps)

public:
    // Whether two items say the same (section, label, help, kind, choices, required); id, version, position aside.
    static bool same(const ChecklistItem& a, const ChecklistItem& b);

    // The stored item under key, provided it reads as expected; otherwise a conflict that names it.
    static Result<ChecklistItem> expect(Database& db, const QString& key, const ChecklistItem& expected);
    // Turns the item under key from `from` into `to`. When that moves it to another section, back to where `to` was.
    static Result<ChecklistItem> change(Database& db, const User& actor, const QString& key, const ChecklistItem& from,
                                        const ChecklistItem& to, int indexInSection);
    // Moves the item under key delta places within its section.
    static Result<void> move(Database& db, const User& actor, const QString& key, int delta);
    // Removes the item under key while it reads as expected; returns it as it was, for putting it back.
    static Result<ChecklistItem> remove(Database& db, const User& actor, const QString& key,
                                        const ChecklistItem& expected);

    // Where the item is among the items of its section (0 first), or -1.
    static Result<int> indexInSection(Database& db, const QString& key);
};

} // namespace handoff
