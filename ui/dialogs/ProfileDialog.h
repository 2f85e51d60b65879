#pragma once

#include "model/User.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace handoff {

class Database;

// "Who am I": pick your profile from the people in this database, or create one (name, email, role). The role
// chooses the start view and which actions the workstation offers.
class ProfileDialog : public QDialog {
    Q_OBJECT

public:
    explicit ProfileDialog(Database& db, qint64 currentUserId = 0, QWidget* parent = nullptr);

    User user() const { return m_user; }

    void accept() override;

private:
    void updateOk();

    Database& m_db;
    User m_user;
    QListWidget* m_people = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace handoff
