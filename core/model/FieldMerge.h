#pragma once

namespace handoff {

// A three-way merge of some fields of a record, for an edit that meets a newer version saved by someone else.
// base is the record as the user saw it, mine the same with their edit, theirs the version saved meanwhile.
// merged starts as theirs and takes each listed field (a pointer to member) that the edit changed. Returns false when
// a field was changed on both sides to different values: then only the user can choose.
template <typename Record, typename... Fields>
bool mergeFields(const Record& base, const Record& mine, const Record& theirs, Record& merged, Fields... fields)
{
    merged = theirs;
    bool clean = true;
    const auto take = [&](auto field) {
        if (mine.*field == base.*field) {
            return; // not edited: theirs stands
        }
        if (theirs.*field == base.*field || theirs.*field == mine.*field) {
            merged.*field = mine.*field;
        } else {
            clean = false;
        }
    };
    (take(fields), ...);
    return clean;
}

} // namespace handoff
