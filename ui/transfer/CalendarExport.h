#pragma once

#include <QDate>
#include <QDialog>

class QRadioButton;

namespace handoff {

class Database;
struct User;

// File ▸ Export calendar…: open fulfilment tasks and promise due dates as an iCalendar file, everyone's or only the
// current user's, for a calendar program to import.
class CalendarExport : public QDialog {
    Q_OBJECT

public:
    CalendarExport(const Database& db, const User& user, QWidget* parent = nullptr);

    // Only the current user's tasks and deals' promises instead of everyone's.
    void setOnlyMine(bool onlyMine);
    bool onlyMine() const;

    // Writes to this file instead of asking with a save dialog (an existing file is replaced).
    void setTargetPath(const QString& path) { m_targetPath = path; }

    // After the dialog was accepted: "Exported 12 calendar events to …", for the status bar.
    QString confirmation() const { return m_confirmation; }

    // "handoff-calendar-2026-11-23.ics", "handoff-calendar-dana-2026-11-23.ics" for one person.
    static QString suggestedName(const QString& person, QDate day);

public slots:
    // Asks for the file and writes it; stays open when the user cancels the save dialog or the export fails.
    void accept() override;

private:
    const Database& m_db;
    const User& m_user;
    QRadioButton* m_everyone = nullptr;
    QRadioButton* m_mine = nullptr;
    QString m_targetPath;
    QString m_confirmation;
};

} // namespace handoff
