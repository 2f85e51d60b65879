#include "workflow/ChecklistTemplateService.h"

#include "model/Labels.h"
#include "storage/ChecklistSql.h"
#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace handoff {

namespace {

constexpr qsizetype kMaxKeyLength = 40;

// The item as it is stored: text trimmed, blank choices dropped, choices only for a choice item.
ChecklistItem cleaned(ChecklistItem item)
{
    item.key = item.key.trimmed();
    item.section = item.section.trimmed();
    item.label = item.label.trimmed();
    item.help = item.help.trimmed();
    QStringList choices;
    if (item.kind == ChecklistItemKind::Choice) {
        for (const QString& choice : std::as_const(item.choices)) {
            if (!choice.trimmed().isEmpty()) {
                choices.append(choice.trimmed());
            }
        }
    }
    item.choices = choices;
    return item;
}

bool sameSection(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Sections are matched without regard to case, and an existing section keeps the spelling it has.
QString spelledAsStored(const QList<ChecklistItem>& ordered, const QString& section)
{
    for (const ChecklistItem& other : ordered) {
        if (sameSection(other.section, section)) {
            return other.section;
        }
    }
    return section;
}

// Forbidden when the actor may not, else Invalid when something is wrong; listing every reason either way.
std::optional<Error> refusal(const QString& message, const QStringList& forbidden,
                             const QList<TemplateProblem>& problems)
{
    if (forbidden.isEmpty() && problems.isEmpty()) {
        return std::nullopt;
    }
    QStringList details = forbidden;
    for (const TemplateProblem& problem : problems) {
        details.append(problem.text);
    }
    return makeError(forbidden.isEmpty() ? Error::Code::Invalid : Error::Code::Forbidden, message, details);
}

} // namespace

ChecklistTemplateService::ChecklistTemplateService(Database& db)
    : m_db(db)
{}

Result<QList<ChecklistItem>> ChecklistTemplateService::items() const
{
    return ChecklistSql::items(m_db);
}

Result<ChecklistItem> ChecklistTemplateService::item(const QString& key) const
{
    auto found = ChecklistSql::itemsWithKey(m_db, key);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return makeError(Error::Code::NotFound,
                         tr("The checklist template has no item \"%1\"; it may have been removed.").arg(key));
    }
    return found->constFirst();
}

Result<QStringList> ChecklistTemplateService::sections() const
{
    auto ordered = items();
    if (!ordered) {
        return ordered.error();
    }
    QStringList names;
    for (const ChecklistItem& item : std::as_const(*ordered)) {
        if (!names.contains(item.section)) {
            names.append(item.section);
        }
    }
    return names;
}

Result<int> ChecklistTemplateService::answeredDeals(qint64 itemId) const
{
    return ChecklistSql::answeredDeals(m_db, itemId);
}

Result<int> ChecklistTemplateService::draftsWaitingFor(const ChecklistItem& item) const
{
    if (!item.required) {
        return 0;
    }
    return ChecklistSql::dealsWaitingFor(m_db, item);
}

ChecklistItem ChecklistTemplateService::normalised(const ChecklistItem& item)
{
    return cleaned(item);
}

QString ChecklistTemplateService::keyFromLabel(const QString& label)
{
    // Letters lose their accents ("Données" → "donnees"); anything else that is not a letter or digit splits words.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD).toLower();
    QString key;
    for (const QChar c : decomposed) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            key.append(c);
        } else if (c.isMark()) {
            continue;
        } else if (!key.isEmpty() && !key.endsWith(QLatin1Char('_'))) {
            key.append(QLatin1Char('_'));
        }
    }
    key.truncate(kMaxKeyLength);
    while (key.endsWith(QLatin1Char('_'))) {
        key.chop(1);
    }
    return key.isEmpty() ? QStringLiteral("item") : key;
}

Result<QString> ChecklistTemplateService::uniqueKey(const QString& base) const
{
    QString candidate = base;
    for (int n = 2;; ++n) {
        auto taken = ChecklistSql::keyUses(m_db, candidate);
        if (!taken) {
            return taken.error();
        }
        if (*taken == 0) {
            return candidate;
        }
        candidate = base + QLatin1Char('_') + QString::number(n);
    }
}

