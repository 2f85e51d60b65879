#pragma once

#include <QObject>
#include <QString>

class QThread;

namespace handoff {

// Runs SQLite's quick_check on a database file on a connection of its own in a worker thread, so that a large file
// opens at once and is still verified, and records the result in the file (CheckLog). Reports damage (or a failure
// to check) through damaged().
class BackgroundFileCheck : public QObject {
    Q_OBJECT

public:
    explicit BackgroundFileCheck(QString path, QObject* parent = nullptr);
    ~BackgroundFileCheck() override;

    void start();
    bool isRunning() const;

signals:
    void damaged(const QString& message);
    void finished();

private:
    QString m_path;
    QThread* m_thread = nullptr;
};

} // namespace handoff
