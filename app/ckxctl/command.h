#pragma once
// ckxctl's commands register themselves (one file per command group), so adding a command never edits main().

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ckx::cli {

/// Exit codes shared by every command: 0 success, 1 the command ran and found problems / failed, 2 usage.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

struct Command
{
    QString name;    ///< "labs", or a sub-command such as "labs verify" (matched before "labs")
    QString usage;   ///< one line, shown by --help
    QString summary; ///< one sentence
    std::function<int(const QStringList &args)> run; ///< args after the command name
};

QList<Command> &commandRegistry();

struct CommandRegistration
{
    explicit CommandRegistration(Command c) { commandRegistry().append(std::move(c)); }
};

/// Writes to stdout / stderr (UTF-8), for commands.
void out(const QString &text);
void err(const QString &text);

} // namespace ckx::cli
