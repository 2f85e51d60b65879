#pragma once

#include "model/ChecklistItem.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QWidget;

namespace handoff {

// The widgets of one checklist item: a label part (text, required marker, help) and a field part with the
// editor of the item's kind. It only shows and reports values; the tab decides what is saved.
class ChecklistItemEditor : public QObject {
    Q_OBJECT

public:
    ChecklistItemEditor(const ChecklistItem& item, QWidget* parent);

    const ChecklistItem& item() const { return m_item; }
    QWidget* labelPart() const { return m_labelPart; }
    QWidget* fieldPart() const { return m_fieldPart; }
    // The widget that takes the keyboard: the check box, line edit, date edit or combo box.
    QWidget* input() const { return m_input; }

    // Shows value (as stored: "true", an ISO date, a choice, a contact id, text) without emitting edited().
    // A text the user is still typing (changed since it was shown and not yet committed) is left alone.
    void setValue(const QString& value);
    // The value the editor shows, in the stored form.
    QString value() const;
    // For contact items: the people the answer can name, as id and display text.
    void setContacts(const QList<QPair<qint64, QString>>& people);
    void setEditable(bool editable);
    // Marks the row for a moment so the eye finds it after a jump.
    void flash();
    // Marks a required item that stops a submit until it is answered (after a refused submit).
    void setMissing(bool missing);
    bool isMissing() const { return m_missing; }
    // An item a deal field answers shows the field's value, and its button goes to the field.
    bool isAnsweredByDeal() const { return m_item.dealField != AnsweringField::None; }
    bool isFlashing() const { return m_flashing; }

signals:
    // The user finished changing the value (ticked, picked, left the text field).
    void edited(const QString& value);
    // The user wants to change the deal field that answers the item.
    void goToField(AnsweringField field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLabel(QWidget* parent);
    void buildField(QWidget* parent);
    void buildFieldLink();
    void commit();
    void setHighlighted(bool on);

    ChecklistItem m_item;
    QString m_shown; // the value last shown by setValue()
    QWidget* m_labelPart = nullptr;
    QWidget* m_fieldPart = nullptr;
    QWidget* m_input = nullptr;
    QLabel* m_label = nullptr;
    QCheckBox* m_check = nullptr;
    QLineEdit* m_line = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDateEdit* m_date = nullptr;
    QToolButton* m_clearDate = nullptr;
    QComboBox* m_combo = nullptr;
    QLabel* m_fieldValue = nullptr; // the deal field's value, for an item the deal answers
    bool m_flashing = false;
    bool m_missing = false;
};

} // namespace handoff
