#pragma once

#include "Result.h"
#include "views/DealListFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace handoff {

class Database;

// The row above the deal list that narrows it: handoff state, sales rep, flagged only, overdue only, and the count
// of deals shown. It only offers what fits the list's own filter (a review queue has one state; a sales rep's own
// list has one rep), so a choice never contradicts the list.
class DealListFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit DealListFilterBar(Database& db, QWidget* parent = nullptr);

    // The list's own filter; resets the choices to "all" and reads the active sales reps again.
    Result<void> setBase(const DealListFilter& base);
    // The list's own filter narrowed by the choices.
    DealListFilter filter() const;
    void setCountText(const QString& text);

    QComboBox* stateCombo() const { return m_state; }
    QComboBox* repCombo() const { return m_rep; }
    QCheckBox* flaggedCheck() const { return m_flagged; }
    QCheckBox* overdueCheck() const { return m_overdue; }

signals:
    // The user changed a choice.
    void filterChanged();

private:
    Result<void> fillReps();

    Database& m_db;
    DealListFilter m_base;
    QComboBox* m_state = nullptr;
    QComboBox* m_rep = nullptr;
    QCheckBox* m_flagged = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace handoff
