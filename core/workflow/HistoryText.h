#pragma once

#include "Result.h"
#include "model/Labels.h"

#include <QString>

#include <optional>

// Small text helpers shared by the parts of HistoryFormatter.
namespace handoff::historytext {

inline constexpr qsizetype kLongestValue = 80;

// Long free text (success criteria, notes) would drown the sentence; the full text stays in the record.
inline QString shortened(const QString& text)
{
    const QString line = text.simplified();
    return line.size() <= kLongestValue ? line : line.left(kLongestValue - 1) + QChar(0x2026);
}

// Lookups whose failure only cost a name in a sentence: the history is still worth showing.
inline QString textOf(const Result<std::optional<QString>>& result)
{
    return result && *result ? **result : QString();
}

inline qint64 idOf(const Result<qint64>& result)
{
    return result ? *result : 0;
}

template <typename E>
QString labelOfKey(const QString& key)
{
    const auto value = fromKey<E>(key);
    return value ? Labels::inSentence(Labels::of(*value)) : key;
}

} // namespace handoff::historytext
