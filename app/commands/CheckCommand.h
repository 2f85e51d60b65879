#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff check: integrity, foreign keys, schema version and the audit log; exit 0 only when all hold.
class CheckCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
