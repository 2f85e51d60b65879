#include "promises/StatusIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace handoff {

namespace {

enum class Glyph { Tick, Exclamation, Cross, Question, Dot, Clock };
enum class Shape { Circle, Triangle, Ring };

const QColor kGreen(46, 125, 50);
const QColor kAmber(245, 166, 35);
const QColor kRed(198, 40, 40);
const QColor kBlue(21, 101, 192);
const QColor kGrey(117, 117, 117);

// Drawn at several sizes rather than scaled, so the glyph stays crisp on high-DPI screens.
QPixmap paint(int size, Shape shape, const QColor& fill, Glyph glyph)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = qMax(1.5, s / 8.0);
    const QColor ink = fill == kAmber ? QColor(Qt::black) : QColor(Qt::white);
    switch (shape) {
    case Shape::Circle:
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawEllipse(QRectF(0.5, 0.5, s - 1, s - 1));
        break;
    case Shape::Triangle: {
        QPainterPath path;
        path.moveTo(s / 2, 0.5);
        path.lineTo(s - 0.5, s - 0.5);
        path.lineTo(0.5, s - 0.5);
        path.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        painter.drawPath(path);
        break;
    }
    case Shape::Ring:
        painter.setPen(QPen(fill, pen));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(pen / 2, pen / 2, s - pen, s - pen));
        break;
    }
    painter.setPen(QPen(shape == Shape::Ring ? fill : ink, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Tick:
        painter.drawPolyline(
            QPolygonF({QPointF(s * 0.27, s * 0.52), QPointF(s * 0.44, s * 0.68), QPointF(s * 0.74, s * 0.34)}));
        break;
    case Glyph::Exclamation: {
        const qreal top = shape == Shape::Triangle ? s * 0.38 : s * 0.24;
        painter.drawLine(QPointF(s / 2, top), QPointF(s / 2, s * 0.62));
        painter.drawPoint(QPointF(s / 2, s * 0.80));
        break;
    }
    case Glyph::Cross:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case Glyph::Question: {
        QPainterPath hook;
        hook.moveTo(s * 0.34, s * 0.38);
        hook.cubicTo(s * 0.34, s * 0.18, s * 0.68, s * 0.18, s * 0.66, s * 0.38);
        hook.cubicTo(s * 0.64, s * 0.50, s * 0.50, s * 0.48, s * 0.50, s * 0.62);
        painter.drawPath(hook);
        painter.drawPoint(QPointF(s / 2, s * 0.80));
        break;
    }
    case Glyph::Dot:
        painter.drawPoint(QPointF(s / 2, s / 2));
        break;
    case Glyph::Clock:
        painter.drawLine(QPointF(s / 2, s * 0.24), QPointF(s / 2, s / 2));
        painter.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.70, s * 0.62));
        break;
    }
    return pixmap;
}

QIcon icon(int key, Shape shape, const QColor& fill, Glyph glyph)
{
    static QHash<int, QIcon> cache;
    if (auto found = cache.constFind(key); found != cache.constEnd()) {
        return *found;
    }
    QIcon made;
    for (int size : {16, 24, 32, 48}) {
        made.addPixmap(paint(size, shape, fill, glyph));
    }
    cache.insert(key, made);
    return made;
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QIcon StatusIcons::of(Feasibility value)
{
    switch (value) {
    case Feasibility::Ok:
        return icon(0, Shape::Circle, kGreen, Glyph::Tick);
    case Feasibility::Warning:
        return icon(1, Shape::Triangle, kAmber, Glyph::Exclamation);
    case Feasibility::Blocked:
        return icon(2, Shape::Circle, kRed, Glyph::Cross);
    }
    return {};
}

QIcon StatusIcons::of(ReviewStatus value)
{
    switch (value) {
    case ReviewStatus::Pending:
        return icon(10, Shape::Ring, kGrey, Glyph::Dot);
    case ReviewStatus::Accepted:
        return icon(11, Shape::Circle, kGreen, Glyph::Tick);
    case ReviewStatus::NeedsClarification:
        return icon(12, Shape::Circle, kBlue, Glyph::Question);
    case ReviewStatus::CannotFulfil:
        return icon(13, Shape::Circle, kRed, Glyph::Cross);
    }
    return {};
}

QIcon StatusIcons::of(Fulfilment value)
{
    switch (value) {
    case Fulfilment::Open:
        return icon(20, Shape::Ring, kGrey, Glyph::Dot);
    case Fulfilment::Fulfilled:
        return icon(21, Shape::Circle, kGreen, Glyph::Tick);
    case Fulfilment::Broken:
        return icon(22, Shape::Circle, kRed, Glyph::Exclamation);
    case Fulfilment::Waived:
        return icon(23, Shape::Circle, kGrey, Glyph::Cross);
    }
    return {};
}

QIcon StatusIcons::overdue()
{
    return icon(30, Shape::Circle, kRed, Glyph::Clock);
}

QColor StatusIcons::warningText(const QPalette& palette)
{
    return isDark(palette) ? QColor(255, 204, 102) : QColor(138, 90, 0);
}

QColor StatusIcons::alarmText(const QPalette& palette)
{
    return isDark(palette) ? QColor(255, 128, 128) : QColor(183, 28, 28);
}

} // namespace handoff
