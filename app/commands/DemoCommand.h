#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff demo --deals N [--seed S]: fills an empty database with generated, realistic data.
class DemoCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    DemoCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
