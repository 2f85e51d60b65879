#pragma once

#include "model/FulfilmentTask.h"
#include "model/Promise.h"
#include "model/User.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace handoff {

// Adds a fulfilment task to a deal: what to do, by when, who does it (an active support rep or lead) and,
// optionally, the promise it keeps. A refusal from core keeps the dialog open with everything typed.
class TaskEditorDialog : public QDialog {
    Q_OBJECT

public:
    // Saves the task as typed; returns false (and has shown why) when it was not saved.
    using Saver = std::function<bool(const FulfilmentTask&)>;

    // task gives the deal and the first values (assignee, due date); assignees and promises fill the combos.
    TaskEditorDialog(const FulfilmentTask& task, const QList<User>& assignees, const QList<Promise>& promises,
                     QWidget* parent = nullptr);

    FulfilmentTask task() const;
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    void accept() override;

private:
    FulfilmentTask m_base;
    Saver m_saver;
    QLineEdit* m_title = nullptr;
    QLabel* m_titleError = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_assignee = nullptr;
    QComboBox* m_promise = nullptr;
};

} // namespace handoff
