#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QEvent;

namespace handoff {

// Times each interaction on the GUI thread, for 'handoff --profile': from the key press, click or wheel turn that
// starts it until the event loop has nothing left to do, so the time holds everything the interaction made the GUI
// thread do (its slots, the work they queued, layout and painting) and nothing that ran on a worker meanwhile. Work
// a timer starts later (a search typed ahead) is timed on its own, and listed when it held the GUI thread for 10 ms
// or more. Watches every event of the application; reports each interaction as it ends and a summary when
// destroyed.
class InteractionProfile : public QObject {
    Q_OBJECT

public:
    struct Interaction {
        QString what; // "key press 'a' in QLineEdit 'searchField'"
        QString kind; // "key press in QLineEdit 'searchField'": what the summary groups by
        double milliseconds = 0;
        bool timer = false; // work a timer started, listed only when it held the GUI thread for 10 ms or more
    };
    using Report = std::function<void(const QString& line)>;

    // Starts watching qApp's events; report receives one line per interaction and the summary's lines.
    explicit InteractionProfile(Report report, QObject* parent = nullptr);
    ~InteractionProfile() override;

    const QList<Interaction>& interactions() const { return m_done; }
    // Per kind of interaction: how many, the median and the slowest, slowest kinds first.
    QStringList summary() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void customEvent(QEvent* event) override;

private:
    void waiting();

    Report m_report;
    QElapsedTimer m_timer;
    bool m_open = false;
    bool m_named = false;   // the interaction's widget is known (input reaches the window first, then the widget)
    int m_handled = 0;      // events delivered since the event loop last went to wait
    double m_busyUntil = 0; // milliseconds from the start to when the last of them was done
    Interaction m_current;
    QList<Interaction> m_done;
};

} // namespace handoff
