#pragma once

#include "search/SearchHit.h"

#include <QAbstractListModel>
#include <QList>

namespace handoff {

// The lines of the search field's popup: the hits of the last search, or one line of text instead of them (no
// matches, or why the search failed), which can be read but not chosen.
class SearchHitModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        DetailRole = Qt::UserRole + 1, // QString: the hit's second line
        KindRole,                      // int: SearchHit::Kind
        KindLabelRole,                 // QString: "Deal", "Account" ...
        DealIdRole,                    // qint64: the deal that opens when the hit is chosen; 0: none
        IsMessageRole,                 // bool: a line of text, not a hit
    };

    explicit SearchHitModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    // Replaces the hits with one line that explains their absence.
    void setMessage(const QString& message);
    void clear();

    bool hasHits() const { return !m_hits.isEmpty(); }
    const QList<SearchHit>& hits() const { return m_hits; }
    QString message() const { return m_message; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<SearchHit> m_hits;
    QString m_message;
};

} // namespace handoff
