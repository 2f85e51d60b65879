#pragma once

#include <QStyledItemDelegate>

namespace handoff {

// Paints the deal list's cells that say more than text: the checklist as a progress bar drawn by the style, the
// handoff state as a badge tinted from the palette, flagged promises with a warning mark, and overdue dates in the
// palette's alarm colour. Every mark also carries text, so nothing depends on colour alone, light or dark.
class DealListDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    void paintCompleteness(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintState(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace handoff
