#pragma once

#include <QDialog>

class QTextBrowser;

namespace handoff {

// Help ▸ Metric definitions: every figure of the dashboard and of `handoff metrics` with its title, its key and the
// exact definition of what it counts.
class MetricDefinitionsDialog : public QDialog {
    Q_OBJECT

public:
    explicit MetricDefinitionsDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // The page as HTML: a section per kind of figure, each figure's title, key and definition.
    static QString html();

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace handoff
