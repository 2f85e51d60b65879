#pragma once

#include "model/User.h"

#include <QListWidget>

namespace handoff {

// The side bar: the places of the workstation, from the lists of deals to the lead's catalog and template.
class NavigationPanel : public QListWidget {
    Q_OBJECT

public:
    enum Place {
        Inbox,
        MyHandoffs,
        ReviewQueue,
        Fulfilment,
        Tasks,
        AllDeals,
        Dashboard,
        Catalog,
        Template,
        PlaceCount
    };

    explicit NavigationPanel(QWidget* parent = nullptr);

    static QString name(Place place);
    // The view each role starts in: sales their handoffs, support the review queue, leads everything open.
    static Place startPlace(Role role);

    Place place() const { return Place(qMax(0, currentRow())); }
    void setPlace(Place place) { setCurrentRow(place); }
    // The inbox's entry says how many of its items are unread, in bold while there are any.
    void setUnreadCount(int unread);

signals:
    void placeChosen(handoff::NavigationPanel::Place place);
};

} // namespace handoff
