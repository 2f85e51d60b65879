#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <span>

namespace handoff {

// The only source of chance in demo data: one seeded generator, so that a seed always gives the same rows.
class DemoDice {
public:
    explicit DemoDice(quint32 seed)
        : m_generator(seed)
        , m_seed(seed)
    {}

    // The identity of the demo's deal number index: a name-based UUID of the seed and the number, so that a seed gives
    // the same identities without drawing from the generator (which would change every other value), and two seeds
    // give different ones.
    QString uid(int index) const
    {
        static const QUuid demoNamespace(QStringLiteral("{6f1d2c3b-8a47-4e5f-9b60-2d7c1e8a4f93}"));
        return QUuid::createUuidV5(demoNamespace, QStringLiteral("%1/%2").arg(m_seed).arg(index))
            .toString(QUuid::WithoutBraces);
    }

    // 0 .. n-1; 0 when n < 2.
    int below(int n) { return n < 2 ? 0 : static_cast<int>(m_generator.bounded(static_cast<quint32>(n))); }
    // low .. high, both included.
    int between(int low, int high) { return high <= low ? low : low + below(high - low + 1); }
    qint64 between64(qint64 low, qint64 high)
    {
        return high <= low ? low : low + static_cast<qint64>(m_generator.bounded(static_cast<quint64>(high - low + 1)));
    }
    bool chance(int percent) { return below(100) < percent; }

    template <typename T>
    const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(items.size())))];
    }
    QString text(std::span<const char* const> items) { return QString::fromUtf8(pick(items)); }

    // An index into weights, each chosen in proportion to its weight.
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = below(total);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (roll < weights[i]) {
                return static_cast<int>(i);
            }
            roll -= weights[i];
        }
        return 0;
    }

private:
    QRandomGenerator m_generator;
    quint32 m_seed;
};

} // namespace handoff
