#pragma once

#include "Result.h"

#include <QtGlobal>

#include <memory>
#include <vector>

namespace handoff {

// Where the undo steps of one record find it: its id (which changes when an undone removal adds it again) and the
// version the last step of this window produced, so the next step is refused as a conflict if anyone else changed
// the record in between.
struct RecordHandle {
    qint64 id = 0;
    int version = 0;
};

// Hands on a step's outcome, keeping the id and version it produced for the next step of the same record.
template <typename Record>
Result<void> track(const Result<Record>& done, const std::shared_ptr<RecordHandle>& handle)
{
    if (!done) {
        return done.error();
    }
    handle->id = done->id;
    handle->version = done->version;
    return {};
}

// The handles of one tab's records, so that every undo command of a record shares one handle.
class RecordHandles {
public:
    // The handle of the record stored now under id, at the version the user sees.
    std::shared_ptr<RecordHandle> of(qint64 id, int version)
    {
        std::erase_if(m_handles, [](const std::weak_ptr<RecordHandle>& handle) { return handle.expired(); });
        for (const auto& weak : m_handles) {
            if (auto handle = weak.lock(); handle && handle->id == id) {
                handle->version = version;
                return handle;
            }
        }
        auto made = std::make_shared<RecordHandle>(RecordHandle{id, version});
        m_handles.push_back(made);
        return made;
    }
    // A handle for a record not yet stored (an add); its step fills in the id.
    std::shared_ptr<RecordHandle> fresh()
    {
        auto made = std::make_shared<RecordHandle>();
        m_handles.push_back(made);
        return made;
    }

private:
    std::vector<std::weak_ptr<RecordHandle>> m_handles;
};

} // namespace handoff
