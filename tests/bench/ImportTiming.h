#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

// Milliseconds of wall-clock time and of processor time (this process and the children it waited for: the shell).
// On a machine shared with other work the processor time is the steadier of the two.
struct Timing {
    double wall = -1; // negative: the case failed
    double cpu = -1;
};

inline double cpuMillis()
{
#ifdef Q_OS_UNIX
    double ms = 0;
    for (const int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage usage{};
        getrusage(who, &usage);
        for (const timeval& t : {usage.ru_utime, usage.ru_stime}) {
            ms += double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
        }
    }
    return ms;
#else
    return -1;
#endif
}

class Stopwatch {
public:
    Stopwatch()
        : m_cpu(cpuMillis())
    {
        m_wall.start();
    }
    Timing elapsed() const { return {double(m_wall.nsecsElapsed()) / 1e6, cpuMillis() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};
