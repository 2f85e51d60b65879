// The template view's edits: each is saved at once through core and pushed on the view's undo stack.

#include "template/TemplateView.h"

#include "template/TemplateItemDialog.h"
#include "template/TemplateSteps.h"
#include "widgets/Messages.h"
#include "widgets/ServiceCommand.h"
#include "workflow/ChecklistTemplateService.h"

#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

namespace handoff {

using Step = ServiceCommand::Step;

void TemplateView::addItem()
{
    if (!m_canEdit) {
        return;
    }
    ChecklistItem fresh;
    fresh.section = selectedSection();
    fresh.kind = ChecklistItemKind::Text;
    Database* db = &m_db;
    TemplateItemDialog dialog(
        tr("Add checklist item"), fresh, sections(),
        [db](const ChecklistItem& item) { return ChecklistTemplateService(*db).problems(item); },
        [this](const ChecklistItem& wanted) { return saveNew(wanted); }, this);
    dialog.setImpact([db](const ChecklistItem& item) { return ChecklistTemplateService(*db).draftsWaitingFor(item); });
    dialog.exec();
}

void TemplateView::editItem()
{
    const ChecklistItem before = selectedItem();
    if (!m_canEdit || before.key.isEmpty()) {
        return;
    }
    Database* db = &m_db;
    TemplateItemDialog dialog(
        tr("Edit checklist item"), before, sections(),
        [db](const ChecklistItem& item) { return ChecklistTemplateService(*db).problems(item); },
        [this, before](const ChecklistItem& wanted) { return saveEdit(before, wanted, true); }, this);
    dialog.setImpact([db](const ChecklistItem& item) { return ChecklistTemplateService(*db).draftsWaitingFor(item); });
    dialog.exec();
}

Result<void> TemplateView::saveNew(const ChecklistItem& wanted)
{
    Database* db = &m_db;
    const User actor = m_actor;
    const QPointer<TemplateView> view(this);
    // What core stored, key and position included: redo puts exactly that back.
    const auto added = std::make_shared<ChecklistItem>();
    const Step doIt = [db, actor, view, wanted, added]() -> Result<void> {
        ChecklistTemplateService service(*db);
        auto saved = added->key.isEmpty() ? service.add(actor, wanted) : service.restore(actor, *added);
        if (!saved) {
            return saved.error();
        }
        *added = *saved;
        if (view) {
            view->announce(tr("Added '%1' to '%2'").arg(saved->label, saved->section));
        }
        return {};
    };
    const Step undoIt = [db, actor, view, added]() -> Result<void> {
        auto removed = TemplateSteps::remove(*db, actor, added->key, *added);
        if (!removed) {
            return removed.error();
        }
        *added = *removed;
        if (view) {
            view->announce(tr("Removed '%1' again").arg(removed->label));
        }
        return {};
    };
    auto done = push(tr("Add '%1'").arg(wanted.label.trimmed()), doIt, undoIt);
    if (done) {
        select(added->key);
    }
    return done;
}

Result<void> TemplateView::saveEdit(const ChecklistItem& before, const ChecklistItem& wanted, bool mayAsk)
{
    if (TemplateSteps::same(before, ChecklistTemplateService::normalised(wanted))) {
        return {}; // nothing changed: nothing to save or undo
    }
    Database* db = &m_db;
    const User actor = m_actor;
    const QPointer<TemplateView> view(this);
    const QString key = before.key;
    auto place = TemplateSteps::indexInSection(m_db, key);
    const int beforeIndex = place ? *place : -1;
    // First what was asked for, then what core made of it (a section's stored spelling): undo expects the latter.
    const auto after = std::make_shared<ChecklistItem>(wanted);
    const Step doIt = [db, actor, view, key, before, after]() -> Result<void> {
        auto changed = TemplateSteps::change(*db, actor, key, before, *after, -1);
        if (!changed) {
            return changed.error();
        }
        *after = *changed;
        if (view) {
            view->announce(tr("Updated '%1'").arg(changed->label));
        }
        return {};
    };
    const Step undoIt = [db, actor, view, key, before, after, beforeIndex]() -> Result<void> {
        auto changed = TemplateSteps::change(*db, actor, key, *after, before, beforeIndex);
        if (!changed) {
            return changed.error();
        }
        if (view) {
            view->announce(tr("Undid the change to '%1'").arg(changed->label));
        }
        return {};
    };
    auto done = push(tr("Edit '%1'").arg(before.label), doIt, undoIt);
    if (!done && done.error().code == Error::Code::Conflict && mayAsk) {
        if (Messages::askConflict(this, tr("the checklist item '%1'").arg(before.label)) ==
            Messages::ConflictChoice::Reload) {
            reload();
            return makeError(Error::Code::Cancelled, tr("The edit was dropped for the other version."));
        }
        // Overwrite: the same edit over what is stored now, so that undo brings back their version.
        auto now = ChecklistTemplateService(m_db).item(key);
        if (!now) {
            return now.error();
        }
        return saveEdit(*now, wanted, false);
    }
    if (done) {
        select(key);
    }
    return done;
}

void TemplateView::moveUp()
{
    move(-1);
}

void TemplateView::moveDown()
{
    move(1);
}

void TemplateView::move(int delta)
{
    const ChecklistItem item = selectedItem();
    if (!m_canEdit || item.key.isEmpty()) {
        return;
    }
    Database* db = &m_db;
    const User actor = m_actor;
    const QPointer<TemplateView> view(this);
    const QString key = item.key;
    const QString label = item.label;
    const auto step = [db, actor, view, key, label](int by, const QString& said) -> Step {
        return [db, actor, view, key, by, said]() -> Result<void> {
            if (auto moved = TemplateSteps::move(*db, actor, key, by); !moved) {
                return moved;
            }
            if (view) {
                view->announce(said);
            }
            return {};
        };
    };
    const QString text = delta < 0 ? tr("Move '%1' up").arg(label) : tr("Move '%1' down").arg(label);
    const QString said = delta < 0 ? tr("Moved '%1' up").arg(label) : tr("Moved '%1' down").arg(label);
    auto done = push(text, step(delta, said), step(-delta, tr("Moved '%1' back").arg(label)));
    if (!done) {
        Messages::showError(this, tr("Could not move “%1”").arg(label), done.error());
        reload();
        return;
    }
    select(key);
}

void TemplateView::removeItem()
{
    const ChecklistItem item = selectedItem();
    if (!m_canEdit || item.key.isEmpty()) {
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Remove checklist item"),
                    tr("Remove '%1' from the checklist template?").arg(item.label), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("confirmRemove"));
    ask.setInformativeText(tr("Handoffs will no longer ask for it. Undo brings it back."));
    QPushButton* remove = ask.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeButton"));
    QPushButton* keep = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(keep);
    ask.setEscapeButton(keep);
    ask.exec();
    if (ask.clickedButton() != remove) {
        return;
    }
    // The neighbour to select afterwards: the next item of the section, else the one before it.
    QString neighbour;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).key == item.key) {
            const bool hasNext = i + 1 < m_items.size() && m_items.at(i + 1).section == item.section;
            const bool hasPrevious = i > 0 && m_items.at(i - 1).section == item.section;
            neighbour = hasNext ? m_items.at(i + 1).key : hasPrevious ? m_items.at(i - 1).key : QString();
        }
    }
    Database* db = &m_db;
    const User actor = m_actor;
    const QPointer<TemplateView> view(this);
    const auto removed = std::make_shared<ChecklistItem>(item);
    const Step doIt = [db, actor, view, removed]() -> Result<void> {
        auto gone = TemplateSteps::remove(*db, actor, removed->key, *removed);
        if (!gone) {
            return gone.error();
        }
        *removed = *gone;
        if (view) {
            view->announce(tr("Removed '%1' from the checklist template").arg(gone->label));
        }
        return {};
    };
    const Step undoIt = [db, actor, view, removed]() -> Result<void> {
        auto back = ChecklistTemplateService(*db).restore(actor, *removed);
        if (!back) {
            return back.error();
        }
        *removed = *back;
        if (view) {
            view->announce(tr("Put '%1' back").arg(back->label));
        }
        return {};
    };
    auto done = push(tr("Remove '%1'").arg(item.label), doIt, undoIt);
    if (!done) {
        Messages::showError(this, tr("Could not remove “%1”").arg(item.label), done.error());
        reload();
        return;
    }
    if (!neighbour.isEmpty()) {
        select(neighbour);
    }
}

Result<void> TemplateView::push(const QString& text, const Step& doIt, const Step& undoIt)
{
    const QPointer<TemplateView> view(this);
    return ServiceCommand::apply(m_undoStack, text, doIt, undoIt, [view, text](const Error& error) {
        if (view) {
            view->showStepError(text, error);
        }
    });
}

void TemplateView::announce(const QString& text)
{
    m_status->setText(text);
    emit statusMessage(text);
}

void TemplateView::showStepError(const QString& title, const Error& error)
{
    Messages::showError(this, tr("Could not undo or redo “%1”").arg(title), error);
    reload();
}

} // namespace handoff
