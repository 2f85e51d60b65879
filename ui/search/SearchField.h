#pragma once

#include "search/SearchIndex.h"

#include <QLineEdit>

class QListView;
class QModelIndex;
class QTimer;

namespace handoff {

class Database;
class SearchHitModel;

// The workstation's search field: finds deals, accounts, contacts and promises as the user types and lists them in
// a popup under the field; choosing one asks the host to open its deal. The keyboard stays in the field: Up and
// Down move through the hits, Enter opens the chosen one (or the first), Escape closes the list, then clears.
// The host focuses the field with its own Find action (Ctrl+K, Ctrl+F) and connects dealActivated.
class SearchField : public QLineEdit {
    Q_OBJECT

public:
    // How long typing must pause before the field searches: a fast typist's keys run no search between them.
    static constexpr int kDelayMs = 120;
    // Hits listed at most.
    static constexpr int kLimit = 20;

    explicit SearchField(Database& db, QWidget* parent = nullptr);
    ~SearchField() override;

    // The popup list of hits (objectName "searchResults"); visible while it has something to show.
    QListView* resultList() const { return m_popup; }
    SearchHitModel* results() const { return m_model; }

signals:
    // A hit was chosen; dealId is the deal to open (the deal itself, or the one its account, contact or promise
    // belongs to).
    void dealActivated(qint64 dealId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void textHasChanged(const QString& text);
    void search();
    void showResults();
    void hideResults();
    void placeResults();
    void moveSelection(int step);
    // Runs a search that is still waiting for its delay, so that Enter and Down act on what was typed.
    void searchNowIfWaiting();
    void activate(const QModelIndex& index);

    SearchIndex m_index;
    SearchHitModel* m_model = nullptr;
    QListView* m_popup = nullptr;
    QTimer* m_delay = nullptr;
    QWidget* m_watchedWindow = nullptr;
};

} // namespace handoff
