#include "template/TemplateItemDialog.h"

#include "model/Labels.h"
#include "widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace handoff {

TemplateItemDialog::TemplateItemDialog(const QString& title, const ChecklistItem& item, const QStringList& sections,
                                       Check check, Save save, QWidget* parent)
    : QDialog(parent)
    , m_original(item)
    , m_check(std::move(check))
    , m_save(std::move(save))
    , m_section(new QComboBox(this))
    , m_label(new QLineEdit(item.label, this))
    , m_help(new QPlainTextEdit(item.help, this))
    , m_kind(new QComboBox(this))
    , m_choices(new QPlainTextEdit(item.choices.join(QLatin1Char('\n')), this))
    , m_answeredBy(new QComboBox(this))
    , m_required(new QCheckBox(tr("A deal cannot be submitted without it"), this))
    , m_impact(new QLabel(this))
    , m_problem(makeProblemLabel(QStringLiteral("problem"), this))
{
    setObjectName(QStringLiteral("templateItemDialog"));
    setWindowTitle(title);
    setAccessibleName(title);

    m_section->setObjectName(QStringLiteral("sectionCombo"));
    m_section->setAccessibleName(tr("Section"));
    m_section->setToolTip(tr("Choose a section or type the name of a new one; a new section goes at the end."));
    m_section->setEditable(true);
    m_section->setInsertPolicy(QComboBox::NoInsert);
    m_section->addItems(sections);
    m_section->setCurrentText(item.section);

    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setPlaceholderText(tr("What the sales rep is asked, e.g. Security questionnaire"));

    m_help->setObjectName(QStringLiteral("helpEdit"));
    m_help->setAccessibleName(tr("Help"));
    m_help->setPlaceholderText(tr("What a good answer says, shown under the item"));
    m_help->setTabChangesFocus(true);

    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->setAccessibleName(tr("Kind of answer"));
    for (const ChecklistItemKind kind : allValues<ChecklistItemKind>()) {
        m_kind->addItem(Labels::of(kind), toKey(kind));
    }
    m_kind->setCurrentIndex(static_cast<int>(item.kind));

    m_choices->setObjectName(QStringLiteral("choicesEdit"));
    m_choices->setAccessibleName(tr("Choices, one per line"));
    m_choices->setToolTip(tr("One choice per line; only for an item of the kind Choice."));
    m_choices->setTabChangesFocus(true);

    m_answeredBy->setObjectName(QStringLiteral("answeredByCombo"));
    m_answeredBy->setAccessibleName(tr("Answered by"));
    m_answeredBy->setToolTip(tr("An item that asks for a fact the deal already has is answered by that field, so that "
                                "the checklist and the Overview never disagree."));
    for (const AnsweringField field : allValues<AnsweringField>()) {
        m_answeredBy->addItem(field == AnsweringField::None
                                  ? tr("Its own answer on the checklist")
                                  : tr("The deal's %1").arg(Labels::inSentence(Labels::of(field))),
                              toKey(field));
    }
    m_answeredBy->setCurrentIndex(static_cast<int>(item.dealField));

    m_impact->setObjectName(QStringLiteral("impactLabel"));
    m_impact->setWordWrap(true);
    m_impact->setTextFormat(Qt::PlainText);
    m_impact->hide();

    m_required->setObjectName(QStringLiteral("requiredCheck"));
    m_required->setAccessibleName(tr("Required"));
    m_required->setChecked(item.required);

    const auto fieldProblem = [this](TemplateField field, const char* name) {
        QLabel* label = makeProblemLabel(QString::fromLatin1(name), this);
        m_problems.insert(field, label);
        return label;
    };
    auto* form = new QFormLayout;
    if (!item.key.isEmpty()) {
        auto* key = new QLabel(item.key, this);
        key->setObjectName(QStringLiteral("keyLabel"));
        key->setTextInteractionFlags(Qt::TextSelectableByMouse);
        key->setToolTip(tr("The stable name that answers and imports use; it never changes."));
        form->addRow(tr("Key:"), key);
    }
    form->addRow(tr("&Section:"), m_section);
    form->addRow(QString(), fieldProblem(TemplateField::Section, "sectionProblem"));
    form->addRow(tr("&Label:"), m_label);
    form->addRow(QString(), fieldProblem(TemplateField::Label, "labelProblem"));
    form->addRow(tr("&Help:"), m_help);
    form->addRow(tr("&Answered by:"), m_answeredBy);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), fieldProblem(TemplateField::Kind, "kindProblem"));
    form->addRow(tr("&Choices:"), m_choices);
    form->addRow(QString(), fieldProblem(TemplateField::Choices, "choicesProblem"));
    form->addRow(tr("Re&quired:"), m_required);
    form->addRow(QString(), m_impact);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplateItemDialog::updateChoices);
    connect(m_answeredBy, &QComboBox::currentIndexChanged, this, &TemplateItemDialog::updateChoices);
    connect(m_answeredBy, &QComboBox::currentIndexChanged, this, &TemplateItemDialog::updateImpact);
    connect(m_required, &QCheckBox::toggled, this, &TemplateItemDialog::updateImpact);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateChoices();
    (item.section.isEmpty() ? static_cast<QWidget*>(m_section) : m_label)->setFocus();
}

