#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff backup FILE: a consistent copy of the database while it may be in use; never overwrites.
class BackupCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    BackupCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
