#pragma once

#include <QList>
#include <QWidget>

#include <utility>

class QAction;
class QLabel;
class QLineEdit;

namespace handoff {

// The strip under the promise table where support reviews in place and the rep and lead follow up: one note field
// (a question, why a promise cannot be fulfilled, an answer, a waiver's reason) and a button per action.
class PromiseActionPanel : public QWidget {
    Q_OBJECT

public:
    // One button per action, named by the object name that comes with it.
    PromiseActionPanel(const QList<std::pair<QAction*, QString>>& actions, QWidget* parent = nullptr);

    // The note as typed. When it is required and empty, problem shows next to the field, which gets the focus.
    QString note(bool required, const QString& problem);
    // The note was used: the field empties for the next one.
    void clear();
    void hideProblem();

private:
    QLineEdit* m_note = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace handoff