ChecklistItem TemplateItemDialog::item() const
{
    ChecklistItem result = m_original;
    result.section = m_section->currentText();
    result.label = m_label->text();
    result.help = m_help->toPlainText();
    result.kind = static_cast<ChecklistItemKind>(m_kind->currentIndex());
    result.choices = m_choices->toPlainText().split(QLatin1Char('\n'));
    result.required = m_required->isChecked();
    result.dealField = static_cast<AnsweringField>(m_answeredBy->currentIndex());
    return result;
}

void TemplateItemDialog::setImpact(std::function<Result<int>(const ChecklistItem&)> impact)
{
    m_impactOf = std::move(impact);
    updateImpact();
}

void TemplateItemDialog::updateImpact()
{
    // Said before saving: a required item that open drafts have not answered stops each of them at submit.
    const ChecklistItem wanted = item();
    const bool changes =
        wanted.required && (!m_original.required || m_original.id == 0 || wanted.dealField != m_original.dealField);
    if (!m_impactOf || !changes) {
        m_impact->hide();
        return;
    }
    auto waiting = m_impactOf(wanted);
    if (!waiting) {
        m_impact->setText(tr("How many open drafts this affects could not be read: %1").arg(waiting.error().message));
    } else if (*waiting == 0) {
        m_impact->setText(tr("No open draft or returned handoff lacks this answer."));
    } else {
        m_impact->setText(*waiting == 1 ? tr("1 open draft or returned handoff will need this answer before it can be "
                                             "submitted.")
                                        : tr("%L1 open drafts and returned handoffs will need this answer before they "
                                             "can be submitted.")
                                              .arg(*waiting));
    }
    m_impact->show();
}

void TemplateItemDialog::updateChoices()
{
    // Typed choices stay when another kind is picked for a moment; they are simply not saved then. An item a deal
    // field answers takes neither: the field is what it is.
    const bool ownAnswer = m_answeredBy->currentIndex() == static_cast<int>(AnsweringField::None);
    m_kind->setEnabled(ownAnswer);
    m_choices->setEnabled(ownAnswer &&
                          static_cast<ChecklistItemKind>(m_kind->currentIndex()) == ChecklistItemKind::Choice);
}

void TemplateItemDialog::accept()
{
    const ChecklistItem wanted = item();
    auto problems = m_check(wanted);
    if (!problems) {
        showProblems({}, problems.error().fullText());
        return;
    }
    if (!problems->isEmpty()) {
        showProblems(*problems);
        return;
    }
    auto saved = m_save(wanted);
    if (saved) {
        QDialog::accept();
    } else if (saved.error().code == Error::Code::Cancelled) {
        reject();
    } else {
        // What only saving finds out (the role, a change made elsewhere, the file) goes under the form, listed.
        showProblems({}, saved.error().fullText());
    }
}

void TemplateItemDialog::showProblems(const QList<TemplateProblem>& problems, const QString& other)
{
    QMap<TemplateField, QStringList> byField;
    QStringList elsewhere;
    if (!other.isEmpty()) {
        elsewhere.append(other);
    }
    for (const TemplateProblem& problem : problems) {
        if (m_problems.contains(problem.field)) {
            byField[problem.field].append(problem.text);
        } else {
            elsewhere.append(problem.text); // the key is not edited here
        }
    }
    QWidget* first = nullptr;
    const QList<std::pair<TemplateField, QWidget*>> fields{{TemplateField::Section, m_section},
                                                           {TemplateField::Label, m_label},
                                                           {TemplateField::Kind, m_kind},
                                                           {TemplateField::Choices, m_choices}};
    for (const auto& [field, widget] : fields) {
        QLabel* label = m_problems.value(field);
        const QStringList texts = byField.value(field);
        label->setText(texts.join(QLatin1Char('\n')));
        label->setVisible(!texts.isEmpty());
        widget->setAccessibleDescription(label->text());
        if (!first && !texts.isEmpty()) {
            first = widget;
        }
    }
    m_problem->setText(elsewhere.join(QLatin1Char('\n')));
    m_problem->setVisible(!elsewhere.isEmpty());
    if (first) {
        first->setFocus();
    }
}

} // namespace handoff
