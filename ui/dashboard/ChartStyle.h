#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QValueAxis;

namespace handoff {

// The colours and axes the dashboard's charts share. Colours keep their meaning in light and dark palettes (good is
// green, bad red, a shade lighter on a dark window).
namespace ChartStyle {

bool isDark(const QPalette& palette);
QColor goodColor(const QPalette& palette);
QColor badColor(const QPalette& palette);
QColor warnColor(const QPalette& palette);
QColor barColor(const QPalette& palette);
// A value axis from 0 that counts in whole numbers, with room above maximum.
QValueAxis* countAxis(double maximum);
// Removes and deletes every series and axis of chart.
void clear(QChart* chart);

} // namespace ChartStyle

} // namespace handoff