QStringList ChecklistTemplateService::refusals(const User& actor) const
{
    if (actor.role != Role::Lead) {
        return {tr("Only a team lead can change the checklist template.")};
    }
    if (!actor.active) {
        return {tr("%1's user account is inactive.").arg(actor.name)};
    }
    return {};
}

Result<QList<TemplateProblem>> ChecklistTemplateService::problems(const ChecklistItem& given) const
{
    const ChecklistItem item = cleaned(given);
    QList<TemplateProblem> found;
    if (item.section.isEmpty()) {
        found.append({TemplateField::Section, tr("Put the item in a section.")});
    }
    if (item.label.isEmpty()) {
        found.append({TemplateField::Label, tr("Give the item a label.")});
    }
    if (static_cast<std::size_t>(item.kind) >= enumCount<ChecklistItemKind>()) {
        found.append({TemplateField::Kind, tr("Choose what kind of answer the item takes: a check, text, a date, "
                                              "a choice or a contact.")});
    }
    if (item.kind == ChecklistItemKind::Choice) {
        if (item.choices.size() < 2) {
            found.append({TemplateField::Choices, tr("Give a choice item at least two choices, one per line. "
                                                     "Choices given: %1.")
                                                      .arg(item.choices.size())});
        }
        QSet<QString> seen;
        for (const QString& choice : item.choices) {
            if (seen.contains(choice.toCaseFolded())) {
                found.append({TemplateField::Choices, tr("Each choice must be different: \"%1\" is given more than "
                                                         "once.")
                                                          .arg(choice)});
                break;
            }
            seen.insert(choice.toCaseFolded());
        }
    }
    if (!item.key.isEmpty()) {
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9]+(_[a-z0-9]+)*$"));
        if (!keyPattern.match(item.key).hasMatch()) {
            found.append({TemplateField::Key, tr("A key is made of lowercase letters and digits joined by single "
                                                 "underscores; \"%1\" is not.")
                                                  .arg(item.key)});
        }
        auto taken = ChecklistSql::keyUses(m_db, item.key, item.id);
        if (!taken) {
            return taken.error();
        }
        if (*taken > 0) {
            found.append({TemplateField::Key, tr("Another item already has the key \"%1\".").arg(item.key)});
        }
    }
    if (item.id != 0) {
        auto stored = ChecklistItemStore(m_db).get(item.id);
        if (!stored) {
            return stored.error();
        }
        if (!item.key.isEmpty() && item.key != stored->key) {
            found.append({TemplateField::Key, tr("An item's key never changes: deals' answers and imports refer to "
                                                 "\"%1\".")
                                                  .arg(stored->key)});
        }
        if (item.kind != stored->kind) {
            auto answered = answeredDeals(item.id);
            if (!answered) {
                return answered.error();
            }
            if (*answered > 0) {
                found.append({TemplateField::Kind, tr("Deals have answered it as %1, so its kind can no longer "
                                                      "change. Answered on deals: %2.")
                                                       .arg(Labels::inSentence(Labels::of(stored->kind)))
                                                       .arg(*answered)});
            }
        }
    }
    return found;
}

