#pragma once

#include "commands/Command.h"

namespace handoff {

// handoff calendar [-o FILE.ics] [--user EMAIL] [--force]: open tasks and promise due dates as an iCalendar file.
class CalendarCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    CalendarCommand();

protected:
    void addOptions(QCommandLineParser& parser) override;
    int execute(const QCommandLineParser& parser) override;
};

} // namespace handoff
