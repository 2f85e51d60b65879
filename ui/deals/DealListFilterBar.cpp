#include "deals/DealListFilterBar.h"

#include "model/Labels.h"
#include "workflow/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace handoff {

DealListFilterBar::DealListFilterBar(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_state(new QComboBox(this))
    , m_rep(new QComboBox(this))
    , m_flagged(new QCheckBox(tr("F&lagged only"), this))
    , m_overdue(new QCheckBox(tr("&Overdue only"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("dealListFilterBar"));
    setAccessibleName(tr("Deal list filters"));

    auto* stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Handoff state"));
    m_state->setToolTip(tr("Show only deals in this handoff state"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* repLabel = new QLabel(tr("Sales &rep:"), this);
    repLabel->setBuddy(m_rep);
    m_rep->setObjectName(QStringLiteral("salesRepFilter"));
    m_rep->setAccessibleName(tr("Sales rep"));
    m_rep->setToolTip(tr("Show only the deals of this sales rep"));
    m_rep->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_flagged->setObjectName(QStringLiteral("flaggedOnly"));
    m_flagged->setAccessibleName(tr("Flagged only"));
    m_flagged->setToolTip(tr("Show only open handoffs with a promise that is infeasible or doubtful, or that support "
                             "cannot fulfil or needs clarified (Alt+L)"));
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    m_overdue->setAccessibleName(tr("Overdue only"));
    m_overdue->setToolTip(tr("Show only open handoffs with a promise or task past its due date, or a draft past the "
                             "submit target (Alt+O)"));

    m_count->setObjectName(QStringLiteral("dealCount"));
    m_count->setAccessibleName(tr("Number of deals"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stateLabel);
    layout->addWidget(m_state);
    layout->addSpacing(8);
    layout->addWidget(repLabel);
    layout->addWidget(m_rep);
    layout->addSpacing(8);
    layout->addWidget(m_flagged);
    layout->addWidget(m_overdue);
    layout->addStretch(1);
    layout->addWidget(m_count);

    connect(m_state, &QComboBox::activated, this, &DealListFilterBar::filterChanged);
    connect(m_rep, &QComboBox::activated, this, &DealListFilterBar::filterChanged);
    connect(m_flagged, &QCheckBox::toggled, this, &DealListFilterBar::filterChanged);
    connect(m_overdue, &QCheckBox::toggled, this, &DealListFilterBar::filterChanged);
}

Result<void> DealListFilterBar::setBase(const DealListFilter& base)
{
    m_base = base;
    const QSignalBlocker stateBlock(m_state);
    const QSignalBlocker flaggedBlock(m_flagged);
    const QSignalBlocker overdueBlock(m_overdue);
    m_state->clear();
    m_state->addItem(tr("All states"), -1);
    for (const HandoffState state : allValues<HandoffState>()) {
        if (base.allows(state)) {
            m_state->addItem(Labels::of(state), int(state));
        }
    }
    // A list of one state has nothing to choose: the combo shows that state.
    if (m_state->count() == 2) {
        m_state->removeItem(0);
    }
    m_state->setEnabled(m_state->count() > 1);
    m_flagged->setChecked(base.flaggedOnly);
    m_flagged->setEnabled(!base.flaggedOnly);
    m_overdue->setChecked(base.overdueOnly);
    m_overdue->setEnabled(!base.overdueOnly);
    return fillReps();
}

Result<void> DealListFilterBar::fillReps()
{
    const QSignalBlocker block(m_rep);
    m_rep->clear();
    UserService users(m_db);
    if (m_base.salesRepId != 0) {
        // The list is one rep's own: nothing to choose; the combo names the rep.
        m_rep->setEnabled(false);
        auto rep = users.get(m_base.salesRepId);
        m_rep->addItem(rep ? rep->name : tr("One sales rep"), m_base.salesRepId);
        return {};
    }
    m_rep->setEnabled(true);
    m_rep->addItem(tr("All sales reps"), qint64(0));
    auto reps = users.active(Role::Sales);
    if (!reps) {
        return reps.error();
    }
    for (const User& rep : *reps) {
        m_rep->addItem(rep.name, rep.id);
    }
    return {};
}

DealListFilter DealListFilterBar::filter() const
{
    DealListFilter filter = m_base;
    const int state = m_state->currentData().toInt();
    if (state >= 0 && m_state->count() > 1) {
        filter.states = {HandoffState(state)};
    }
    if (const qint64 rep = m_rep->currentData().toLongLong(); rep != 0) {
        filter.salesRepId = rep;
    }
    filter.flaggedOnly = m_flagged->isChecked();
    filter.overdueOnly = m_overdue->isChecked();
    return filter;
}

void DealListFilterBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

} // namespace handoff
