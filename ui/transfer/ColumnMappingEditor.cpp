#include "transfer/ColumnMappingEditor.h"

#include "io/ImportPresets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace handoff {

namespace {

constexpr int kFieldColumns = 3; // label and drop-down pairs side by side

QString normalised(const QString& header)
{
    return header.trimmed().toCaseFolded();
}

QString capitalised(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

} // namespace

ColumnMappingEditor::ColumnMappingEditor(QWidget* parent)
    : QWidget(parent)
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->addItem(tr("Salesforce"), QStringLiteral("salesforce"));
    m_preset->addItem(tr("HubSpot"), QStringLiteral("hubspot"));
    m_preset->addItem(tr("Handoff export"), QStringLiteral("handoff"));
    m_preset->addItem(tr("Custom"), QString());
    m_preset->setCurrentIndex(m_preset->count() - 1);
    connect(m_preset, &QComboBox::activated, this, &ColumnMappingEditor::choosePreset);

    m_wonStages = new QLineEdit(this);
    m_wonStages->setObjectName(QStringLiteral("wonStagesEdit"));
    m_wonStages->setPlaceholderText(tr("empty: every row is a won deal"));
    m_wonStages->setToolTip(tr("The values of the stage column that mean closed-won, separated by commas. Rows with "
                               "another stage are skipped."));
    connect(m_wonStages, &QLineEdit::textEdited, this, [this] {
        makeCustom();
        markRequired();
        emit changed();
    });

    m_dateOrder = new QComboBox(this);
    m_dateOrder->setObjectName(QStringLiteral("dateOrderCombo"));
    m_dateOrder->addItem(tr("Detect from the file"), int(DateOrder::Detect));
    m_dateOrder->addItem(tr("Day first (31/12/2026)"), int(DateOrder::DayFirst));
    m_dateOrder->addItem(tr("Month first (12/31/2026)"), int(DateOrder::MonthFirst));
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, &ColumnMappingEditor::changed);

    m_contactLists =
        new QCheckBox(tr("&Contact cells list people: Jane Doe (jane@acme.com); Bo Li (bo@acme.com)"), this);
    m_contactLists->setObjectName(QStringLiteral("contactListsCheck"));
    m_contactLists->setToolTip(tr("Import the first person of each contact cell, with the email in brackets apart "
                                  "from the name. Unticked, a contact cell is imported whole, as the person's name."));
    connect(m_contactLists, &QCheckBox::toggled, this, [this] {
        makeCustom();
        emit changed();
    });

    auto* options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    options->addRow(tr("&Preset:"), m_preset);
    options->addRow(tr("&Won stages:"), m_wonStages);
    options->addRow(tr("&Dates:"), m_dateOrder);
    options->addRow(QString(), m_contactLists);

    auto* columns = new QGroupBox(tr("Columns"), this);
    auto* grid = new QGridLayout(columns);
    const QStringList keys = ImportMapping::fieldKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const auto field = ImportField(i);
        auto* combo = new QComboBox(columns);
        combo->setObjectName(QStringLiteral("column_") + keys.at(i));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        combo->setAccessibleName(capitalised(ImportMapping::fieldLabel(field)));
        auto* label = new QLabel(tr("%1:").arg(capitalised(ImportMapping::fieldLabel(field))), columns);
        label->setBuddy(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_applying) {
                makeCustom();
                emit changed();
            }
        });
        const int row = i / kFieldColumns;
        const int column = (i % kFieldColumns) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(combo, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        m_fields.append(combo);
        m_labels.append(label);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(columns);
    markRequired();
}

