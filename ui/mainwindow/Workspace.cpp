#include "mainwindow/Workspace.h"

#include "deals/DealSession.h"
#include "editor/DealEditor.h"

#include <QApplication>
#include <QKeySequence>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace handoff {

Workspace::Workspace(Database& db, const User& actor, QWidget* parent)
    : QTabWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_views(new QStackedWidget(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("workspace"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    addTab(m_views, tr("Lists"));
    // The view tab stays: only deals close.
    tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(this, &QTabWidget::tabCloseRequested, this, &Workspace::closeTab);
    connect(this, &QTabWidget::currentChanged, this, &Workspace::activateStack);
    connect(m_views, &QStackedWidget::currentChanged, this, &Workspace::activateStack);
}

void Workspace::addView(QWidget* view, QUndoStack* undoStack)
{
    if (m_views->indexOf(view) < 0) {
        m_views->addWidget(view);
    }
    if (undoStack) {
        m_viewStacks.insert(view, undoStack);
        m_undoGroup->addStack(undoStack);
    }
}

void Workspace::showView(QWidget* view)
{
    m_views->setCurrentWidget(view);
    setCurrentIndex(0);
    setTabText(0, view->windowTitle());
    activateStack();
}

void Workspace::activateStack()
{
    if (DealEditor* editor = currentEditor()) {
        m_undoGroup->setActiveStack(editor->undoStack());
    } else {
        m_undoGroup->setActiveStack(m_viewStacks.value(m_views->currentWidget()));
    }
}

DealEditor* Workspace::makeEditor(qint64 dealId, QWidget* parent)
{
    auto* editor = new DealEditor(m_db, m_actor, dealId, parent);
    m_undoGroup->addStack(editor->undoStack());
    connect(editor->session(), &DealSession::changed, this, [this, dealId] {
        if (!m_othersChanges) {
            emit dealChanged(dealId);
        }
    });
    return editor;
}

void Workspace::showOthersChanges(const QList<qint64>& dealIds, bool everything)
{
    const QScopedValueRollback hearing(m_othersChanges, true);
    for (DealEditor* editor : editors()) {
        if (everything || dealIds.contains(editor->dealId())) {
            editor->session()->notifyChanged();
        }
    }
}

DealEditor* Workspace::openDeal(qint64 dealId)
{
    for (int i = 1; i < count(); ++i) {
        if (auto* editor = qobject_cast<DealEditor*>(widget(i)); editor && editor->dealId() == dealId) {
            setCurrentIndex(i);
            return editor;
        }
    }
    DealEditor* editor = makeEditor(dealId, this);
    // An ampersand in a name ("Murphy & Schmidt") would turn into a mnemonic on a tab.
    const auto tabText = [](QString title) { return title.replace(QLatin1Char('&'), QLatin1String("&&")); };
    const int index = addTab(editor, tabText(editor->title()));
    setTabToolTip(index, editor->title());
    connect(editor, &DealEditor::titleChanged, this, [this, editor, tabText](const QString& title) {
        if (const int at = indexOf(editor); at >= 0) {
            setTabText(at, tabText(title));
            setTabToolTip(at, title);
        }
    });
    setCurrentIndex(index);
    return editor;
}

DealEditor* Workspace::openDealInWindow(qint64 dealId)
{
    auto* window = new QWidget(nullptr, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("dealWindow"));
    auto* layout = new QVBoxLayout(window);
    DealEditor* editor = makeEditor(dealId, window);
    layout->addWidget(editor);
    window->setWindowTitle(editor->title());
    connect(editor, &DealEditor::titleChanged, window, &QWidget::setWindowTitle);
    auto* close = new QShortcut(QKeySequence::Close, window);
    connect(close, &QShortcut::activated, window, &QWidget::close);
    // The window's undo stack is the active one while it has the focus.
    connect(qApp, &QApplication::focusChanged, editor, [this, window, editor](QWidget*, QWidget* now) {
        if (now && window->isAncestorOf(now)) {
            m_undoGroup->setActiveStack(editor->undoStack());
        }
    });
    connect(window, &QObject::destroyed, this, [this, window] { m_windows.removeAll(window); });
    m_windows.append(window);
    window->resize(1000, 760);
    window->show();
    return editor;
}

DealEditor* Workspace::currentEditor() const
{
    return qobject_cast<DealEditor*>(currentWidget());
}

QList<DealEditor*> Workspace::editors() const
{
    QList<DealEditor*> open;
    for (int i = 1; i < count(); ++i) {
        if (auto* editor = qobject_cast<DealEditor*>(widget(i))) {
            open.append(editor);
        }
    }
    for (QWidget* window : m_windows) {
        open += window->findChildren<DealEditor*>();
    }
    return open;
}

void Workspace::closeTab(int index)
{
    if (index <= 0) {
        return; // the view tab
    }
    QWidget* page = widget(index);
    removeTab(index);
    page->deleteLater(); // edits are already saved; the undo stack goes with its editor
}

void Workspace::closeAllDeals()
{
    while (count() > 1) {
        closeTab(count() - 1);
    }
    const QList<QWidget*> windows = m_windows;
    for (QWidget* window : windows) {
        window->close();
    }
}

} // namespace handoff
