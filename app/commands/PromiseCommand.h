#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff promise review ID --as EMAIL --status STATUS [--note TEXT]: support's review of one promise, for scripts.
class PromiseCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PromiseCommand)

public:
    PromiseCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
