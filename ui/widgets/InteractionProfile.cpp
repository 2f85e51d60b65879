#include "widgets/InteractionProfile.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLocale>
#include <QMap>
#include <QShortcutEvent>

#include <algorithm>

namespace handoff {

namespace {

// Posted to the profile, behind all other work, to wake the event loop once more: an iteration that delivers nothing
// else shows that the interaction's work is done.
const QEvent::Type kProbe = static_cast<QEvent::Type>(QEvent::registerEventType());

constexpr double kSlowTimerMs = 10;

// The input events that start an interaction, and how the profile names them. A modifier key alone does nothing.
QString inputName(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
        switch (static_cast<const QKeyEvent*>(event)->key()) {
        case Qt::Key_Control:
        case Qt::Key_Shift:
        case Qt::Key_Alt:
        case Qt::Key_Meta:
        case Qt::Key_AltGr:
            return {};
        default:
            return InteractionProfile::tr("key press");
        }
    case QEvent::Shortcut:
        return InteractionProfile::tr("shortcut");
    case QEvent::MouseButtonPress:
        return InteractionProfile::tr("mouse press");
    case QEvent::MouseButtonRelease:
        return InteractionProfile::tr("mouse release");
    case QEvent::MouseButtonDblClick:
        return InteractionProfile::tr("double click");
    case QEvent::Wheel:
        return InteractionProfile::tr("wheel");
    case QEvent::Timer:
        return InteractionProfile::tr("timer");
    default:
        return {};
    }
}

// The object by the name a developer gave it: the nearest of it and its parents with a name of ours (Qt names its
// own inner parts qt_…), else its class.
QString developerName(const QObject* object)
{
    for (const QObject* named = object; named; named = named->parent()) {
        if (!named->objectName().isEmpty() && !named->objectName().startsWith(QLatin1String("qt_"))) {
            return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(named->metaObject()->className()),
                                                 named->objectName());
        }
    }
    return QString::fromLatin1(object->metaObject()->className());
}

// A key that types a character into what has the focus, with no modifier but Shift.
bool isTyping(const QEvent* event)
{
    if (event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto* key = static_cast<const QKeyEvent*>(event);
    const QString text = key->text();
    return (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier && text.size() == 1 && text.at(0).isPrint();
}

QString keyText(const QEvent* event)
{
    const QKeySequence keys = event->type() == QEvent::Shortcut
                                  ? static_cast<const QShortcutEvent*>(event)->key()
                                  : QKeySequence(static_cast<const QKeyEvent*>(event)->keyCombination());
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

InteractionProfile::InteractionProfile(Report report, QObject* parent)
    : QObject(parent)
    , m_report(std::move(report))
{
    QCoreApplication::instance()->installEventFilter(this);
    // Called each time the GUI thread's event loop has nothing left to do and is about to wait for the next event.
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &InteractionProfile::waiting);
}

InteractionProfile::~InteractionProfile()
{
    QCoreApplication::instance()->removeEventFilter(this);
    if (!m_done.isEmpty()) {
        for (const QString& line : summary()) {
            m_report(line);
        }
    }
}

bool InteractionProfile::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    // A timer's work is the timer's, not the interaction's that happens to be open (a cursor blinking meanwhile).
    if (m_open && type != kProbe && type != QEvent::Timer) {
        ++m_handled;
    }
    const QString input = inputName(event);
    if (input.isEmpty() || (m_open && type == QEvent::Timer)) {
        return false;
    }
    if (m_open && m_current.timer) {
        m_open = false; // input while a timer's work was timed: the timer's work was done
    }
    if (!m_open) {
        m_open = true;
        m_named = false;
        m_handled = 1;
        m_timer.start();
        m_current = {input, input, 0, type == QEvent::Timer};
    }
    // Input reaches the window first and then the widget with the focus or under the mouse.
    if (!m_named && (watched->isWidgetType() || type == QEvent::Shortcut || type == QEvent::Timer)) {
        m_named = true;
        const QString where = developerName(watched);
        m_current.kind = tr("%1 in %2").arg(input, where);
        m_current.what = m_current.kind;
        if (type == QEvent::KeyPress || type == QEvent::Shortcut) {
            m_current.what = tr("%1 '%2' in %3").arg(input, keyText(event), where);
            // The summary tells Page Down from Return, and groups the letters of what is typed.
            m_current.kind = isTyping(event) ? tr("typing in %1").arg(where) : m_current.what;
        }
    }
    return false;
}

void InteractionProfile::customEvent(QEvent* event)
{
    if (event->type() != kProbe) {
        QObject::customEvent(event);
    }
}

// The event loop is about to wait for more events. (Some event dispatchers say so before every round, even with
// events still queued: whether the round that follows delivers anything besides the probe decides.)
void InteractionProfile::waiting()
{
    if (!m_open) {
        return;
    }
    if (m_handled > 0) {
        m_busyUntil = double(m_timer.nsecsElapsed()) / 1e6;
        m_handled = 0;
        QCoreApplication::postEvent(this, new QEvent(kProbe), Qt::LowEventPriority);
        return;
    }
    m_open = false;
    m_current.milliseconds = m_busyUntil;
    if (m_current.timer && m_current.milliseconds < kSlowTimerMs) {
        return; // timers fire all the time; only work that holds up the next interaction is worth a line
    }
    m_done.append(m_current);
    m_report(tr("%1 ms  %2").arg(QLocale::c().toString(m_current.milliseconds, 'f', 1), m_current.what));
}

QStringList InteractionProfile::summary() const
{
    QMap<QString, QList<double>> byKind;
    for (const Interaction& interaction : m_done) {
        byKind[interaction.kind].append(interaction.milliseconds);
    }
    struct Line {
        QString kind;
        qsizetype count;
        double median, slowest;
    };
    QList<Line> lines;
    for (auto it = byKind.begin(); it != byKind.end(); ++it) {
        QList<double> times = it.value();
        std::sort(times.begin(), times.end());
        lines.append({it.key(), times.size(), times.at(times.size() / 2), times.constLast()});
    }
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.slowest > b.slowest; });
    const QLocale c = QLocale::c();
    QStringList text{tr("Interactions on the GUI thread (count, median, slowest):")};
    for (const Line& line : lines) {
        text.append(tr("%1 × %2, median %3 ms, slowest %4 ms")
                        .arg(QString::number(line.count), line.kind, c.toString(line.median, 'f', 1),
                             c.toString(line.slowest, 'f', 1)));
    }
    return text;
}

} // namespace handoff
