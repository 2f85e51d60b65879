#include "dashboard/PeriodPicker.h"

#include "widgets/DateFields.h"
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>

namespace handoff {

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
    , m_combo(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("periodPicker"));
    m_combo->setObjectName(QStringLiteral("periodCombo"));
    m_combo->setAccessibleName(tr("Period"));
    m_combo->addItem(tr("This month"), ThisMonth);
    m_combo->addItem(tr("Last month"), LastMonth);
    m_combo->addItem(tr("This quarter"), ThisQuarter);
    m_combo->addItem(tr("Last quarter"), LastQuarter);
    m_combo->addItem(tr("Custom"), Custom);
    m_combo->setToolTip(tr("The days whose events the figures count; states \"as of today\" ignore it"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(DateFields::displayFormat());
    }
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    m_to->setAccessibleName(tr("Last day of the period"));

    m_fromLabel = new QLabel(tr("Fro&m:"), this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(tr("&to:"), this);
    m_toLabel->setBuddy(m_to);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &PeriodPicker::choose);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::editDates);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::editDates);
    choose();
}

void PeriodPicker::setToday(QDate today)
{
    if (!today.isValid() || today == m_today) {
        return;
    }
    m_today = today;
    if (choice() != Custom) {
        choose();
    }
}

void PeriodPicker::setChoice(Choice choice)
{
    m_combo->setCurrentIndex(m_combo->findData(choice));
}

PeriodPicker::Choice PeriodPicker::choice() const
{
    return Choice(m_combo->currentData().toInt());
}

void PeriodPicker::setPeriod(const MetricsPeriod& period)
{
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        m_combo->setCurrentIndex(m_combo->findData(Custom));
        showPeriod(period);
    }
    emit periodChanged();
}

MetricsPeriod PeriodPicker::period() const
{
    return {m_from->date(), m_to->date()};
}

void PeriodPicker::choose()
{
    MetricsPeriod chosen;
    switch (choice()) {
    case ThisMonth:
        chosen = MetricsPeriod::monthOf(m_today);
        break;
    case LastMonth:
        chosen = MetricsPeriod::monthOf(MetricsPeriod::monthOf(m_today).from.addDays(-1));
        break;
    case ThisQuarter:
        chosen = MetricsPeriod::quarterOf(m_today);
        break;
    case LastQuarter:
        chosen = MetricsPeriod::quarterOf(MetricsPeriod::quarterOf(m_today).from.addDays(-1));
        break;
    case Custom:
        // The dates stay as they were and become editable.
        break;
    }
    // The dates show only for a custom period: the others are named by the choice (and the dashboard's status says
    // which days they are), and the row stays narrow enough for a small window.
    const bool custom = choice() == Custom;
    for (QWidget* widget : {static_cast<QWidget*>(m_fromLabel), static_cast<QWidget*>(m_from),
                            static_cast<QWidget*>(m_toLabel), static_cast<QWidget*>(m_to)}) {
        widget->setVisible(custom);
    }
    if (m_updating) {
        return;
    }
    if (!custom) {
        const QScopedValueRollback<bool> updating(m_updating, true);
        showPeriod(chosen);
    }
    emit periodChanged();
}

void PeriodPicker::showPeriod(const MetricsPeriod& period)
{
    m_from->setDate(period.from);
    m_to->setDate(period.to);
}

void PeriodPicker::editDates()
{
    if (m_updating) {
        return;
    }
    // A first day after the last one would be no period at all: the other end follows.
    if (m_from->date() > m_to->date()) {
        const QScopedValueRollback<bool> updating(m_updating, true);
        if (sender() == m_from) {
            m_to->setDate(m_from->date());
        } else {
            m_from->setDate(m_to->date());
        }
    }
    emit periodChanged();
}

} // namespace handoff
