#pragma once

#include "io/ImportMapping.h"
#include "io/ImportValueParser.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace handoff {

// Which column of the file fills which field of a deal: a preset, one drop-down per importable field listing the
// file's headers, the stage values that mean closed-won and how slash dates are ordered. Changing a drop-down by
// hand makes the mapping Custom.
class ColumnMappingEditor : public QWidget {
    Q_OBJECT

public:
    explicit ColumnMappingEditor(QWidget* parent = nullptr);

    // Lists these headers in every drop-down and selects what ImportPresets::guess makes of them.
    void setHeaders(const QStringList& headers);

    ImportMapping mapping() const;
    DateOrder dateOrder() const;
    // "salesforce", "hubspot", "handoff", or empty for Custom.
    QString presetName() const;

    QComboBox* presetCombo() const { return m_preset; }
    QComboBox* fieldCombo(ImportField field) const { return m_fields.at(int(field)); }

signals:
    void changed();

private:
    void choosePreset();
    // The drop-down index (0: not imported) of every field when mapping is applied to the file's headers.
    QList<int> selection(const ImportMapping& mapping) const;
    void apply(const QList<int>& selection, const QStringList& wonStages, bool contactLists);
    void makeCustom();
    void markRequired();

    QStringList m_headers;
    QComboBox* m_preset = nullptr;
    QLineEdit* m_wonStages = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QCheckBox* m_contactLists = nullptr;
    QList<QComboBox*> m_fields; // in ImportField order
    QList<QLabel*> m_labels;
    bool m_applying = false;
};

} // namespace handoff
