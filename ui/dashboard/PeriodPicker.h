#pragma once

#include "metrics/MetricsTypes.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace handoff {

// The dashboard's choice of period: this or last month, this or last quarter, or any days from one date to
// another. The trend's step follows from the period (trendIntervalFor), as everywhere else.
class PeriodPicker : public QWidget {
    Q_OBJECT

public:
    enum Choice { ThisMonth, LastMonth, ThisQuarter, LastQuarter, Custom };

    explicit PeriodPicker(QWidget* parent = nullptr);

    // The day "this month" is counted from.
    void setToday(QDate today);
    void setChoice(Choice choice);
    Choice choice() const;
    // Sets a custom period.
    void setPeriod(const MetricsPeriod& period);
    MetricsPeriod period() const;

    QComboBox* combo() const { return m_combo; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

signals:
    void periodChanged();

private:
    void choose();
    void showPeriod(const MetricsPeriod& period);
    void editDates();

    QDate m_today;
    QComboBox* m_combo = nullptr;
    QLabel* m_fromLabel = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    bool m_updating = false;
};

} // namespace handoff
