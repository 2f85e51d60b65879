#pragma once

#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QTableView;

namespace handoff {

class ChannelTableModel;
class ContactEdits;
class ContactTableModel;
class DealSession;

// The deal editor's Contacts & channels tab: the people on the deal with their roles (email and phone open the mail
// program or the dialler), and the channels through which the customer reaches support, one of them preferred.
// Every change is saved at once through the session and can be undone.
class ContactsTab : public QWidget {
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl&)>;

    explicit ContactsTab(DealSession& session, QWidget* parent = nullptr);
    ~ContactsTab() override;

    // What opens mailto: and tel: links; QDesktopServices::openUrl unless replaced (tests). An empty function
    // restores the default.
    static void setUrlOpener(UrlOpener opener);

    QTableView* contactTable() const { return m_contacts; }
    QTableView* channelTable() const { return m_channels; }

private:
    void reload();
    void updateActions();
    void openLink(const QModelIndex& index);
    void addContact();
    void linkContact();
    void editContact();
    void removeContact();
    void addChannel();
    void editChannel();
    void removeChannel();
    void makePreferred();

    DealSession& m_session;
    ContactEdits* m_edits = nullptr;
    ContactTableModel* m_contactModel = nullptr;
    ChannelTableModel* m_channelModel = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_contacts = nullptr;
    QTableView* m_channels = nullptr;
    QAction* m_addContact = nullptr;
    QAction* m_linkContact = nullptr;
    QAction* m_editContact = nullptr;
    QAction* m_removeContact = nullptr;
    QAction* m_addChannel = nullptr;
    QAction* m_editChannel = nullptr;
    QAction* m_removeChannel = nullptr;
    QAction* m_makePreferred = nullptr;
    bool m_editable = false;
    bool m_anyoneToLink = false; // the account has people who are not on the deal
};

} // namespace handoff
