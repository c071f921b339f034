#include "app/ckxctl/command.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace ckx::cli {

QList<Command> &commandRegistry()
{
    static QList<Command> commands;
    return commands;
}

void out(const QString &text)
{
    QTextStream s(stdout);
    s << text;
    if (!text.endsWith(u'\n'))
        s << '\n';
}

void err(const QString &text)
{
    QTextStream s(stderr);
    s << text;
    if (!text.endsWith(u'\n'))
        s << '\n';
}

static QString help()
{
    QString h = QStringLiteral("ckxctl %1 - CKX Desktop command line\n\nUsage: ckxctl COMMAND [ARGS...]\n\nCommands:\n")
                    .arg(ckx::version());
    auto commands = commandRegistry();
    std::sort(commands.begin(), commands.end(), [](const Command &a, const Command &b) { return a.name < b.name; });
    for (const auto &c : commands)
        h += QStringLiteral("  %1\n      %2\n").arg(c.usage, c.summary);
    h += QStringLiteral("\nOptions:\n  --help       show this help\n  --version    show the version\n"
                        "\nExit codes: 0 success, 1 problems found or the operation failed, 2 usage error.\n");
    return h;
}

} // namespace ckx::cli

int main(int argc, char *argv[])
{
    using namespace ckx::cli;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ckx"));
    QCoreApplication::setOrganizationName(QStringLiteral("ckx"));
    QCoreApplication::setApplicationVersion(ckx::version());
    // A command's output is what it prints: the store's and catalogue's info lines ("upgraded to schema version 3")
    // are noise here. The runtime's stay, as the progress of a start that can take minutes; warnings always show.
    // QT_LOGGING_RULES overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("ckx.*.debug=false\nckx.core.*.info=false"));

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        out(help());
        return args.isEmpty() ? Usage : Success;
    }
    if (args.first() == u"--version") {
        out(QStringLiteral("ckxctl %1").arg(ckx::version()));
        return Success;
    }
    // Two-word sub-commands ("labs verify") win over their group ("labs").
    const auto &commands = commandRegistry();
    if (args.size() >= 2) {
        const QString two = args[0] + u' ' + args[1];
        for (const auto &c : commands)
            if (c.name == two)
                return c.run(args.mid(2));
    }
    for (const auto &c : commands)
        if (c.name == args.first())
            return c.run(args.mid(1));
    err(QStringLiteral("ckxctl: unknown command '%1'; see 'ckxctl --help'").arg(args.first()));
    return Usage;
}
