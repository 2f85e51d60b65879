#pragma once

#include "model/Deal.h"
#include "model/User.h"
#include "workflow/DealService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace handoff {

class Database;

// Starts a new handoff: the deal's essentials, each checked as core checks it, with what is wrong written beside
// the field it concerns. Nothing typed is lost when the deal is refused.
class NewDealDialog : public QDialog {
    Q_OBJECT

public:
    NewDealDialog(Database& db, const User& actor, QWidget* parent = nullptr);

    // The created deal, after the dialog was accepted.
    const Deal& deal() const { return m_deal; }

    void accept() override;

private:
    QLabel* problemLabel(DealField field);
    NewDeal draft() const;
    void showProblems(const QList<DealFieldProblem>& problems);

    Database& m_db;
    User m_actor;
    Deal m_deal;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_externalRef = nullptr;
    QLineEdit* m_amount = nullptr;
    QLineEdit* m_currency = nullptr;
    QDateEdit* m_closedOn = nullptr;
    QDateEdit* m_contractStart = nullptr;
    QSpinBox* m_term = nullptr;
    QLineEdit* m_products = nullptr;
    QComboBox* m_salesRep = nullptr;
    QHash<DealField, QLabel*> m_problems;
    QString m_amountProblem;
};

} // namespace handoff
