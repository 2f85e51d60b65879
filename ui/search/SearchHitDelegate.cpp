#include "search/SearchHitDelegate.h"

#include "search/SearchHitModel.h"
#include "search/SearchIndex.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace handoff {

namespace {

constexpr int kMargin = 6;
constexpr int kMessageLines = 3; // an error message may need a few lines; more is cut with an ellipsis

QFont boldOf(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

SearchHitDelegate::SearchHitDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

int SearchHitDelegate::kindWidth(const QFontMetrics& metrics) const
{
    int widest = 0;
    for (auto kind :
         {SearchHit::Kind::Deal, SearchHit::Kind::Account, SearchHit::Kind::Contact, SearchHit::Kind::Promise}) {
        widest = std::max(widest, metrics.horizontalAdvance(SearchIndex::kindLabel(kind)));
    }
    return widest;
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics metrics(option.font);
    const int lines = index.data(SearchHitModel::IsMessageRole).toBool() ? kMessageLines : 2;
    return {kindWidth(metrics) + 30 * metrics.averageCharWidth(), lines * metrics.lineSpacing() + 2 * kMargin};
}

void SearchHitDelegate::paint(QPainter* painter, const QStyleOptionViewItem& given, const QModelIndex& index) const
{
    QStyleOptionViewItem option = given;
    initStyleOption(&option, index);
    option.text.clear(); // the style draws the selection background; the text is drawn here
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &option, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // PlaceholderText is the palette's quiet text colour and is chosen to read on a dark palette too.
    const QColor quiet = selected ? text : option.palette.color(group, QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics metrics(option.font);

    painter->save();
    if (index.data(SearchHitModel::IsMessageRole).toBool()) {
        painter->setPen(quiet);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, index.data().toString());
        painter->restore();
        return;
    }
    const int kindColumn = kindWidth(metrics);
    const QRect kindRect(area.left(), area.top(), kindColumn, metrics.lineSpacing());
    painter->setPen(quiet);
    painter->drawText(kindRect, Qt::AlignLeft | Qt::AlignVCenter, index.data(SearchHitModel::KindLabelRole).toString());

    const int textLeft = area.left() + kindColumn + 2 * kMargin;
    const int textWidth = std::max(0, area.right() - textLeft);
    const QFont bold = boldOf(option.font);
    const QFontMetrics boldMetrics(bold);
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(QRect(textLeft, area.top(), textWidth, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, textWidth));
    painter->setFont(option.font);
    painter->setPen(quiet);
    painter->drawText(QRect(textLeft, area.top() + metrics.lineSpacing(), textWidth, metrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(SearchHitModel::DetailRole).toString(), Qt::ElideRight, textWidth));
    painter->restore();
}

} // namespace handoff