void ColumnMappingEditor::setHeaders(const QStringList& headers)
{
    m_applying = true;
    m_headers = headers;
    for (QComboBox* combo : std::as_const(m_fields)) {
        combo->clear();
        combo->addItem(tr("(not imported)"));
        combo->addItems(headers);
    }
    m_applying = false;

    // Show the guess as its preset when it is one, so that the user sees where it came from.
    const ImportMapping guess = ImportPresets::guess(headers);
    const QList<int> guessed = selection(guess);
    int presetIndex = m_preset->count() - 1;
    for (int i = 0; i + 1 < m_preset->count(); ++i) {
        const auto preset = ImportPresets::preset(m_preset->itemData(i).toString());
        if (preset && preset->wonStages == guess.wonStages && preset->contactLists == guess.contactLists &&
            selection(*preset) == guessed) {
            presetIndex = i;
            break;
        }
    }
    m_preset->setCurrentIndex(presetIndex);
    apply(guessed, guess.wonStages, guess.contactLists);
}

ImportMapping ColumnMappingEditor::mapping() const
{
    ImportMapping mapping;
    const QStringList keys = ImportMapping::fieldKeys();
    for (int i = 0; i < m_fields.size(); ++i) {
        const int index = m_fields.at(i)->currentIndex();
        if (index > 0 && index <= m_headers.size()) {
            mapping.columns.insert(keys.at(i), m_headers.at(index - 1));
        }
    }
    const QStringList stages = m_wonStages->text().split(QLatin1Char(','));
    for (const QString& stage : stages) {
        if (!stage.trimmed().isEmpty()) {
            mapping.wonStages.append(stage.trimmed());
        }
    }
    mapping.contactLists = m_contactLists->isChecked();
    return mapping;
}

DateOrder ColumnMappingEditor::dateOrder() const
{
    return DateOrder(m_dateOrder->currentData().toInt());
}

QString ColumnMappingEditor::presetName() const
{
    return m_preset->currentData().toString();
}

void ColumnMappingEditor::choosePreset()
{
    const auto preset = ImportPresets::preset(presetName());
    if (preset) {
        apply(selection(*preset), preset->wonStages, preset->contactLists);
    }
}

QList<int> ColumnMappingEditor::selection(const ImportMapping& mapping) const
{
    QHash<QString, int> indexOf;
    for (int i = int(m_headers.size()) - 1; i >= 0; --i) { // of two equal headers the first wins, as on import
        indexOf.insert(normalised(m_headers.at(i)), i + 1);
    }
    QList<int> result;
    for (const QString& key : ImportMapping::fieldKeys()) {
        int found = 0;
        if (mapping.columns.contains(key)) {
            QStringList candidates{mapping.columns.value(key)};
            candidates += mapping.alternatives.value(key);
            for (const QString& candidate : std::as_const(candidates)) {
                found = indexOf.value(normalised(candidate), 0);
                if (found > 0) {
                    break;
                }
            }
        }
        result.append(found);
    }
    return result;
}

void ColumnMappingEditor::apply(const QList<int>& selection, const QStringList& wonStages, bool contactLists)
{
    m_applying = true;
    m_contactLists->setChecked(contactLists);
    for (int i = 0; i < m_fields.size() && i < selection.size(); ++i) {
        m_fields.at(i)->setCurrentIndex(selection.at(i));
    }
    m_wonStages->setText(wonStages.join(QStringLiteral(", ")));
    m_applying = false;
    markRequired();
    emit changed();
}

void ColumnMappingEditor::makeCustom()
{
    if (!m_applying) {
        m_preset->setCurrentIndex(m_preset->count() - 1);
    }
}

void ColumnMappingEditor::markRequired()
{
    const QList<ImportField> required = ImportMapping::requiredFields(!m_wonStages->text().trimmed().isEmpty());
    for (int i = 0; i < m_labels.size(); ++i) {
        const bool needed = required.contains(ImportField(i));
        QFont font = m_labels.at(i)->font();
        font.setBold(needed);
        m_labels.at(i)->setFont(font);
        m_labels.at(i)->setToolTip(needed ? tr("Every deal needs this field.") : QString());
    }
}

} // namespace handoff
