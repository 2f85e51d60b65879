#include "deals/DealListDelegate.h"

#include "model/Enums.h"
#include "models/DealListModel.h"
#include "promises/StatusIcons.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace handoff {

namespace {

// A mid-tone hue per state. Badges use it only as a tint over the palette's base colour and as the outline, so the
// palette's own text colour keeps its contrast on light and dark palettes alike.
QColor hueOf(HandoffState state)
{
    switch (state) {
    case HandoffState::Draft:
        return QColor(138, 138, 138);
    case HandoffState::Submitted:
        return QColor(47, 128, 237);
    case HandoffState::Returned:
        return QColor(230, 126, 34);
    case HandoffState::Accepted:
        return QColor(39, 174, 96);
    case HandoffState::Fulfilled:
        return QColor(142, 68, 173);
    case HandoffState::Cancelled:
        break;
    }
    return QColor(192, 57, 43);
}

QColor mix(const QColor& base, const QColor& tint, double amount)
{
    const auto channel = [amount](int a, int b) { return int(a + (b - a) * amount); };
    return QColor(channel(base.red(), tint.red()), channel(base.green(), tint.green()),
                  channel(base.blue(), tint.blue()));
}

QStyle* styleOf(const QStyleOptionViewItem& option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

void DealListDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int column = index.column();
    if (column == DealListModel::FlaggedColumn && index.data(DealListModel::FlaggedRole).toInt() > 0) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = StatusIcons::of(Feasibility::Warning);
        const int side = option->fontMetrics.height();
        option->decorationSize = QSize(side, side);
    }
    if ((column == DealListModel::NextDueColumn || column == DealListModel::ClockColumn) &&
        index.data(DealListModel::OverdueRole).toBool()) {
        // Bold comes from the model's font; a selected row keeps its highlighted text colour.
        option->palette.setColor(QPalette::Text, StatusIcons::alarmText(option->palette));
    }
}

void DealListDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    switch (index.column()) {
    case DealListModel::CompletenessColumn:
        paintCompleteness(painter, option, index);
        return;
    case DealListModel::StateColumn:
        paintState(painter, option, index);
        return;
    default:
        QStyledItemDelegate::paint(painter, option, index);
    }
}

void DealListDelegate::paintCompleteness(QPainter* painter, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    QStyle* style = styleOf(option);
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget); // background and selection
    const QVariant fraction = index.data(DealListModel::CompletenessRole);
    if (!fraction.isValid()) {
        return;
    }
    // The style draws the bar, so it matches the platform and follows the palette, dark ones included.
    QStyleOptionProgressBar bar;
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    bar.rect = option.rect.adjusted(3, 2, -3, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = qBound(0, qRound(fraction.toDouble() * 1000), 1000);
    bar.text = text;
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

void DealListDelegate::paintState(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    styleOf(option)->drawControl(QStyle::CE_ItemViewItem, &cell, painter, option.widget);
    if (text.isEmpty()) {
        return;
    }
    const QColor hue = hueOf(HandoffState(index.data(DealListModel::StateRole).toInt()));
    const QColor base = option.palette.color(QPalette::Active, QPalette::Base);
    const QFontMetrics& metrics = option.fontMetrics;
    const int padding = metrics.averageCharWidth();
    const int height = qMin(option.rect.height() - 2, metrics.height() + 2);
    const int width = qMin(option.rect.width() - 2 * padding, metrics.horizontalAdvance(text) + 2 * padding);
    QRect badge(0, 0, width, height);
    badge.moveCenter(option.rect.center());
    badge.moveLeft(option.rect.left() + padding);
    if (option.direction == Qt::RightToLeft) {
        badge.moveRight(option.rect.right() - padding);
    }

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(mix(base, hue, 0.8), 1));
    painter->setBrush(mix(base, hue, 0.25));
    const qreal radius = height / 2.0;
    painter->drawRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setPen(option.palette.color(QPalette::Active, QPalette::Text));
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - padding));
    painter->restore();
}

} // namespace handoff
