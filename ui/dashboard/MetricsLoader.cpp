#include "dashboard/MetricsLoader.h"

#include "metrics/MetricsService.h"
#include "widgets/BackgroundRead.h"

#include <memory>

namespace handoff {

MetricsLoader::MetricsLoader(const Database& db, QObject* parent)
    : QObject(parent)
    , m_read(new BackgroundRead(db, this))
{}

void MetricsLoader::request(const MetricsQuery& query)
{
    if (m_busy) {
        m_pending = query;
        return;
    }
    m_busy = true;
    emit busyChanged(true);
    start(query);
}

void MetricsLoader::start(const MetricsQuery& query)
{
    auto result = std::make_shared<Result<MetricsReport>>(makeError(Error::Code::Storage, QString()));
    m_read->run(
        [result, query](const Result<const Database*>& db) {
            *result = db ? MetricsService(**db).report(query) : Result<MetricsReport>(db.error());
        },
        [this, result] { finish(*result); });
}

void MetricsLoader::finish(const Result<MetricsReport>& result)
{
    if (m_pending) {
        // The question changed while this answer was computed: answer the new one instead.
        const MetricsQuery next = *m_pending;
        m_pending.reset();
        start(next);
        return;
    }
    m_busy = false;
    emit busyChanged(false);
    if (result) {
        emit loaded(result.value());
    } else {
        emit failed(result.error());
    }
}

} // namespace handoff
