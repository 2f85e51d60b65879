#include "checklist/ChecklistTab.h"

#include "checklist/ChecklistItemEditor.h"
#include "deals/DealSession.h"
#include "model/Labels.h"
#include "workflow/AnsweringFields.h"
#include "workflow/ChecklistService.h"
#include "workflow/ContactService.h"
#include "workflow/DealService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSet>
#include <QStyle>
#include <QVBoxLayout>

#include <memory>

namespace handoff {

namespace {

// The version of the deal's answer to an item as stored now; 0 when it was never answered.
Result<int> storedVersion(Database& db, qint64 dealId, qint64 itemId)
{
    auto answers = ChecklistService(db).answers(dealId);
    if (!answers) {
        return answers.error();
    }
    for (const ChecklistAnswer& answer : *answers) {
        if (answer.itemId == itemId) {
            return answer.version;
        }
    }
    return 0;
}

} // namespace

ChecklistTab::ChecklistTab(DealSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("checklistTab"));
    setAccessibleName(tr("Checklist"));

    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(0, 0, 0, 0);
    auto* icon = new QLabel(m_banner);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    bannerLayout->addWidget(icon);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("readOnlyReason"));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("checklistError"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_overall = new QProgressBar(this);
    m_overall->setObjectName(QStringLiteral("overallProgress"));
    m_overall->setAccessibleName(tr("Checklist progress"));
    m_overall->setTextVisible(true);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("checklistScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_error);
    layout->addWidget(m_overall);
    layout->addWidget(m_scroll, 1);

    auto items = ChecklistService(session.db()).items();
    if (!items) {
        m_loadProblem = items.error().fullText();
    }
    build(items ? *items : QList<ChecklistItem>());
    connect(&m_session, &DealSession::changed, this, &ChecklistTab::reload);
    reload();
}

ChecklistTab::~ChecklistTab()
{
    // Destroying a focused text field finishes its editing; by then the session may be gone (the editor that owns
    // both deletes it first), so nothing may be saved from here on.
    for (ChecklistItemEditor* editor : std::as_const(m_editors)) {
        editor->disconnect(this);
    }
}

void ChecklistTab::build(const QList<ChecklistItem>& items)
{
    auto* content = new QWidget(m_scroll);
    auto* column = new QVBoxLayout(content);
    QFormLayout* form = nullptr;
    QString section;
    for (const ChecklistItem& item : items) {
        if (!form || item.section != section) {
            section = item.section;
            auto* header = new QLabel(section, content);
            QFont bold = header->font();
            bold.setBold(true);
            header->setFont(bold);
            header->setAccessibleName(tr("Section %1").arg(section));
            auto* bar = new QProgressBar(content);
            bar->setObjectName(QStringLiteral("sectionProgress_%1").arg(m_sectionBars.size()));
            bar->setAccessibleName(tr("Progress of %1").arg(section));
            bar->setTextVisible(true);
            auto* top = new QHBoxLayout;
            top->addWidget(header, 1);
            top->addWidget(bar, 1);
            if (form) {
                column->addSpacing(header->fontMetrics().height());
            }
            column->addLayout(top);
            form = new QFormLayout;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            column->addLayout(form);
            m_sectionBars.insert(section, bar);
        }
        auto* editor = new ChecklistItemEditor(item, content);
        form->addRow(editor->labelPart(), editor->fieldPart());
        connect(editor, &ChecklistItemEditor::edited, this, [this, item](const QString& value) { save(item, value); });
        connect(editor, &ChecklistItemEditor::goToField, this, [this](AnsweringField field) {
            if (field == AnsweringField::Channels || field == AnsweringField::PreferredChannel) {
                emit jumpRequested(HandoffReason::Place::Contacts, QString());
            } else {
                emit jumpRequested(HandoffReason::Place::Overview, toKey(field));
            }
        });
        m_editors.insert(item.key, editor);
    }
    column->addStretch(1);
    m_scroll->setWidget(content);
}

void ChecklistTab::showProgress(QProgressBar* bar, const SectionCompleteness& counts)
{
    // The bar fills with the required items, which are what submitting waits for; the text also counts the rest.
    const bool anyRequired = counts.requiredTotal > 0;
    bar->setRange(0, std::max(1, anyRequired ? counts.requiredTotal : counts.total));
    bar->setValue(anyRequired ? counts.requiredAnswered : counts.answered);
    const QString text = tr("Required: %1 of %2 · All: %3 of %4")
                             .arg(counts.requiredAnswered)
                             .arg(counts.requiredTotal)
                             .arg(counts.answered)
                             .arg(counts.total);
    bar->setFormat(text);
    bar->setAccessibleDescription(text);
    bar->setToolTip(text);
}

void ChecklistTab::reload()
{
    Database& db = m_session.db();
    const qint64 dealId = m_session.dealId();
    QStringList problems;
    if (!m_loadProblem.isEmpty()) {
        problems << m_loadProblem;
    }
    ChecklistService checklist(db);

    m_answers.clear();
    if (auto answers = checklist.answers(dealId)) {
        for (const ChecklistAnswer& answer : *answers) {
            m_answers.insert(answer.itemId, answer);
        }
    } else {
        problems << answers.error().fullText();
    }
    QSet<QString> missing;
    if (auto completeness = checklist.completeness(dealId)) {
        if (m_session.missingMarked()) {
            for (const ChecklistItem& item : completeness->missingRequired) {
                missing.insert(item.key);
            }
        }
        showProgress(m_overall, completeness->overall);
        for (const SectionCompleteness& section : completeness->sections) {
            if (QProgressBar* bar = m_sectionBars.value(section.section)) {
                showProgress(bar, section);
            }
        }
    } else {
        problems << completeness.error().fullText();
    }
    QList<QPair<qint64, QString>> people;
    if (auto contacts = ContactService(db).forDeal(dealId)) {
        QSet<qint64> seen;
        for (const DealContactRow& row : *contacts) {
            if (!seen.contains(row.contact.id)) {
                seen.insert(row.contact.id);
                people.append({row.contact.id, tr("%1 (%2)").arg(row.contact.name, Labels::of(row.link.role))});
            }
        }
    } else {
        problems << contacts.error().fullText();
    }
    auto refusals = checklist.refusals(m_session.actor(), dealId);
    if (!refusals) {
        problems << refusals.error().fullText();
    }
    const bool editable = refusals && refusals->isEmpty();
    m_bannerText->setText(
        editable
            ? QString()
            : tr("Read only: %1").arg(refusals ? refusals->join(QLatin1Char(' ')) : tr("the deal could not be read.")));
    m_banner->setVisible(!editable);

    const QMap<AnsweringField, QString> fields = fieldValues(problems);
    for (ChecklistItemEditor* editor : std::as_const(m_editors)) {
        const ChecklistItem& item = editor->item();
        editor->setContacts(people);
        editor->setValue(editor->isAnsweredByDeal() ? fields.value(item.dealField) : m_answers.value(item.id).value);
        editor->setEditable(editable);
        editor->setMissing(missing.contains(item.key));
    }
    m_error->setText(problems.isEmpty()
                         ? QString()
                         : tr("The checklist could not be read completely: %1").arg(problems.join(QLatin1Char('\n'))));
    m_error->setVisible(!problems.isEmpty());
}

QMap<AnsweringField, QString> ChecklistTab::fieldValues(QStringList& problems) const
{
    QMap<AnsweringField, QString> values;
    Database& db = m_session.db();
    auto deal = DealService(db).get(m_session.dealId());
    if (!deal) {
        problems << deal.error().fullText();
        return values;
    }
    auto channels = ContactService(db).channels(m_session.dealId());
    if (!channels) {
        problems << channels.error().fullText();
    }
    for (const AnsweringField field : allValues<AnsweringField>()) {
        values.insert(field,
                      AnsweringFields::text(field, *deal, channels ? *channels : QList<DealChannel>(), locale()));
    }
    return values;
}

void ChecklistTab::save(const ChecklistItem& item, const QString& value)
{
    // A refusal opens a message box, which takes the focus from the field, which finishes editing again.
    if (m_saving) {
        return;
    }
    const ChecklistAnswer before = m_answers.value(item.id);
    if (before.value == value) {
        return;
    }
    m_saving = true;
    Database& db = m_session.db();
    const User actor = m_session.actor();
    const qint64 dealId = m_session.dealId();
    // The version each step leaves behind; the next step only runs over that version, so undo never silently
    // replaces an answer someone else gave in the meantime.
    auto version = std::make_shared<int>(before.version);
    const auto step = [&db, actor, dealId, item, version](const QString& to, bool checked) -> Result<void> {
        if (checked) {
            auto now = storedVersion(db, dealId, item.id);
            if (!now) {
                return now.error();
            }
            if (*now != *version) {
                return makeError(Error::Code::Conflict,
                                 tr("The answer to \"%1\" was changed elsewhere after you opened it.").arg(item.label));
            }
        }
        auto saved = ChecklistService(db).answer(actor, dealId, item.key, to);
        if (!saved) {
            return saved.error();
        }
        *version = saved->version;
        return {};
    };
    QString text;
    if (item.kind == ChecklistItemKind::Check) {
        text = value == QLatin1String("true") ? tr("Tick “%1”").arg(item.label) : tr("Untick “%1”").arg(item.label);
    } else {
        text = value.isEmpty() ? tr("Clear “%1”").arg(item.label) : tr("Answer “%1”").arg(item.label);
    }
    const QString old = before.value;
    m_session.apply(
        this, text, [step, value] { return step(value, true); }, [step, old] { return step(old, true); },
        [step, value] { return step(value, false); });
    m_saving = false;
}

void ChecklistTab::focusItem(const QString& itemKey)
{
    ChecklistItemEditor* editor = m_editors.value(itemKey);
    if (!editor) {
        return;
    }
    m_scroll->ensureWidgetVisible(editor->fieldPart());
    m_scroll->ensureWidgetVisible(editor->labelPart());
    editor->input()->setFocus(Qt::OtherFocusReason);
    editor->flash();
}

} // namespace handoff
