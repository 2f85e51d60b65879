#pragma once

#include "model/User.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace handoff {

class Database;
class OpenTaskModel;

// The side bar's Tasks: support's work across deals, the open tasks soonest due first. The user narrows it to their
// own, everyone's or one colleague's, and to what is overdue or due this week; Enter or a double click opens the task
// in its deal.
class OpenTasksView : public QWidget {
    Q_OBJECT

public:
    enum When { AllOpen, Overdue, ThisWeek };

    OpenTasksView(Database& db, const User& actor, QWidget* parent = nullptr);

    void setActor(const User& actor);
    // Shows the tasks of one person (0: everyone's) due when, and reads them.
    void showTasks(qint64 assigneeId, When when);
    OpenTaskModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // The day the view counts lateness from; today unless a test says otherwise.
    void setToday(QDate today) { m_today = today; }

public slots:
    // Reads the tasks again (a change of this desk's or another's).
    void reload();

signals:
    void taskActivated(qint64 dealId, qint64 taskId);

private:
    void activate(const QModelIndex& index);
    // The people whose tasks the list can show: the user, everyone, and each active colleague in support or leading.
    void fillWhose();
    QDate today() const;

    Database& m_db;
    User m_actor;
    QDate m_today;
    QComboBox* m_whose = nullptr;
    QComboBox* m_when = nullptr;
    QLabel* m_note = nullptr;
    QTableView* m_table = nullptr;
    OpenTaskModel* m_model = nullptr;
};

} // namespace handoff
