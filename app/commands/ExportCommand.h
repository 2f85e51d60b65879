#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff export deals|promises|tasks --format csv|json [-o FILE] [--force]: the table for spreadsheets and scripts.
class ExportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    ExportCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
