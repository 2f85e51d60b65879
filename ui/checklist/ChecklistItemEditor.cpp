#include "checklist/ChecklistItemEditor.h"

#include "model/Labels.h"
#include "widgets/DateFields.h"
#include "widgets/ProblemLabel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QToolButton>

namespace handoff {

namespace {

// The date an empty date editor shows as "Not set": QDateEdit cannot be blank.
const QDate kNoDate(1900, 1, 1);
constexpr int kFlashMs = 1500;
constexpr int kTextLines = 3;

// Text items of the shipped template that hold one short fact; every other text item (including those a lead
// adds) gets room for prose.
bool isOneLine(const ChecklistItem& item)
{
    static const QStringList keys{QStringLiteral("products_or_plan"), QStringLiteral("seats"),
                                  QStringLiteral("contract_value"),   QStringLiteral("order_form_ref"),
                                  QStringLiteral("critical_event"),   QStringLiteral("support_channels")};
    return keys.contains(item.key);
}

} // namespace

ChecklistItemEditor::ChecklistItemEditor(const ChecklistItem& item, QWidget* parent)
    : QObject(parent)
    , m_item(item)
{
    buildLabel(parent);
    buildField(parent);
    m_input->setObjectName(QStringLiteral("item_") + item.key);
    m_input->setAccessibleName(item.required ? tr("%1 (required)").arg(item.label) : item.label);
    m_input->setAccessibleDescription(item.help);
    m_input->setToolTip(item.help);
    m_label->setBuddy(m_input);
}

void ChecklistItemEditor::buildLabel(QWidget* parent)
{
    m_labelPart = new QWidget(parent);
    auto* layout = new QHBoxLayout(m_labelPart);
    layout->setContentsMargins(0, 0, 0, 0);
    QString text = m_item.label;
    m_label = new QLabel(text.replace(QLatin1Char('&'), QLatin1String("&&")), m_labelPart);
    m_label->setToolTip(m_item.help);
    m_label->setWordWrap(true);
    layout->addWidget(m_label, 1);
    if (m_item.required) {
        auto* marker = new QLabel(QStringLiteral("*"), m_labelPart);
        marker->setObjectName(QStringLiteral("requiredMarker_") + m_item.key);
        marker->setAccessibleName(tr("required"));
        marker->setToolTip(tr("Required: the handoff cannot be submitted without it."));
        layout->addWidget(marker);
    }
    if (!m_item.help.isEmpty()) {
        auto* help = new QLabel(QStringLiteral("?"), m_labelPart);
        help->setObjectName(QStringLiteral("help_") + m_item.key);
        help->setToolTip(m_item.help);
        help->setAccessibleName(tr("Help"));
        help->setAccessibleDescription(m_item.help);
        layout->addWidget(help);
    }
}

void ChecklistItemEditor::buildField(QWidget* parent)
{
    m_fieldPart = new QWidget(parent);
    auto* layout = new QHBoxLayout(m_fieldPart);
    layout->setContentsMargins(0, 0, 0, 0);
    if (isAnsweredByDeal()) {
        buildFieldLink();
        layout->addWidget(m_fieldValue, 1);
        layout->addWidget(m_input, 0, Qt::AlignTop);
        return;
    }
    switch (m_item.kind) {
    case ChecklistItemKind::Check:
        m_check = new QCheckBox(m_fieldPart);
        connect(m_check, &QCheckBox::clicked, this, &ChecklistItemEditor::commit);
        m_input = m_check;
        break;
    case ChecklistItemKind::Text:
        if (isOneLine(m_item)) {
            m_line = new QLineEdit(m_fieldPart);
            connect(m_line, &QLineEdit::editingFinished, this, &ChecklistItemEditor::commit);
            m_input = m_line;
        } else {
            m_text = new QPlainTextEdit(m_fieldPart);
            m_text->setTabChangesFocus(true); // Tab moves on to the next item, as everywhere else in the form
            m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * kTextLines + 2 * m_text->frameWidth() + 8);
            m_text->installEventFilter(this);
            m_input = m_text;
        }
        break;
    case ChecklistItemKind::Date:
        m_date = new QDateEdit(m_fieldPart);
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(kNoDate);
        m_date->setSpecialValueText(tr("Not set"));
        m_date->setDisplayFormat(DateFields::displayFormat());
        m_date->setDate(kNoDate);
        connect(m_date, &QDateEdit::editingFinished, this, &ChecklistItemEditor::commit);
        // A pick in the calendar does not finish editing; it is a complete answer all the same.
        connect(m_date->calendarWidget(), &QCalendarWidget::clicked, this, &ChecklistItemEditor::commit,
                Qt::QueuedConnection);
        m_clearDate = new QToolButton(m_fieldPart);
        m_clearDate->setObjectName(QStringLiteral("clear_") + m_item.key);
        m_clearDate->setText(tr("Clear"));
        m_clearDate->setToolTip(tr("Remove the date of \"%1\"").arg(m_item.label));
        m_clearDate->setAccessibleName(tr("Clear %1").arg(m_item.label));
        connect(m_clearDate, &QToolButton::clicked, this, [this] {
            m_date->setDate(kNoDate);
            commit();
        });
        m_input = m_date;
        break;
    case ChecklistItemKind::Choice:
        m_combo = new QComboBox(m_fieldPart);
        m_combo->addItem(tr("Not answered"), QString());
        for (const QString& choice : m_item.choices) {
            m_combo->addItem(choice, choice);
        }
        connect(m_combo, &QComboBox::activated, this, &ChecklistItemEditor::commit);
        m_input = m_combo;
        break;
    case ChecklistItemKind::Contact:
        m_combo = new QComboBox(m_fieldPart);
        m_combo->addItem(tr("Nobody chosen"), QString());
        connect(m_combo, &QComboBox::activated, this, &ChecklistItemEditor::commit);
        m_input = m_combo;
        break;
    }
    if (m_check) {
        layout->addWidget(m_input);
        layout->addStretch(1); // the box only as wide as itself: a click beside it is not a click on it
    } else {
        layout->addWidget(m_input, 1);
    }
    if (m_clearDate) {
        layout->addWidget(m_clearDate);
    }
}

