// The order of the checklist template: items move within their section, and new items find a position without
// renumbering the template (positions leave gaps; only when a gap is used up do the later items shift).

#include "workflow/ChecklistTemplateService.h"

#include "storage/Database.h"
#include "storage/Stores.h"
#include "storage/UnitOfWork.h"

#include <algorithm>

namespace handoff {

namespace {

constexpr int kStep = 10;         // room left between neighbouring items, so that most inserts move nothing else
constexpr int kSectionStep = 100; // a new section starts at the next hundred, like the default template

} // namespace

qsizetype ChecklistTemplateService::indexOf(const QList<ChecklistItem>& ordered, qint64 id)
{
    const auto found = std::find_if(ordered.cbegin(), ordered.cend(), [id](const auto& i) { return i.id == id; });
    return found == ordered.cend() ? -1 : found - ordered.cbegin();
}

Result<void> ChecklistTemplateService::move(const User& actor, qint64 itemId, int delta)
{
    auto work = UnitOfWork::begin(m_db, actor.id);
    if (!work) {
        return work.error();
    }
    if (const QStringList forbidden = refusals(actor); !forbidden.isEmpty()) {
        return makeError(Error::Code::Forbidden, tr("The item was not moved."), forbidden);
    }
    auto ordered = items();
    if (!ordered) {
        return ordered.error();
    }
    const qsizetype at = indexOf(*ordered, itemId);
    if (at < 0) {
        return makeError(Error::Code::NotFound,
                         tr("The checklist template has no item with id %1; it may have been removed.").arg(itemId));
    }
    const ChecklistItem moving = ordered->at(at);
    QList<ChecklistItem> section;
    for (const ChecklistItem& item : std::as_const(*ordered)) {
        if (item.section == moving.section) {
            section.append(item);
        }
    }
    const qsizetype from = indexOf(section, itemId);
    const qsizetype to = from + delta;
    if (to < 0 || to >= section.size()) {
        return makeError(Error::Code::Invalid, tr("\"%1\" was not moved.").arg(moving.label),
                         {delta < 0 ? tr("It is already the first item of \"%1\".").arg(moving.section)
                                    : tr("It is already the last item of \"%1\".").arg(moving.section)});
    }
    if (delta == 0) {
        return {};
    }
    // The section keeps the positions it has and hands them out in the new order: nothing outside it moves.
    QList<int> positions;
    for (const ChecklistItem& item : std::as_const(section)) {
        positions.append(item.position);
    }
    std::sort(positions.begin(), positions.end());
    if (std::adjacent_find(positions.cbegin(), positions.cend()) != positions.cend()) {
        // Two items share a position (a file edited by hand): spread the section out first.
        for (qsizetype i = 0; i < section.size(); ++i) {
            const qsizetype index = indexOf(*ordered, section[i].id);
            auto position = slotAfter(*work, *ordered, index - 1);
            if (!position) {
                return position.error();
            }
            if (auto moved = setPosition(*work, (*ordered)[index], *position); !moved) {
                return moved;
            }
            section[i] = ordered->at(index);
            positions[i] = *position;
        }
    }
    section.move(from, to);
    for (qsizetype i = 0; i < section.size(); ++i) {
        if (auto moved = setPosition(*work, section[i], positions.at(i)); !moved) {
            return moved;
        }
    }
    return work->commit();
}

Result<int> ChecklistTemplateService::endOfSection(UnitOfWork& work, QList<ChecklistItem>& ordered,
                                                   const QString& section)
{
    for (qsizetype i = ordered.size() - 1; i >= 0; --i) {
        if (ordered.at(i).section == section) {
            return slotAfter(work, ordered, i);
        }
    }
    if (ordered.isEmpty()) {
        return kStep;
    }
    return (ordered.constLast().position / kSectionStep + 1) * kSectionStep + kStep;
}

Result<int> ChecklistTemplateService::slotAfter(UnitOfWork& work, QList<ChecklistItem>& ordered, qsizetype index)
{
    if (index + 1 >= ordered.size()) {
        return index < 0 ? kStep : ordered.at(index).position + kStep;
    }
    if (index < 0) {
        return ordered.constFirst().position - kStep;
    }
    const int previous = ordered.at(index).position;
    if (ordered.at(index + 1).position - previous < 2) {
        // No whole number left between the two: everything after moves down one step, keeping its order.
        for (qsizetype i = index + 1; i < ordered.size(); ++i) {
            if (auto moved = setPosition(work, ordered[i], ordered.at(i).position + kStep); !moved) {
                return moved.error();
            }
        }
    }
    return previous + std::min(kStep, (ordered.at(index + 1).position - previous) / 2);
}

Result<void> ChecklistTemplateService::setPosition(UnitOfWork& work, ChecklistItem& item, int position)
{
    if (item.position == position) {
        return {};
    }
    ChecklistItem moved = item;
    moved.position = position;
    auto updated = ChecklistItemStore(m_db).update(work, moved);
    if (!updated) {
        return updated.error();
    }
    item = *updated;
    return {};
}

} // namespace handoff
