#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff metrics [--from DATE] [--to DATE] [--rep EMAIL] [--interval week|month|quarter|auto] [--json]: the
// handoff quality figures of a period, per sales rep and support rep and for the team, as a readable report or as
// JSON. Without --interval the trend's step follows the period's length (trendIntervalFor).
class MetricsCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    MetricsCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