void ChecklistItemEditor::buildFieldLink()
{
    const bool channels =
        m_item.dealField == AnsweringField::Channels || m_item.dealField == AnsweringField::PreferredChannel;
    m_fieldValue = new QLabel(m_fieldPart);
    m_fieldValue->setObjectName(QStringLiteral("dealValue_") + m_item.key);
    m_fieldValue->setTextFormat(Qt::PlainText);
    m_fieldValue->setWordWrap(true);
    m_fieldValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* button = new QToolButton(m_fieldPart);
    button->setText(channels ? tr("Edit in Contacts") : tr("Edit on the Overview"));
    button->setToolTip(channels ? tr("The deal's %1 answer this item; they are kept on the Contacts tab.")
                                      .arg(Labels::inSentence(Labels::of(m_item.dealField)))
                                : tr("The deal's field \"%1\" answers this item: one fact, kept in one place.")
                                      .arg(Labels::of(m_item.dealField)));
    connect(button, &QToolButton::clicked, this, [this] { emit goToField(m_item.dealField); });
    m_input = button;
}

bool ChecklistItemEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_text && event->type() == QEvent::FocusOut) {
        commit();
    }
    return QObject::eventFilter(watched, event);
}

void ChecklistItemEditor::commit()
{
    const QString now = value();
    if (now != m_shown) {
        emit edited(now);
    }
}

QString ChecklistItemEditor::value() const
{
    if (m_fieldValue) {
        return m_shown;
    }
    if (m_check) {
        return m_check->isChecked() ? QStringLiteral("true")
                                    : (m_shown.isEmpty() ? QString() : QStringLiteral("false"));
    }
    if (m_line) {
        return m_line->text();
    }
    if (m_text) {
        return m_text->toPlainText();
    }
    if (m_date) {
        return m_date->date() == kNoDate ? QString() : m_date->date().toString(Qt::ISODate);
    }
    return m_combo->currentData().toString();
}

void ChecklistItemEditor::setValue(const QString& value)
{
    const bool typing = (m_line && m_line->text() != m_shown) || (m_text && m_text->toPlainText() != m_shown);
    if (typing && value == m_shown) {
        return; // the stored value did not move: keep what the user is typing (or what core just refused)
    }
    m_shown = value;
    const QSignalBlocker blocker(m_input);
    if (m_fieldValue) {
        m_fieldValue->setText(value.isEmpty() ? tr("Not filled in on the deal yet") : value);
    } else if (m_check) {
        m_check->setChecked(value == QLatin1String("true"));
    } else if (m_line) {
        m_line->setText(value);
    } else if (m_text) {
        m_text->setPlainText(value);
    } else if (m_date) {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        m_date->setDate(date.isValid() ? date : kNoDate);
    } else {
        int index = m_combo->findData(value);
        if (index < 0) {
            // A stored answer the list does not offer (a contact taken off the deal, a choice a lead renamed).
            m_combo->addItem(tr("%1 (no longer offered)").arg(value), value);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(index);
    }
}

void ChecklistItemEditor::setContacts(const QList<QPair<qint64, QString>>& people)
{
    if (m_item.kind != ChecklistItemKind::Contact) {
        return;
    }
    const QSignalBlocker blocker(m_combo);
    while (m_combo->count() > 1) {
        m_combo->removeItem(1);
    }
    for (const auto& [id, name] : people) {
        m_combo->addItem(name, QString::number(id));
    }
    setValue(m_shown);
}

void ChecklistItemEditor::setEditable(bool editable)
{
    // Text stays selectable and readable when it cannot change; the other editors have nothing to read closer. The
    // way to a deal field stays open: its tab says whether it can change.
    if (m_fieldValue) {
        return;
    }
    if (m_line) {
        m_line->setReadOnly(!editable);
    } else if (m_text) {
        m_text->setReadOnly(!editable);
    } else {
        m_input->setEnabled(editable);
    }
    if (m_clearDate) {
        m_clearDate->setEnabled(editable);
    }
}

void ChecklistItemEditor::flash()
{
    setHighlighted(true);
    QTimer::singleShot(kFlashMs, this, [this] { setHighlighted(false); });
}

void ChecklistItemEditor::setMissing(bool missing)
{
    if (missing == m_missing) {
        return;
    }
    m_missing = missing;
    markMissing(m_label, missing);
}

void ChecklistItemEditor::setHighlighted(bool on)
{
    m_flashing = on;
    for (QWidget* part : {m_labelPart, m_fieldPart}) {
        part->setAutoFillBackground(on);
        part->setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    }
    // Text on the highlight in the palette's own pairing, so it reads on light and dark themes alike.
    for (QLabel* label : m_labelPart->findChildren<QLabel*>()) {
        label->setForegroundRole(on ? QPalette::HighlightedText : QPalette::WindowText);
    }
}

} // namespace handoff
