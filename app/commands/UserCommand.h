#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff user list|add|deactivate|activate|login: the team's people, for a lead who runs Handoff from scripts. Changes
// name the acting lead with --as EMAIL (on a team's server, the lead's own login is the lead); core refuses them for
// anyone else, exactly as the workstation would, and on a team's server so does the server.
class UserCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(UserCommand)

public:
    UserCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;

private:
    int list(Database& db, bool json) const;
    int add(const QCommandLineParser& parser, Database& db, const User& lead) const;
    int setActive(Database& db, const User& lead, const QString& email, bool active) const;
    int giveLogin(Database& db, const User& lead, const QString& email, const QString& login) const;
};

} // namespace handoff
