#pragma once

#include <QMainWindow>

class QLabel;

namespace handoff {

class Database;
class BackgroundFileCheck;
class DealListView;

// The workstation's frame: menus, the status bar and the view in the middle (for now the deal list). Views do
// their own work; the frame hosts them and keeps the window's place and layout between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    DealListView* dealList() const { return m_dealList; }

public slots:
    // Reads the counts in the status bar again.
    void refreshStatus();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createStatusBar();
    void readSettings();
    void writeSettings() const;
    void showError(const QString& message);
    void showAbout();
    void showDamage(const QString& message);

    Database& m_db;
    DealListView* m_dealList = nullptr;
    QLabel* m_countsLabel = nullptr;
    QLabel* m_pathLabel = nullptr;
    BackgroundFileCheck* m_fileCheck = nullptr;
};

} // namespace handoff
