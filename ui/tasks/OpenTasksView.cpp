#include "tasks/OpenTasksView.h"

#include "storage/Database.h"
#include "storage/OpenTasks.h"
#include "tasks/OpenTaskModel.h"
#include "workflow/UserService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace handoff {

OpenTasksView::OpenTasksView(Database& db, const User& actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_whose(new QComboBox(this))
    , m_when(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new OpenTaskModel(this))
{
    setObjectName(QStringLiteral("openTasksView"));
    setAccessibleName(tr("Tasks"));

    m_whose->setObjectName(QStringLiteral("whoseCombo"));
    m_whose->setAccessibleName(tr("Whose tasks"));
    m_when->setObjectName(QStringLiteral("whenCombo"));
    m_when->setAccessibleName(tr("Due when"));
    m_when->addItem(tr("All open"), AllOpen);
    m_when->addItem(tr("Overdue"), Overdue);
    m_when->addItem(tr("Due this week"), ThisWeek);
    auto* whoseLabel = new QLabel(tr("&Whose:"), this);
    whoseLabel->setBuddy(m_whose);
    auto* whenLabel = new QLabel(tr("&Due:"), this);
    whenLabel->setBuddy(m_when);

    m_note->setObjectName(QStringLiteral("tasksNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("openTasksTable"));
    m_table->setAccessibleName(tr("Open tasks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int character = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(OpenTaskModel::DueColumn, 24 * character);
    m_table->setColumnWidth(OpenTaskModel::TitleColumn, 36 * character);
    m_table->setColumnWidth(OpenTaskModel::AccountColumn, 22 * character);
    m_table->setColumnWidth(OpenTaskModel::DealColumn, 28 * character);
    m_table->setColumnWidth(OpenTaskModel::AssigneeColumn, 18 * character);
    connect(m_table, &QTableView::activated, this, &OpenTasksView::activate);

    auto* bar = new QHBoxLayout;
    bar->addWidget(whoseLabel);
    bar->addWidget(m_whose);
    bar->addSpacing(character * 2);
    bar->addWidget(whenLabel);
    bar->addWidget(m_when);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);

    connect(m_whose, &QComboBox::activated, this, &OpenTasksView::reload);
    connect(m_when, &QComboBox::activated, this, &OpenTasksView::reload);
    setActor(actor);
}

void OpenTasksView::setActor(const User& actor)
{
    m_actor = actor;
    fillWhose();
    // Support starts from its own work; a lead (or anyone else) from the team's.
    m_whose->setCurrentIndex(m_whose->findData(actor.role == Role::Support ? actor.id : qint64(0)));
}

void OpenTasksView::fillWhose()
{
    m_whose->clear();
    m_whose->addItem(tr("Mine"), m_actor.id);
    m_whose->addItem(tr("Everyone's"), qint64(0));
    UserService users(m_db);
    for (const Role role : {Role::Support, Role::Lead}) {
        auto people = users.active(role);
        if (!people) {
            continue; // the two choices above still work
        }
        for (const User& person : *people) {
            if (person.id != m_actor.id) {
                m_whose->addItem(person.name, person.id);
            }
        }
    }
}

void OpenTasksView::showTasks(qint64 assigneeId, When when)
{
    int whose = m_whose->findData(assigneeId);
    if (whose < 0) {
        whose = m_whose->findData(qint64(0));
    }
    m_whose->setCurrentIndex(whose);
    m_when->setCurrentIndex(m_when->findData(when));
    reload();
}

QDate OpenTasksView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void OpenTasksView::reload()
{
    const QDate day = today();
    OpenTaskFilter filter;
    filter.assigneeId = m_whose->currentData().toLongLong();
    switch (m_when->currentData().toInt()) {
    case Overdue:
        filter.until = day.addDays(-1);
        break;
    case ThisWeek:
        filter.from = day;
        filter.until = day.addDays(7 - day.dayOfWeek()); // through Sunday
        break;
    default:
        break;
    }
    const qint64 selected = m_table->currentIndex().data(OpenTaskModel::TaskIdRole).toLongLong();
    auto rows = OpenTasks::read(m_db, filter, OpenTasks::kLimit + 1);
    if (!rows) {
        m_model->setRows({}, day);
        m_note->setText(tr("The tasks could not be read: %1").arg(rows.error().fullText()));
        return;
    }
    const bool more = rows->size() > OpenTasks::kLimit;
    if (more) {
        rows->removeLast();
    }
    m_model->setRows(*rows, day);
    if (rows->isEmpty()) {
        m_note->setText(filter.assigneeId ? tr("No open task of yours matches. Tasks are made when support accepts a "
                                               "handoff, from its promises.")
                                          : tr("No open task matches."));
    } else if (more) {
        m_note->setText(
            tr("The first %L1 tasks, soonest due first; narrow the list to see the rest.").arg(OpenTasks::kLimit));
    } else {
        m_note->setText(rows->size() == 1 ? tr("1 open task.") : tr("%L1 open tasks.").arg(rows->size()));
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->row(row).task.id == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
        }
    }
}

void OpenTasksView::activate(const QModelIndex& index)
{
    if (index.isValid()) {
        emit taskActivated(index.data(OpenTaskModel::DealIdRole).toLongLong(),
                           index.data(OpenTaskModel::TaskIdRole).toLongLong());
    }
}

} // namespace handoff
