#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff init --name NAME --email EMAIL: makes a new team's database (a file, or the schema on a team server) whose
// first person is a lead, so that a team can start from the command line alone: init, user add, import, report.
class InitCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    InitCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
