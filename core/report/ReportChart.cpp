#include "report/ReportChart.h"

#include "report/ReportFont.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace handoff {

namespace {

constexpr qreal kBar = 13;       // one series
constexpr qreal kGroupedBar = 9; // each bar of several series side by side
constexpr qreal kRowGap = 7;
constexpr qreal kTitle = 26;
constexpr qreal kLegend = 24;
constexpr qreal kPad = 6;
// A chart of many rows packs them closer, so that its rows take at most kMostRows (a trend of ten years by quarter
// still fits on a page), down to bars of kDenseBar.
constexpr qreal kMostRows = 760;
constexpr qreal kDenseBar = 7;
constexpr qreal kDenseGap = 4;

QFont chartFont(qreal pixelSize, bool bold = false)
{
    QFont font = reportFont();
    font.setPixelSize(int(pixelSize));
    font.setBold(bold);
    return font;
}

} // namespace

bool ReportChart::dense() const
{
    const qreal normal = series.size() > 1 ? kGroupedBar : kBar;
    return categories.size() * (std::max<qsizetype>(1, series.size()) * normal + kRowGap) > kMostRows;
}

qreal ReportChart::barHeight() const
{
    const qreal normal = series.size() > 1 ? kGroupedBar : kBar;
    if (!dense()) {
        return normal;
    }
    const qreal fits =
        (kMostRows / qreal(categories.size()) - kDenseGap) / qreal(std::max<qsizetype>(1, series.size()));
    return std::clamp(fits, kDenseBar, normal);
}

qreal ReportChart::rowHeight() const
{
    return std::max<qsizetype>(1, series.size()) * barHeight() + (dense() ? kDenseGap : kRowGap);
}

int ReportChart::height() const
{
    const qreal rows = categories.size() * rowHeight();
    return int(kTitle + rows + (series.size() > 1 ? kLegend : kPad) + kPad);
}

QImage ReportChart::render(qreal scale) const
{
    const int h = height();
    QImage image(QSize(int(kWidth * scale), int(h * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);

    const QColor ink(0x1c, 0x24, 0x30);
    const QColor muted(0x5b, 0x66, 0x75);
    const QColor grid(0xd5, 0xda, 0xe1);
    painter.setFont(chartFont(13, true));
    painter.setPen(ink);
    painter.drawText(QRectF(0, 0, kWidth, kTitle - 6), Qt::AlignLeft | Qt::AlignVCenter, title);

    const QFont labelFont = chartFont(11);
    const QFontMetricsF metrics(labelFont);
    // The values beside thin bars in a smaller size, so that those of neighbouring bars do not run into each other.
    const QFont valueFont = chartFont(std::min<qreal>(11, barHeight() + 2));
    qreal labelWidth = 0;
    for (const QString& category : categories) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    }
    labelWidth = std::min(labelWidth + 10, kWidth * 0.34);
    qreal valueWidth = 0;
    double largest = maximum;
    for (const Series& s : series) {
        for (const QString& value : s.valueTexts) {
            valueWidth = std::max(valueWidth, metrics.horizontalAdvance(value));
        }
        if (maximum <= 0 && !s.values.isEmpty()) {
            largest = std::max(largest, *std::max_element(s.values.cbegin(), s.values.cend()));
        }
    }
    const qreal plotLeft = labelWidth;
    const qreal plotWidth = std::max<qreal>(40, kWidth - labelWidth - valueWidth - 12);
    const qreal bar = barHeight();
    const qreal plotTop = kTitle;
    const qreal plotBottom = plotTop + categories.size() * rowHeight();

    painter.setPen(QPen(grid, 1));
    painter.drawLine(QPointF(plotLeft, plotTop), QPointF(plotLeft, plotBottom));
    painter.setFont(labelFont);
    for (qsizetype row = 0; row < categories.size(); ++row) {
        const qreal top = plotTop + row * rowHeight() + kRowGap / 2;
        painter.setPen(ink);
        painter.drawText(QRectF(0, top, labelWidth - 8, rowHeight() - kRowGap), Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(categories.at(row), Qt::ElideRight, labelWidth - 8));
        for (qsizetype s = 0; s < series.size(); ++s) {
            const Series& one = series.at(s);
            const double value = row < one.values.size() ? one.values.at(row) : -1;
            const qreal y = top + s * bar;
            qreal end = plotLeft;
            if (value >= 0 && largest > 0) {
                const qreal length = plotWidth * std::min(1.0, value / largest);
                painter.fillRect(QRectF(plotLeft, y + 1, std::max<qreal>(length, 1), bar - 2), one.color);
                end += length;
            }
            painter.setPen(muted);
            painter.setFont(valueFont);
            const QString label = row < one.valueTexts.size() ? one.valueTexts.at(row) : QString();
            painter.drawText(QRectF(end + 4, y, valueWidth + 8, bar), Qt::AlignLeft | Qt::AlignVCenter, label);
            painter.setFont(labelFont);
        }
    }
    if (series.size() > 1) {
        qreal x = plotLeft;
        const qreal y = plotBottom + 8;
        for (const Series& s : series) {
            painter.fillRect(QRectF(x, y + 2, 10, 10), s.color);
            painter.setPen(ink);
            painter.drawText(QPointF(x + 14, y + 11), s.name);
            x += 14 + metrics.horizontalAdvance(s.name) + 18;
        }
    }
    painter.end();
    return image;
}

} // namespace handoff
