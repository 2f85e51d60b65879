#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QListWidget;
class QTextBrowser;
class QTreeWidget;

namespace handoff {

class DealSession;

// The deal editor's Activity tab: the comment thread with a box to write in, the deal's history told in sentences
// (oldest at the top, newest at the bottom, like the thread), and, after a resubmission, what changed since the
// submission before.
class ActivityTab : public QWidget {
    Q_OBJECT

public:
    explicit ActivityTab(DealSession& session, QWidget* parent = nullptr);

private:
    void reload();
    void showComments();
    void showHistory();
    void showChanges();
    void post();

    DealSession& m_session;
    QWidget* m_changesBox = nullptr;
    QTreeWidget* m_changes = nullptr;
    QTextBrowser* m_thread = nullptr;
    QPlainTextEdit* m_compose = nullptr;
    QPushButton* m_post = nullptr;
    QListWidget* m_history = nullptr;
    QLabel* m_error = nullptr;
    QStringList m_problems; // what the last reload could not read
};

} // namespace handoff
