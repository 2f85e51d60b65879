#pragma once

#include "Result.h"
#include "metrics/MetricsTypes.h"

#include <QObject>

#include <optional>

namespace handoff {

class BackgroundRead;
class Database;

// Computes a MetricsReport without freezing the window (a report over 100,000 deals reads for about a second), see
// BackgroundRead. Asking again while a report is being computed replaces the question: only the last one's answer
// arrives.
class MetricsLoader : public QObject {
    Q_OBJECT

public:
    explicit MetricsLoader(const Database& db, QObject* parent = nullptr);

    void request(const MetricsQuery& query);
    bool isBusy() const { return m_busy; }

signals:
    void busyChanged(bool busy);
    void loaded(const handoff::MetricsReport& report);
    void failed(const handoff::Error& error);

private:
    void start(const MetricsQuery& query);
    void finish(const Result<MetricsReport>& result);

    BackgroundRead* m_read = nullptr;
    bool m_busy = false;
    std::optional<MetricsQuery> m_pending;
};

} // namespace handoff
