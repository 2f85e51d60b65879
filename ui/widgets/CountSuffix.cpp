#include "widgets/CountSuffix.h"

#include <QSpinBox>

namespace handoff {

void setCountSuffix(QSpinBox* box, const QString& one, const QString& many)
{
    const auto update = [box, one, many](int value) { box->setSuffix(value == 1 ? one : many); };
    update(box->value());
    QObject::connect(box, &QSpinBox::valueChanged, box, update);
}

} // namespace handoff
