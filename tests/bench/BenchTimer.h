#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <functional>

// Times a piece of work over many rounds and reports the median microseconds per round.
class BenchTimer {
public:
    static double medianMicros(int rounds, const std::function<void(int round)>& work)
    {
        QList<double> samples;
        samples.reserve(rounds);
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer timer;
            timer.start();
            work(i);
            samples.append(double(timer.nsecsElapsed()) / 1000.0);
        }
        std::sort(samples.begin(), samples.end());
        return samples.isEmpty() ? 0.0 : samples.at(samples.size() / 2);
    }
};
