#include "mainwindow/NavigationPanel.h"

#include <QStyle>

#include <algorithm>

namespace handoff {

NavigationPanel::NavigationPanel(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Places"));
    const QList<QStyle::StandardPixmap> icons{QStyle::SP_MessageBoxInformation,
                                              QStyle::SP_FileDialogDetailedView,
                                              QStyle::SP_FileDialogContentsView,
                                              QStyle::SP_DialogApplyButton,
                                              QStyle::SP_FileIcon,
                                              QStyle::SP_DirIcon,
                                              QStyle::SP_ComputerIcon,
                                              QStyle::SP_FileDialogInfoView,
                                              QStyle::SP_FileDialogListView};
    for (int place = 0; place < PlaceCount; ++place) {
        auto* item = new QListWidgetItem(style()->standardIcon(icons[place]), name(Place(place)), this);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(name(Place(place))).arg(place + 1));
    }
    setIconSize(QSize(20, 20));
    setSpacing(2);
    // As wide as the longest place name in the user's language needs (the inbox's with a count of unread items, in
    // bold), and never a horizontal scroll bar.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUnreadCount(999);
    const int needed = sizeHintForColumn(0) + 2 * frameWidth() + 4 * spacing();
    setUnreadCount(0);
    setMinimumWidth(std::max(160, needed));
    setMaximumWidth(std::max(240, needed));
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            emit placeChosen(Place(row));
        }
    });
}

QString NavigationPanel::name(Place place)
{
    switch (place) {
    case Inbox:
        return tr("Inbox");
    case MyHandoffs:
        return tr("My handoffs");
    case ReviewQueue:
        return tr("Review queue");
    case Fulfilment:
        return tr("Fulfilment");
    case Tasks:
        return tr("Tasks");
    case AllDeals:
        return tr("All deals");
    case Dashboard:
        return tr("Dashboard");
    case Catalog:
        return tr("Capability catalog");
    case Template:
        return tr("Checklist template");
    case PlaceCount:
        break;
    }
    return {};
}

void NavigationPanel::setUnreadCount(int unread)
{
    QListWidgetItem* inbox = item(Inbox);
    inbox->setText(unread > 0 ? tr("%1 (%L2)").arg(name(Inbox)).arg(unread) : name(Inbox));
    QFont font = inbox->font();
    font.setBold(unread > 0);
    inbox->setFont(font);
    inbox->setToolTip(unread > 0 ? tr("%1: %L2 unread (Ctrl+%3)").arg(name(Inbox)).arg(unread).arg(Inbox + 1)
                                 : tr("%1 (Ctrl+%2)").arg(name(Inbox)).arg(Inbox + 1));
}

NavigationPanel::Place NavigationPanel::startPlace(Role role)
{
    switch (role) {
    case Role::Support:
        return ReviewQueue;
    case Role::Sales:
    case Role::Lead:
        break;
    }
    return MyHandoffs;
}

} // namespace handoff
