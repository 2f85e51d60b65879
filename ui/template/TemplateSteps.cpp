#include "template/TemplateSteps.h"

#include "workflow/ChecklistTemplateService.h"

namespace handoff {

bool TemplateSteps::same(const ChecklistItem& a, const ChecklistItem& b)
{
    return a.section == b.section && a.label == b.label && a.help == b.help && a.kind == b.kind &&
           a.choices == b.choices && a.required == b.required && a.dealField == b.dealField;
}

Result<ChecklistItem> TemplateSteps::expect(Database& db, const QString& key, const ChecklistItem& expected)
{
    auto now = ChecklistTemplateService(db).item(key);
    if (!now) {
        return now.error();
    }
    if (!same(*now, expected)) {
        return makeError(Error::Code::Conflict,
                         tr("\"%1\" was changed elsewhere in the meantime; that change is kept.").arg(now->label));
    }
    return now;
}

Result<ChecklistItem> TemplateSteps::change(Database& db, const User& actor, const QString& key,
                                            const ChecklistItem& from, const ChecklistItem& to, int indexInSection)
{
    auto now = expect(db, key, from);
    if (!now) {
        return now.error();
    }
    ChecklistItem next = to;
    next.id = now->id;
    next.version = now->version; // core still refuses if it moves on before the write
    next.key = now->key;
    auto changed = ChecklistTemplateService(db).update(actor, next);
    if (!changed) {
        return changed.error();
    }
    if (changed->section != now->section && indexInSection >= 0) {
        // Core puts an item that changes section at the end of it; an undo puts it back at its old place.
        auto at = TemplateSteps::indexInSection(db, key);
        if (!at) {
            return at.error();
        }
        if (*at > indexInSection) {
            if (auto moved = move(db, actor, key, indexInSection - *at); !moved) {
                return moved.error();
            }
        }
        return ChecklistTemplateService(db).item(key);
    }
    return changed;
}

Result<void> TemplateSteps::move(Database& db, const User& actor, const QString& key, int delta)
{
    auto now = ChecklistTemplateService(db).item(key);
    if (!now) {
        return now.error();
    }
    return ChecklistTemplateService(db).move(actor, now->id, delta);
}

Result<ChecklistItem> TemplateSteps::remove(Database& db, const User& actor, const QString& key,
                                            const ChecklistItem& expected)
{
    auto now = expect(db, key, expected);
    if (!now) {
        return now.error();
    }
    if (auto removed = ChecklistTemplateService(db).remove(actor, *now); !removed) {
        return removed.error();
    }
    return now;
}

Result<int> TemplateSteps::indexInSection(Database& db, const QString& key)
{
    auto items = ChecklistTemplateService(db).items();
    if (!items) {
        return items.error();
    }
    int index = 0;
    QString section;
    for (const ChecklistItem& item : std::as_const(*items)) {
        if (item.key == key) {
            section = item.section;
            break;
        }
    }
    for (const ChecklistItem& item : std::as_const(*items)) {
        if (item.key == key) {
            return index;
        }
        if (item.section == section) {
            ++index;
        }
    }
    return -1;
}

} // namespace handoff
