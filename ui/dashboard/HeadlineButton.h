#pragma once

#include <QPushButton>

class QLabel;

namespace handoff {

// A headline figure of the dashboard: its value in large type, the counts it was taken from below it ("3 of 4"), and
// its title; clickable to list the deals behind it.
class HeadlineButton : public QPushButton {
    Q_OBJECT

public:
    explicit HeadlineButton(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& counts = QString());
    QString value() const;
    QString counts() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QLabel* m_value = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_title = nullptr;
};

} // namespace handoff
