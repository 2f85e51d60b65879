#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff status: where the database is (a file or a team's server) and on what, its schema version, whether it is in
// team mode and who administers it, who the caller is, the team's people by role, and who is connected now.
class StatusCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    StatusCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
