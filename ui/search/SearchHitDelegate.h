#pragma once

#include <QStyledItemDelegate>

namespace handoff {

// Draws a search hit as two lines beside its kind: the title in bold, where it belongs below it in a quieter
// colour. A message line (no matches, an error) is drawn as plain wrapped text.
class SearchHitDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SearchHitDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // The width of the kind column: the longest kind label in the current language.
    int kindWidth(const QFontMetrics& metrics) const;
};

} // namespace handoff
