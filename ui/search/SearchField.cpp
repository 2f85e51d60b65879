#include "search/SearchField.h"

#include "search/SearchHitDelegate.h"
#include "search/SearchHitModel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QListView>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace handoff {

namespace {

constexpr int kVisibleRows = 8;
constexpr int kPageRows = 5;

} // namespace

SearchField::SearchField(Database& db, QWidget* parent)
    : QLineEdit(parent)
    , m_index(db)
    , m_model(new SearchHitModel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchField"));
    setAccessibleName(tr("Search"));
    setPlaceholderText(tr("Search deals, accounts, contacts, promises (Ctrl+K)"));
    setToolTip(tr("Find deals, accounts, contacts and promises by the words they contain. Up and Down choose a "
                  "result, Enter opens its deal, Escape closes the list."));
    setClearButtonEnabled(true);

    // A tool tip window takes no keyboard focus and no activation, so typing goes on in the field while the list is
    // open, and it is still placed next to the field on every platform (a Qt::Popup would grab the keyboard).
    m_popup = new QListView(this);
    m_popup->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setObjectName(QStringLiteral("searchResults"));
    m_popup->setAccessibleName(tr("Search results"));
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->viewport()->setFocusPolicy(Qt::NoFocus);
    m_popup->setModel(m_model);
    m_popup->setItemDelegate(new SearchHitDelegate(m_popup));
    m_popup->setSelectionMode(QAbstractItemView::SingleSelection);
    m_popup->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_popup->setMouseTracking(true); // hover shows which line a click would open
    m_popup->hide();
    connect(m_popup, &QListView::clicked, this, &SearchField::activate);

    m_delay->setSingleShot(true);
    m_delay->setInterval(kDelayMs);
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (hasFocus()) { // focus moved on while the delay ran: the list would have nothing to belong to
            search();
        }
    });
    connect(this, &QLineEdit::textChanged, this, &SearchField::textHasChanged);
}

SearchField::~SearchField() = default;

void SearchField::textHasChanged(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        m_delay->stop();
        m_model->clear();
        hideResults();
        return;
    }
    m_delay->start(); // restarted by every key: the search runs once typing pauses
}

void SearchField::search()
{
    m_delay->stop();
    const QString typed = text();
    if (typed.trimmed().isEmpty()) {
        m_model->clear();
        hideResults();
        return;
    }
    auto hits = m_index.find(typed, kLimit);
    if (!hits) {
        m_model->setMessage(hits.error().fullText());
    } else if (hits->isEmpty()) {
        m_model->setMessage(tr("No matches for “%1”").arg(typed.simplified()));
    } else {
        m_model->setHits(*hits);
    }
    showResults();
}

void SearchField::searchNowIfWaiting()
{
    if (m_delay->isActive()) {
        search();
    }
}

void SearchField::showResults()
{
    if (m_model->rowCount() == 0) {
        hideResults();
        return;
    }
    // The field may have moved into a tool bar since it was made: follow the window it is in now.
    if (window() != m_watchedWindow) {
        if (m_watchedWindow) {
            m_watchedWindow->removeEventFilter(this);
        }
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    m_popup->clearSelection();
    m_popup->setCurrentIndex(QModelIndex()); // nothing chosen until Down or a click: Enter opens the first
    placeResults();
    m_popup->show();
}

void SearchField::hideResults()
{
    m_popup->hide();
}

void SearchField::placeResults()
{
    const int frame = 2 * m_popup->frameWidth();
    int height = frame;
    for (int row = 0; row < std::min(m_model->rowCount(), kVisibleRows); ++row) {
        height += m_popup->sizeHintForRow(row);
    }
    const int width = std::max(this->width(), 56 * fontMetrics().averageCharWidth());
    QPoint topLeft = mapToGlobal(QPoint(0, this->height()));
    if (const QScreen* display = screen()) {
        const QRect available = display->availableGeometry();
        if (topLeft.y() + height > available.bottom()) {
            topLeft.setY(mapToGlobal(QPoint(0, 0)).y() - height); // no room below: open upwards
        }
        topLeft.setX(std::clamp(topLeft.x(), available.left(), std::max(available.left(), available.right() - width)));
    }
    m_popup->setGeometry(QRect(topLeft, QSize(width, height)));
}

void SearchField::moveSelection(int step)
{
    if (!m_model->hasHits()) {
        return;
    }
    const int last = m_model->rowCount() - 1;
    const int current = m_popup->currentIndex().isValid() ? m_popup->currentIndex().row() : -1;
    const int next = current < 0 ? (step > 0 ? 0 : last) : std::clamp(current + step, 0, last);
    const QModelIndex index = m_model->index(next, 0);
    m_popup->setCurrentIndex(index); // selects it too, in single selection
    m_popup->scrollTo(index);
}

void SearchField::activate(const QModelIndex& index)
{
    if (!index.isValid() || index.data(SearchHitModel::IsMessageRole).toBool()) {
        return;
    }
    const qint64 dealId = index.data(SearchHitModel::DealIdRole).toLongLong();
    if (dealId == 0) {
        return; // an account without a deal yet: there is nothing to open, and its line says "Deals: 0"
    }
    hideResults();
    emit dealActivated(dealId);
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Down:
    case Qt::Key_PageDown:
        searchNowIfWaiting();
        if (!m_popup->isVisible()) {
            if (!text().trimmed().isEmpty()) {
                search(); // the list was closed with Escape: Down opens it again
            }
        } else {
            moveSelection(event->key() == Qt::Key_Down ? 1 : kPageRows);
        }
        event->accept();
        return;
    case Qt::Key_Up:
    case Qt::Key_PageUp:
        if (m_popup->isVisible()) {
            moveSelection(event->key() == Qt::Key_Up ? -1 : -kPageRows);
        }
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        searchNowIfWaiting();
        if (m_popup->isVisible()) {
            QModelIndex index = m_popup->currentIndex();
            if (!index.isValid() && m_model->hasHits()) {
                index = m_model->index(0, 0);
            }
            activate(index);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_popup->isVisible()) {
            m_delay->stop();
            hideResults();
            event->accept();
            return;
        }
        if (!text().isEmpty()) {
            clear();
            event->accept();
            return;
        }
        break; // an empty field passes Escape on (a dialog closes)
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (!m_popup->underMouse()) { // a click into the list must reach it
        m_delay->stop();
        hideResults();
    }
}

bool SearchField::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watchedWindow && m_popup->isVisible()) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
            placeResults();
            break;
        case QEvent::Hide:
        case QEvent::WindowDeactivate:
            hideResults();
            break;
        default:
            break;
        }
    }
    return QLineEdit::eventFilter(watched, event);
}

} // namespace handoff
