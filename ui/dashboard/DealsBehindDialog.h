#pragma once

#include "Result.h"
#include "metrics/MetricsTypes.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTableView;

namespace handoff {

class BackgroundRead;
class Database;
class DealsBehindModel;

// One way of listing the deals behind a figure: what a rate counts or what it is taken over, or one part of a
// breakdown.
struct FigureChoice {
    QString label;
    Figure figure = Figure::HandoffsSubmitted;
    QString breakdownKey;
    FigurePart part = FigurePart::Counted;
};

// What the user clicked: a figure of a person (or the team) over a period, and the ways to list its deals.
struct DealsBehindRequest {
    QString caption; // "First-pass acceptance · Rita Rep · 2026-11-01 – 2026-11-30"
    MetricsQuery query;
    qint64 userId = 0; // the person whose row or bar it is; 0: the team
    QList<FigureChoice> choices;
};

// The deals behind a figure: asks MetricsService which they are, lists them, and opens one in the workspace on
// double-click or Enter. Stays open beside the dashboard so that several deals can be opened in turn.
class DealsBehindDialog : public QDialog {
    Q_OBJECT

public:
    DealsBehindDialog(Database& db, DealsBehindRequest request, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    DealsBehindModel* model() const { return m_model; }
    QComboBox* choiceCombo() const { return m_choice; }
    // How many deals are behind the current choice in all (the list shows at most MetricsService's limit).
    qint64 total() const { return m_total; }
    // The deals of the current choice are being looked up (in the background: it takes a few hundred milliseconds
    // at 100,000 deals).
    bool isReading() const;

signals:
    void dealActivated(qint64 dealId);
    // The list shows the deals of the current choice.
    void listed();

private:
    void load();
    void showDeals(const Result<DealsBehind>& behind);
    void activate(const QModelIndex& index);

    Database& m_db;
    DealsBehindRequest m_request;
    DealsBehindModel* m_model = nullptr;
    QComboBox* m_choice = nullptr;
    QLabel* m_definition = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    BackgroundRead* m_read = nullptr;
    bool m_reloadPending = false;
    qint64 m_total = 0;
};

} // namespace handoff
