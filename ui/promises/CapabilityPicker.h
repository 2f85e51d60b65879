#pragma once

#include "model/Capability.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QToolButton;

namespace handoff {

// Picks a capability of the catalog by typing part of its name: the suggestions show each one's status and lead
// time ("SAML single sign-on — available, lead time 10 days") so the sales rep sees what can be promised before
// choosing. Leaving it empty names no capability.
class CapabilityPicker : public QWidget {
    Q_OBJECT

public:
    explicit CapabilityPicker(QWidget* parent = nullptr);

    void setCatalog(const QList<Capability>& catalog);
    // Shows the capability with this id (0: none).
    void setCapabilityId(qint64 id);
    // The capability the text names exactly (any case); none when the text is empty or names nothing.
    std::optional<Capability> capability() const;
    qint64 capabilityId() const;
    // Empty or naming a capability of the catalog.
    bool isKnown() const;
    QLineEdit* lineEdit() const { return m_edit; }
    // "name — status, lead time N days", the text of a suggestion.
    static QString describe(const Capability& capability);

signals:
    void capabilityChanged();

private:
    void showAll();

    QList<Capability> m_catalog;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_showAll = nullptr;
    QStandardItemModel* m_suggestions = nullptr;
    QCompleter* m_completer = nullptr;
};

} // namespace handoff
