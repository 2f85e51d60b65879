#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff deal list|show|submit|return|accept|fulfil: the handoff workflow for scripts and sales-ops automation.
// Actions name the acting user with --as EMAIL; core checks that user's role exactly as the workstation does.
class DealCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(DealCommand)

public:
    DealCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    int list(const QCommandLineParser& parser, const Paging& paging, Database& db) const;
    int show(Database& db, qint64 dealId, bool json) const;
    int transition(const QCommandLineParser& parser, Database& db, const QString& action, qint64 dealId) const;
};

} // namespace handoff