Result<ChecklistItem> ChecklistTemplateService::add(const User& actor, const ChecklistItem& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    ChecklistItem item = cleaned(given);
    item.id = 0;
    auto found = problems(item);
    if (!found) {
        return found.error();
    }
    if (auto refused = refusal(tr("The item was not added to the checklist template."), refusals(actor), *found)) {
        return *refused;
    }
    if (item.key.isEmpty()) {
        auto key = uniqueKey(keyFromLabel(item.label));
        if (!key) {
            return key.error();
        }
        item.key = *key;
    }
    auto ordered = items();
    if (!ordered) {
        return ordered.error();
    }
    item.section = spelledAsStored(*ordered, item.section);
    auto position = endOfSection(*work, *ordered, item.section);
    if (!position) {
        return position.error();
    }
    item.position = *position;
    auto created = ChecklistItemStore(m_db).create(*work, item);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

Result<ChecklistItem> ChecklistTemplateService::update(const User& actor, const ChecklistItem& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    ChecklistItemStore store(m_db);
    auto stored = store.get(given.id);
    if (!stored) {
        return stored.error();
    }
    ChecklistItem item = cleaned(given);
    auto found = problems(item);
    if (!found) {
        return found.error();
    }
    if (auto refused = refusal(tr("\"%1\" was not saved.").arg(stored->label), refusals(actor), *found)) {
        return *refused;
    }
    item.key = stored->key;
    auto ordered = items();
    if (!ordered) {
        return ordered.error();
    }
    item.position = stored->position;
    if (sameSection(item.section, stored->section)) {
        item.section = stored->section; // a section is renamed as a whole or not at all
    } else {
        ordered->removeAt(indexOf(*ordered, item.id));
        item.section = spelledAsStored(*ordered, item.section);
        auto position = endOfSection(*work, *ordered, item.section);
        if (!position) {
            return position.error();
        }
        item.position = *position;
    }
    // The version is the caller's: a change someone else saved in between is a conflict, not overwritten.
    auto updated = store.update(*work, item);
    if (!updated) {
        return updated.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return updated;
}

Result<void> ChecklistTemplateService::remove(const User& actor, const ChecklistItem& item)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    auto stored = ChecklistItemStore(m_db).get(item.id);
    if (!stored) {
        return stored.error();
    }
    const QString message = tr("\"%1\" was not removed from the checklist template.").arg(stored->label);
    if (const QStringList forbidden = refusals(actor); !forbidden.isEmpty()) {
        return makeError(Error::Code::Forbidden, message, forbidden);
    }
    auto answered = answeredDeals(item.id);
    if (!answered) {
        return answered.error();
    }
    if (*answered > 0) {
        // The answers are part of those deals' handoffs; deleting the item would delete them with it.
        return makeError(Error::Code::Invalid, message,
                         {stored->required
                              ? tr("Answered on deals: %1. Make it optional instead of removing it.").arg(*answered)
                              : tr("Answered on deals: %1. It is optional already, so it holds no deal up; keep "
                                   "it for their answers.")
                                    .arg(*answered)});
    }
    if (auto removed = ChecklistItemStore(m_db).remove(*work, item); !removed) {
        return removed;
    }
    return work->commit();
}

Result<ChecklistItem> ChecklistTemplateService::restore(const User& actor, const ChecklistItem& given)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    ChecklistItem item = cleaned(given);
    item.id = 0;
    auto found = problems(item);
    if (!found) {
        return found.error();
    }
    if (item.key.isEmpty()) {
        found->append({TemplateField::Key, tr("An item is put back under the key it had; this one has none.")});
    }
    if (auto refused = refusal(tr("\"%1\" was not put back into the checklist template.").arg(item.label),
                               refusals(actor), *found)) {
        return *refused;
    }
    auto ordered = items();
    if (!ordered) {
        return ordered.error();
    }
    item.section = spelledAsStored(*ordered, item.section);
    // Where its old position falls now: between before and after.
    const qsizetype after = std::count_if(ordered->cbegin(), ordered->cend(),
                                          [&item](const auto& other) { return other.position < item.position; });
    const ChecklistItem* before = after > 0 ? &ordered->at(after - 1) : nullptr;
    const ChecklistItem* next = after < ordered->size() ? &ordered->at(after) : nullptr;
    const bool sectionExists = std::any_of(ordered->cbegin(), ordered->cend(),
                                           [&item](const auto& other) { return other.section == item.section; });
    const bool besideItsSection =
        (before && before->section == item.section) || (next && next->section == item.section);
    const bool splitsAnother = before && next && before->section == next->section;
    Result<int> position = item.position;
    if (sectionExists ? !besideItsSection : splitsAnother) {
        position = endOfSection(*work, *ordered, item.section); // the template changed around it meanwhile
    } else if (next && next->position == item.position) {
        position = slotAfter(*work, *ordered, after - 1);
    }
    if (!position) {
        return position.error();
    }
    item.position = *position;
    auto created = ChecklistItemStore(m_db).create(*work, item);
    if (!created) {
        return created.error();
    }
    if (auto committed = work->commit(); !committed) {
        return committed.error();
    }
    return created;
}

} // namespace handoff
