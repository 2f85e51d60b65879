#pragma once

#include "model/ChecklistAnswer.h"
#include "model/ChecklistItem.h"
#include "workflow/HandoffWorkflow.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QScrollArea;

namespace handoff {

class ChecklistItemEditor;
class DealSession;
struct SectionCompleteness;

// The deal editor's Checklist tab: every item of the handoff checklist with the editor of its kind, grouped by
// section with progress bars. Each change is saved at once through the session and can be undone; when core would
// refuse changes (wrong person, handoff past returned) the editors are read-only and a banner says why.
class ChecklistTab : public QWidget {
    Q_OBJECT

public:
    explicit ChecklistTab(DealSession& session, QWidget* parent = nullptr);
    ~ChecklistTab() override;

    // Scrolls to the item's editor, gives it the focus and highlights it for a moment (the overview's "jump to the
    // missing item" links). Unknown keys are ignored.
    void focusItem(const QString& itemKey);

signals:
    // An item a deal field answers asks to go to that field (on the Overview, or the channels on Contacts).
    void jumpRequested(handoff::HandoffReason::Place place, const QString& key);

private:
    void build(const QList<ChecklistItem>& items);
    void reload();
    void showProgress(QProgressBar* bar, const SectionCompleteness& counts);
    void save(const ChecklistItem& item, const QString& value);
    // The deal fields' values that answer items, as the checklist shows them, by field; problems are appended.
    QMap<AnsweringField, QString> fieldValues(QStringList& problems) const;

    DealSession& m_session;
    QWidget* m_banner = nullptr; // shown while the checklist is read-only
    QLabel* m_bannerText = nullptr;
    QLabel* m_error = nullptr; // what could not be read
    QString m_loadProblem;     // why the template could not be read, if it could not
    QProgressBar* m_overall = nullptr;
    QScrollArea* m_scroll = nullptr;
    QHash<QString, QProgressBar*> m_sectionBars;    // by section name
    QHash<QString, ChecklistItemEditor*> m_editors; // by item key
    QHash<qint64, ChecklistAnswer> m_answers;       // by item id, as last read
    bool m_saving = false;
};

} // namespace handoff
