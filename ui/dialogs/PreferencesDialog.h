#pragma once

#include "model/User.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace handoff {

class Database;

// Preferences: this person's language and default database (kept in QSettings on this computer) and, for leads,
// the team's handoff settings kept in the database (due-date buffer, clock targets).
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    PreferencesDialog(Database& db, const User& actor, QWidget* parent = nullptr);

    void accept() override;

    // The language codes offered, "" meaning the system's.
    static QStringList languages();

private:
    Database& m_db;
    User m_actor;
    QComboBox* m_language = nullptr;
    QComboBox* m_appearance = nullptr;
    QLineEdit* m_defaultDatabase = nullptr;
    QSpinBox* m_buffer = nullptr;
    QSpinBox* m_submitTarget = nullptr;
    QSpinBox* m_kickoffTarget = nullptr;
};

} // namespace handoff
