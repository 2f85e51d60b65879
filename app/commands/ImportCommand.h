#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff import FILE [--preset P | --map M] ... --as EMAIL: brings closed-won deals from a CRM export, all or
// nothing, and explains every skipped or rejected row.
class ImportCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    ImportCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
