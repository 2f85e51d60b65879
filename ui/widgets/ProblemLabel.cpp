#include "widgets/ProblemLabel.h"

#include <QLabel>

namespace handoff {

QLabel* makeProblemLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

} // namespace handoff

namespace handoff {

void markMissing(QLabel* label, bool missing)
{
    label->setProperty("missing", missing);
    label->setStyleSheet(
        missing ? QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(QLatin1String(kErrorColour))
                : QString());
}

} // namespace handoff
