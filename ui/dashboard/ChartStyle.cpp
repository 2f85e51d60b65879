#include "dashboard/ChartStyle.h"

#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace handoff::ChartStyle {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor goodColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x5c, 0xc9, 0x7a) : QColor(0x2e, 0x8b, 0x4a);
}

QColor badColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x66) : QColor(0xc6, 0x28, 0x28);
}

QColor warnColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xc2, 0x6a, 0x00);
}

QColor barColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6f, 0xa8, 0xf5) : QColor(0x2f, 0x6d, 0xb5);
}

QValueAxis* countAxis(double maximum)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    const double top = std::max(4.0, std::ceil(maximum * 1.15));
    axis->setRange(0, top);
    axis->applyNiceNumbers();
    axis->setMinorTickCount(0);
    return axis;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace handoff::ChartStyle
