#pragma once

#include "metrics/MetricsTypes.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace handoff {

class Database;
struct ReportContent;
template <typename T>
class Result;

// What File ▸ Print would print now: the handoff report of a deal, or the team report of a period.
struct ReportRequest {
    qint64 dealId = 0; // 0: the team report of query
    MetricsQuery query;
};

// File ▸ Print…, Print preview…, Export as PDF… and Export as HTML… for whatever the window shows in front (the
// deal in front, or the dashboard's period and person). The report is laid out by core's ReportRenderer, so paper,
// preview and files look alike; the last folder used for exports is remembered.
class ReportActions : public QObject {
    Q_OBJECT

public:
    using Source = std::function<std::optional<ReportRequest>()>;

    ReportActions(Database& db, QWidget* window, Source source);

    void addTo(QMenu* menu) const;
    // Enables the actions when there is something to print.
    void update();

    QAction* printAction() const { return m_print; }
    QAction* previewAction() const { return m_preview; }
    QAction* pdfAction() const { return m_pdf; }
    QAction* htmlAction() const { return m_html; }

    // Writes the report in front to path as PDF or HTML by its suffix, with the paper of the user's locale; the
    // export actions call it after asking for a file, tests call it directly.
    bool exportTo(const QString& path);

signals:
    // A line for the status bar ("Saved … (3 pages)").
    void message(const QString& text);

private:
    std::optional<ReportContent> build();
    void print();
    void preview();
    void exportAs(bool pdf);
    QString suggestedName(bool pdf) const;

    Database& m_db;
    QWidget* m_window;
    Source m_source;
    QAction* m_print = nullptr;
    QAction* m_preview = nullptr;
    QAction* m_pdf = nullptr;
    QAction* m_html = nullptr;
};

} // namespace handoff
