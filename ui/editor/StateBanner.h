#pragma once

#include "model/Deal.h"
#include "workflow/HandoffWorkflow.h"

#include <QFrame>

class QLabel;

namespace handoff {

class Database;

// The news a deal's editor says first, above everything else: a returned handoff's who, when, reason and note, and
// the promises support asked about, each a link to the promise. Hidden when there is no such news.
class StateBanner : public QFrame {
    Q_OBJECT

public:
    explicit StateBanner(Database& db, QWidget* parent = nullptr);

    // Reads what to say about the deal as it is now.
    void reload(const Deal& deal);
    QString text() const;

signals:
    void jumpRequested(handoff::HandoffReason::Place place, const QString& key);

private:
    Database& m_db;
    QLabel* m_text = nullptr;
};

} // namespace handoff
