#include "editor/StateBanner.h"

#include "storage/AuditLog.h"
#include "workflow/HistoryFormatter.h"
#include "workflow/PromiseService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace handoff {

namespace {

const QString kPromiseLink = QStringLiteral("promise:");

} // namespace

StateBanner::StateBanner(Database& db, QWidget* parent)
    : QFrame(parent)
    , m_db(db)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("stateBanner"));
    setAccessibleName(tr("What needs your attention"));
    // The deal list's colour of a returned handoff, as a band on the left and a pale ground.
    setStyleSheet(QStringLiteral("#stateBanner { background: #fdf0e1; border-left: 4px solid #e67e22; }"
                                 "#stateBanner QLabel { color: #3d2b12; }"));
    m_text->setObjectName(QStringLiteral("stateBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(kPromiseLink)) {
            emit jumpRequested(HandoffReason::Place::Promises, link.mid(kPromiseLink.size()));
        }
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text);
    hide();
}

QString StateBanner::text() const
{
    return m_text->text();
}

void StateBanner::reload(const Deal& deal)
{
    QStringList parts;
    if (deal.state == HandoffState::Returned) {
        // The newest return is the one that stands; earlier ones are history. Only the deal's own entries are read,
        // not those of its promises, tasks and checklist.
        const auto entries = AuditLog(m_db).forEntity(QStringLiteral("deals"), deal.id);
        if (entries) {
            for (auto entry = entries->crbegin(); entry != entries->crend(); ++entry) {
                if (entry->action == QLatin1String("return")) {
                    const QString sentence = HistoryFormatter(m_db).sentences({*entry}).value(0);
                    parts.append(
                        tr("<b>Returned to sales</b> on %1: %2")
                            .arg(QLocale().toString(entry->at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                                 sentence.toHtmlEscaped()));
                    break;
                }
            }
        }
    }
    if (deal.state == HandoffState::Submitted || deal.state == HandoffState::Returned) {
        const auto promises = PromiseService(m_db).forDeal(deal.id);
        QStringList asked;
        if (promises) {
            for (const Promise& promise : *promises) {
                if (promise.reviewStatus != ReviewStatus::NeedsClarification) {
                    continue;
                }
                const QString name = promise.description.trimmed().isEmpty() ? tr("#%1").arg(promise.id)
                                                                             : promise.description.simplified();
                asked.append(QStringLiteral("<li><a href=\"%1%2\">%3</a>: %4</li>")
                                 .arg(kPromiseLink)
                                 .arg(promise.id)
                                 .arg(name.toHtmlEscaped(), promise.reviewNote.simplified().toHtmlEscaped()));
            }
        }
        if (!asked.isEmpty()) {
            parts.append(tr("<b>Support asks about these promises</b> (answer on the Promises tab):") +
                         QStringLiteral("<ul style=\"margin: 2px 0 0 -20px\">") + asked.join(QString()) +
                         QStringLiteral("</ul>"));
        }
    }
    m_text->setText(parts.join(QStringLiteral("<br>")));
    setVisible(!parts.isEmpty());
}

} // namespace handoff
