#pragma once

#include "model/User.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeView;

namespace handoff {

class BackgroundRead;
class Database;
class InboxModel;
struct InboxItem;

// A person's inbox (core's Inbox): what needs them first, unread in bold. Enter or a double click opens the deal and
// marks the item read; the items can be marked read or unread by hand. Reads in the background, so that a large
// database never holds up the window.
class InboxView : public QWidget {
    Q_OBJECT

public:
    InboxView(Database& db, const User& actor, QWidget* parent = nullptr);

    void setActor(const User& actor);
    // Reads the inbox again, keeping the selection and the scroll position.
    void reload();
    int unreadCount() const { return m_unread; }
    InboxModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    // Opens the deal of the current item and marks it read.
    void openCurrent();
    void markSelected(bool read);
    void markAllRead();

signals:
    void dealActivated(qint64 dealId);
    void unreadCountChanged(int unread);
    void errorOccurred(const QString& message);

private:
    QStringList selectedKeys() const;
    void mark(const QStringList& keys, bool read);
    void showItems(const QList<InboxItem>& items, const QDate& today);
    void updateUnread();

    Database& m_db;
    User m_actor;
    InboxModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    BackgroundRead* m_read = nullptr;
    bool m_again = false;
    int m_unread = 0;
};

} // namespace handoff
