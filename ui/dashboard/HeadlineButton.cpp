#include "dashboard/HeadlineButton.h"

#include <QLabel>
#include <QVBoxLayout>

namespace handoff {

HeadlineButton::HeadlineButton(const QString& title, QWidget* parent)
    : QPushButton(parent)
    , m_value(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_title(new QLabel(title, this))
{
    m_value->setObjectName(QStringLiteral("headlineValue"));
    m_counts->setObjectName(QStringLiteral("headlineCounts"));
    m_title->setObjectName(QStringLiteral("headlineTitle"));
    for (QLabel* label : {m_value, m_counts, m_title}) {
        // The button takes the clicks; the labels only show.
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        label->setAlignment(Qt::AlignCenter);
        label->setTextFormat(Qt::PlainText);
        // The window decides the width: in a narrow one a long value is cut rather than the window widened.
        label->setMinimumWidth(1);
    }
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_value->setFont(large);
    m_title->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_counts);
    layout->addWidget(m_title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAutoDefault(false);
    setValue(QStringLiteral("–"));
}

void HeadlineButton::setValue(const QString& value, const QString& counts)
{
    m_value->setText(value);
    // The line stays when empty so that every headline has the same height.
    m_counts->setText(counts.isEmpty() ? QStringLiteral(" ") : counts);
    setAccessibleName(counts.isEmpty() ? tr("%1: %2").arg(m_title->text(), value)
                                       : tr("%1: %2 (%3)").arg(m_title->text(), value, counts));
}

QString HeadlineButton::value() const
{
    return m_value->text();
}

QString HeadlineButton::counts() const
{
    return m_counts->text().trimmed();
}

QSize HeadlineButton::sizeHint() const
{
    return layout()->sizeHint().grownBy(QMargins(4, 4, 4, 4));
}

QSize HeadlineButton::minimumSizeHint() const
{
    return layout()->minimumSize();
}

} // namespace handoff
