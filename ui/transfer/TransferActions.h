#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace handoff {

class Database;
struct User;

// File ▸ Import…, Export… and Export calendar…: the actions and what they open. The window connects imported() to
// its refresh and message() to its status bar.
class TransferActions : public QObject {
    Q_OBJECT

public:
    // Adds the three actions to menu; the object lives as long as window. user is read when an action runs, so a
    // switch of user is followed.
    static TransferActions* addTo(QMenu* menu, QWidget* window, Database& db, const User& user);

    QAction* importAction() const { return m_import; }
    QAction* exportAction() const { return m_export; }
    QAction* exportCalendarAction() const { return m_calendar; }

signals:
    // Deals were imported.
    void imported();
    // A confirmation for the status bar: "Exported 2,000 deals to …".
    void message(const QString& text);

private:
    TransferActions(QWidget* window, Database& db, const User& user);

    void importDeals();
    void exportTable();
    void exportCalendar();

    QWidget* m_window;
    Database& m_db;
    const User& m_user;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    QAction* m_calendar = nullptr;
};

} // namespace handoff
