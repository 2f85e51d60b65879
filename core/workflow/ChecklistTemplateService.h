#pragma once

#include "Result.h"
#include "model/ChecklistItem.h"
#include "model/User.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace handoff {

class Database;
class UnitOfWork;

// The part of an item that a problem is about, so that an editor can show it next to the right field.
enum class TemplateField { Key, Section, Label, Kind, Choices };

struct TemplateProblem {
    TemplateField field = TemplateField::Label;
    QString text;
};

// The handoff checklist template as a team lead edits it: items added, changed, reordered and removed. Only a lead
// changes it; every change is one audited transaction. Items keep their key for life (answers and imports name
// them), and an item that deals have answered is never deleted.
class ChecklistTemplateService {
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplateService)

public:
    explicit ChecklistTemplateService(Database& db);

    // The template in its order (by position).
    Result<QList<ChecklistItem>> items() const;
    Result<ChecklistItem> item(const QString& key) const;
    // Section names in template order.
    Result<QStringList> sections() const;
    // How many deals have a non-blank answer to the item.
    Result<int> answeredDeals(qint64 itemId) const;
    // How many open drafts and returned handoffs would wait for item, saved as it is, before they can be submitted:
    // those that have not answered it (or whose deal field that answers it is empty). 0 when it is not required.
    Result<int> draftsWaitingFor(const ChecklistItem& item) const;
    // Everything wrong with item as it would be saved (after trimming), field by field; empty when it may be saved.
    // An item with an id is judged as a change of the stored one (its key stays, its kind only while unanswered).
    // Does not judge the actor.
    Result<QList<TemplateProblem>> problems(const ChecklistItem& item) const;

    // A new item at the end of its section (a new section goes at the end of the template). An empty key is made
    // from the label: lowercase words joined by underscores, made unique with _2, _3 ...
    Result<ChecklistItem> add(const User& actor, const ChecklistItem& item);
    // Saves label, help, kind, choices, required and section of the item read at item.version. An item that moves
    // to another section goes to the end of it. A kind cannot change once deals have answered the item.
    Result<ChecklistItem> update(const User& actor, const ChecklistItem& item);
    // Moves the item delta places up (negative) or down within its section.
    Result<void> move(const User& actor, qint64 itemId, int delta);
    // Deletes the item read at item.version; refused while any deal has answered it.
    Result<void> remove(const User& actor, const ChecklistItem& item);
    // Puts back a removed item with its key, at its old position when that still lies in its section (undo of a
    // removal, redo of an addition).
    Result<ChecklistItem> restore(const User& actor, const ChecklistItem& item);

    // The key add() starts from for a label, before it is made unique.
    static QString keyFromLabel(const QString& label);
    // The item as it would be stored: text trimmed, blank choices dropped, choices kept only for a choice item.
    static ChecklistItem normalised(const ChecklistItem& item);

private:
    // (The order of items, move() included, lives in ChecklistTemplateServiceOrder.cpp.)
    // Reasons why the actor may not change the template; empty when allowed.
    QStringList refusals(const User& actor) const;
    Result<QString> uniqueKey(const QString& base) const;
    // A position for an item placed at the end of section in the template ordered (which lacks the item itself).
    Result<int> endOfSection(UnitOfWork& work, QList<ChecklistItem>& ordered, const QString& section);
    // A free position right after ordered[index] (index -1: before the first), shifting later items when the
    // gap is used up.
    Result<int> slotAfter(UnitOfWork& work, QList<ChecklistItem>& ordered, qsizetype index);
    Result<void> setPosition(UnitOfWork& work, ChecklistItem& item, int position);
    static qsizetype indexOf(const QList<ChecklistItem>& ordered, qint64 id);

    Database& m_db;
};

} // namespace handoff
