#include "activity/ActivityTab.h"

#include "deals/DealSession.h"
#include "model/UserText.h"
#include "workflow/CommentService.h"
#include "workflow/HistoryFormatter.h"
#include "workflow/SnapshotService.h"
#include "workflow/UserService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace handoff {

ActivityTab::ActivityTab(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("activityTab"));
    setAccessibleName(tr("Activity"));

    // What changed since the last submission: the first thing support reads on a resubmitted handoff.
    auto* changesFrame = new QFrame(this);
    changesFrame->setObjectName(QStringLiteral("changesBox"));
    changesFrame->setFrameShape(QFrame::StyledPanel);
    changesFrame->setAutoFillBackground(true);
    changesFrame->setBackgroundRole(QPalette::ToolTipBase); // a palette pair that stands out on light and dark
    changesFrame->setForegroundRole(QPalette::ToolTipText);
    auto* changesLayout = new QVBoxLayout(changesFrame);
    auto* heading = new QHBoxLayout;
    auto* icon = new QLabel(changesFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    auto* title = new QLabel(tr("Changed since the last submission"), changesFrame);
    title->setObjectName(QStringLiteral("changesTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    heading->addWidget(icon);
    heading->addWidget(title, 1);
    changesLayout->addLayout(heading);
    m_changes = new QTreeWidget(changesFrame);
    m_changes->setObjectName(QStringLiteral("changesList"));
    m_changes->setAccessibleName(tr("Changed since the last submission"));
    m_changes->setRootIsDecorated(false);
    m_changes->setHeaderLabels({tr("Area"), tr("Item"), tr("Before → after")});
    m_changes->header()->setStretchLastSection(true);
    changesLayout->addWidget(m_changes);
    m_changesBox = changesFrame;
    m_changesBox->hide();

    auto* comments = new QGroupBox(tr("Comments"), this);
    auto* commentsLayout = new QVBoxLayout(comments);
    m_thread = new QTextBrowser(comments);
    m_thread->setObjectName(QStringLiteral("commentThread"));
    m_thread->setAccessibleName(tr("Comments, oldest first"));
    m_thread->setOpenLinks(false); // comment text is shown as text, never followed
    commentsLayout->addWidget(m_thread, 1);
    m_compose = new QPlainTextEdit(comments);
    m_compose->setObjectName(QStringLiteral("commentEdit"));
    m_compose->setAccessibleName(tr("New comment"));
    m_compose->setPlaceholderText(
        tr("Write a comment for sales, support and leads; @sam puts it in the inbox of sam@…"));
    m_compose->setTabChangesFocus(true);
    m_compose->setMaximumHeight(m_compose->fontMetrics().lineSpacing() * 5);
    commentsLayout->addWidget(m_compose);
    m_post = new QPushButton(tr("&Post"), comments);
    m_post->setObjectName(QStringLiteral("postButton"));
    m_post->setToolTip(tr("Post the comment (Ctrl+Return). Comments cannot be undone."));
    m_post->setEnabled(false);
    auto* postRow = new QHBoxLayout;
    postRow->addStretch(1);
    postRow->addWidget(m_post);
    commentsLayout->addLayout(postRow);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, m_compose);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &ActivityTab::post);
    }
    connect(m_post, &QPushButton::clicked, this, &ActivityTab::post);
    connect(m_compose, &QPlainTextEdit::textChanged, this,
            [this] { m_post->setEnabled(!m_compose->toPlainText().trimmed().isEmpty()); });

    auto* history = new QGroupBox(tr("History (newest at the bottom)"), this);
    auto* historyLayout = new QVBoxLayout(history);
    m_history = new QListWidget(history);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setAccessibleName(tr("History of the deal, oldest first"));
    m_history->setWordWrap(true);
    m_history->setUniformItemSizes(false);
    historyLayout->addWidget(m_history);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(comments);
    splitter->addWidget(history);
    splitter->setChildrenCollapsible(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("activityError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(m_changesBox);
    layout->addWidget(splitter, 1);

    setTabOrder(m_compose, m_post);
    connect(&m_session, &DealSession::changed, this, &ActivityTab::reload);
    reload();
}

void ActivityTab::reload()
{
    m_problems.clear();
    showComments();
    showHistory();
    showChanges();
    m_error->setText(m_problems.join(QLatin1Char('\n')));
    m_error->setVisible(!m_problems.isEmpty());
}

void ActivityTab::showComments()
{
    Database& db = m_session.db();
    auto comments = CommentService(db).forDeal(m_session.dealId());
    if (!comments) {
        m_problems << tr("The comments could not be read: %1").arg(comments.error().fullText());
        return;
    }
    QHash<qint64, QString> authors;
    if (auto users = UserService(db).all()) {
        for (const User& user : *users) {
            authors.insert(user.id, user.name);
        }
    }
    QString html;
    const QLocale locale;
    for (const Comment& comment : *comments) {
        const QString author = authors.value(comment.authorId, tr("Someone"));
        const QString when = locale.toString(comment.createdAt.toLocalTime(), QLocale::ShortFormat);
        // Everything a person typed is escaped: a comment that says <img src=…> shows exactly that. It is isolated
        // too, so that a right-to-left name or a lone override in it cannot turn the date after it around.
        QString body = UserText::shown(comment.body).toHtmlEscaped();
        body.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
        html += QStringLiteral("<p><b>%1</b> &middot; %2<br/>%3</p>")
                    .arg(UserText::shown(author).toHtmlEscaped(), when, body);
    }
    if (comments->isEmpty()) {
        html = QStringLiteral("<p><i>%1</i></p>").arg(tr("No comments yet.").toHtmlEscaped());
    }
    m_thread->setHtml(html);
    m_thread->verticalScrollBar()->setValue(m_thread->verticalScrollBar()->maximum());
}

void ActivityTab::showHistory()
{
    auto lines = HistoryFormatter(m_session.db()).dealHistory(m_session.dealId());
    if (!lines) {
        m_problems << tr("The history could not be read: %1").arg(lines.error().fullText());
        return;
    }
    m_history->clear();
    m_history->addItems(*lines);
    m_history->scrollToBottom();
}

void ActivityTab::showChanges()
{
    auto changes = SnapshotService(m_session.db()).changesSinceLastSubmission(m_session.dealId());
    if (!changes) {
        m_problems
            << tr("What changed since the last submission could not be read: %1").arg(changes.error().fullText());
        m_changesBox->hide();
        return;
    }
    m_changes->clear();
    for (const SnapshotChange& change : *changes) {
        const QString before = change.before.isEmpty() ? tr("(empty)") : change.before;
        const QString after = change.after.isEmpty() ? tr("(empty)") : change.after;
        auto* item = new QTreeWidgetItem(m_changes, {change.area, change.item, tr("%1 → %2").arg(before, after)});
        item->setToolTip(2, tr("Before: %1\nAfter: %2").arg(before, after));
    }
    m_changesBox->setVisible(!changes->isEmpty());
}

void ActivityTab::post()
{
    const QString body = m_compose->toPlainText();
    if (body.trimmed().isEmpty()) {
        return;
    }
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    const bool posted = m_session.run(this, tr("Could not post the comment"), [&db, actor, dealId, body] {
        auto added = CommentService(db).add(actor, dealId, body);
        return added ? Result<void>() : Result<void>(added.error());
    });
    if (posted) {
        m_compose->clear(); // only now: a refused comment stays in the box to be posted again
    }
}

} // namespace handoff
