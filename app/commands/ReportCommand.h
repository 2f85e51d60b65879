#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff report deal ID|REF [-o FILE] and handoff report team [--from DATE] [--to DATE] [--rep EMAIL] [-o FILE]:
// the handoff report of a deal or the team report of a period as PDF or HTML, made without a display.
class ReportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    ReportCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
