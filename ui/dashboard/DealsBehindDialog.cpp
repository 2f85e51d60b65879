#include "dashboard/DealsBehindDialog.h"

#include "dashboard/DealsBehindModel.h"
#include "metrics/MetricsFigures.h"
#include "metrics/MetricsService.h"
#include "storage/Database.h"
#include "widgets/BackgroundRead.h"
#include "widgets/RecordTable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace handoff {

DealsBehindDialog::DealsBehindDialog(Database& db, DealsBehindRequest request, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_request(std::move(request))
    , m_model(new DealsBehindModel(db, this))
    , m_choice(new QComboBox(this))
    , m_definition(new QLabel(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_read(new BackgroundRead(db, this))
{
    setObjectName(QStringLiteral("dealsBehindDialog"));
    setWindowTitle(tr("Deals behind the figure"));
    setAttribute(Qt::WA_DeleteOnClose);

    auto* caption = new QLabel(m_request.caption, this);
    caption->setObjectName(QStringLiteral("captionLabel"));
    caption->setTextFormat(Qt::PlainText);
    caption->setWordWrap(true);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    m_definition->setObjectName(QStringLiteral("definitionLabel"));
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_choice->setObjectName(QStringLiteral("choiceCombo"));
    m_choice->setAccessibleName(tr("Which deals"));
    for (const FigureChoice& choice : std::as_const(m_request.choices)) {
        m_choice->addItem(choice.label);
    }
    auto* choiceLabel = new QLabel(tr("&Show:"), this);
    choiceLabel->setBuddy(m_choice);
    auto* choiceRow = new QHBoxLayout;
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_choice, 1);
    const bool several = m_request.choices.size() > 1;
    choiceLabel->setVisible(several);
    m_choice->setVisible(several);

    m_table->setObjectName(QStringLiteral("dealsBehindTable"));
    m_table->setAccessibleName(tr("Deals behind the figure"));
    m_table->setModel(m_model);
    RecordTable::setUp(m_table);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(DealsBehindModel::TitleColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('9'));
    m_table->setColumnWidth(DealsBehindModel::IdColumn, digit * 8);
    m_table->setColumnWidth(DealsBehindModel::AccountColumn, digit * 24);
    m_table->setColumnWidth(DealsBehindModel::StateColumn, digit * 12);
    m_table->setColumnWidth(DealsBehindModel::SalesRepColumn, digit * 16);
    m_table->setColumnWidth(DealsBehindModel::SupportOwnerColumn, digit * 16);
    // activated: Enter or Return, and a double-click (a single click where the platform opens items that way).
    connect(m_table, &QAbstractItemView::activated, this, &DealsBehindDialog::activate);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* openButton = buttons->addButton(tr("&Open deal"), QDialogButtonBox::ActionRole);
    openButton->setObjectName(QStringLiteral("openDealButton"));
    connect(openButton, &QPushButton::clicked, this, [this] { activate(m_table->currentIndex()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the list (open the deal); no button may take it and close the dialog as well.
    for (QAbstractButton* button : buttons->buttons()) {
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_definition);
    layout->addLayout(choiceRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(digit * 120, digit * 60);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &DealsBehindDialog::load);
    load();
    m_table->setFocus();
}

bool DealsBehindDialog::isReading() const
{
    return m_read->isRunning();
}

void DealsBehindDialog::load()
{
    if (m_read->isRunning()) {
        m_reloadPending = true; // the choice changed while the last one was read: read again when it is done
        return;
    }
    const int at = m_choice->currentIndex();
    if (at < 0 || at >= m_request.choices.size()) {
        showDeals(makeError(Error::Code::NotFound, tr("Nothing to list.")));
        return;
    }
    const FigureChoice choice = m_request.choices.at(at);
    m_definition->setText(MetricsFigures::info(choice.figure).definition);
    m_count->setText(tr("Looking up the deals…"));
    auto behind = std::make_shared<Result<DealsBehind>>(makeError(Error::Code::Storage, QString()));
    m_read->run(
        [behind, choice, query = m_request.query, userId = m_request.userId](const Result<const Database*>& db) {
            *behind =
                db ? MetricsService(**db).dealsBehind(choice.figure, query, userId, choice.breakdownKey, choice.part)
                   : Result<DealsBehind>(db.error());
        },
        [this, behind] {
            if (m_reloadPending) {
                m_reloadPending = false;
                load();
                return;
            }
            showDeals(*behind);
        });
}

void DealsBehindDialog::showDeals(const Result<DealsBehind>& behind)
{
    if (!behind) {
        m_model->setDealIds({});
        m_total = 0;
        m_count->setText(behind.error().fullText());
        emit listed();
        return;
    }
    m_model->setDealIds(behind->dealIds);
    m_total = behind->total;
    if (behind->total == 0) {
        m_count->setText(tr("No deals."));
    } else if (behind->total > behind->dealIds.size()) {
        m_count->setText(
            tr("The first %L1 of %L2 deals, by deal number.").arg(behind->dealIds.size()).arg(behind->total));
    } else {
        m_count->setText(tr("Deals: %L1. Double-click or press Enter to open one.").arg(behind->total));
    }
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, DealsBehindModel::TitleColumn));
    }
    emit listed();
}

void DealsBehindDialog::activate(const QModelIndex& index)
{
    const qint64 dealId = index.isValid() ? m_model->dealIdAt(index.row()) : 0;
    if (dealId > 0 && m_model->errorAt(index.row()).isEmpty()) {
        emit dealActivated(dealId);
    }
}

} // namespace handoff
