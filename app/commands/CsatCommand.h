#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff csat DEAL_ID SCORE --as EMAIL [--note TEXT] [--date DATE]: records the customer's satisfaction with a
// fulfilled deal, for scripts that collect survey answers.
class CsatCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CsatCommand)

public:
    CsatCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
