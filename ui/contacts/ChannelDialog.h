#pragma once

#include "model/DealChannel.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace handoff {

// Asks for one channel of a deal: its kind, the number, address or link, and (when adding) whether it becomes
// the preferred one. OK checks the address with core's rules and shows the problem beside it.
class ChannelDialog : public QDialog {
    Q_OBJECT

public:
    explicit ChannelDialog(QWidget* parent = nullptr);

    // Fills the fields from an existing channel (editing); the preferred box is then left out: "Make preferred"
    // changes that.
    void setChannel(const DealChannel& channel);
    DealChannel channel() const;

    void accept() override;

private:
    DealChannel m_channel;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_address = nullptr;
    QCheckBox* m_preferred = nullptr;
    QWidget* m_errorRow = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace handoff
