#include "core/labscriptscan.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace ckx {

namespace {

struct Word
{
    QString text; ///< quotes removed
    int offset = 0;
};

// One command of a line: its words, up to the next | ; & ( ) < > or backquote.
using Command = QList<Word>;

// Splits a logical line into commands. Single quotes keep their content whole (jsonpath, inline scripts); double
// quotes are transparent, so "$(kubectl get ...)" still shows the kubectl command inside. A # that starts a word
// outside quotes ends the line.
QList<Command> splitCommands(const QString &line)
{
    QList<Command> commands(1);
    Word word;
    bool inWord = false;
    bool inSingle = false;
    bool inDouble = false;
    QList<bool> outerDouble; // quoting around each open "$(" substitution
    const auto endWord = [&] {
        if (inWord && !word.text.isEmpty() && word.text != u"$")
            commands.last().append(word);
        word = Word();
        inWord = false;
    };
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inSingle) {
            if (c == u'\'')
                inSingle = false;
            else
                word.text.append(c);
            continue;
        }
        if (!inWord && !inDouble && c == u'#')
            break;
        if (c == u'\'' && !inDouble) {
            if (!inWord) {
                inWord = true;
                word.offset = i;
            }
            inSingle = true;
            continue;
        }
        if (c == u'"') {
            if (!inWord) {
                inWord = true;
                word.offset = i;
            }
            inDouble = !inDouble;
            continue;
        }
        if (c == u'\\' && i + 1 < line.size()) {
            if (!inWord) {
                inWord = true;
                word.offset = i;
            }
            word.text.append(line.at(++i));
            continue;
        }
        if (c.isSpace() && !inDouble) {
            endWord();
            continue;
        }
        if (c == u'(' && inWord && word.text.endsWith(u'$')) {
            outerDouble.append(inDouble); // "$(...)": the substitution is a command line of its own
            inDouble = false;
        } else if (c == u')' && !outerDouble.isEmpty()) {
            endWord();
            inDouble = outerDouble.takeLast();
            inWord = inDouble; // back inside the quoted word
            word.offset = i;
        }
        if (QStringView(u"|;&()<>`").contains(c)) {
            endWord();
            if (!commands.last().isEmpty())
                commands.append(Command());
            continue;
        }
        if (!inWord) {
            inWord = true;
            word.offset = i;
        }
        word.text.append(c);
    }
    endWord();
    if (commands.last().isEmpty())
        commands.removeLast();
    return commands;
}

QString baseName(const QString &word)
{
    return word.section(u'/', -1);
}

// Where the command itself starts: after assignments, shell keywords and wrappers such as `timeout -k 5 60`.
qsizetype commandStart(const Command &cmd)
{
    static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*\\])?\\+?="));
    static const QSet<QString> prefixes = {QStringLiteral("if"),    QStringLiteral("then"),    QStringLiteral("elif"),
                                           QStringLiteral("else"),  QStringLiteral("do"),      QStringLiteral("while"),
                                           QStringLiteral("until"), QStringLiteral("!"),       QStringLiteral("time"),
                                           QStringLiteral("exec"),  QStringLiteral("command"), QStringLiteral("sudo"),
                                           QStringLiteral("env"),   QStringLiteral("{"),       QStringLiteral("}"),
                                           QStringLiteral("nice"),  QStringLiteral("xargs")};
    static const QRegularExpression timeoutArg(QStringLiteral("^(-[a-zA-Z-]+|[0-9.]+[smhd]?|[A-Z]+)$"));
    qsizetype i = 0;
    while (i < cmd.size()) {
        const QString &w = cmd.at(i).text;
        if (assignment.match(w).hasMatch() || prefixes.contains(w)) {
            ++i;
        } else if (baseName(w) == u"timeout") {
            ++i;
            while (i < cmd.size() && timeoutArg.match(cmd.at(i).text).hasMatch())
                ++i;
        } else {
            break;
        }
    }
    return i;
}

bool usableValue(const QString &v)
{
    return !v.isEmpty() && !v.contains(u'$') && !v.contains(QStringLiteral("{{")) && !v.startsWith(u'-');
}

// The parsed arguments of one CLI call: positional words, and the values of the flags we look at.
struct Call
{
    QList<Word> positional;
    QHash<QString, Word> values; ///< flag (as written, e.g. "--context") -> its value
    QSet<QString> flags;         ///< every flag name seen (without "=value")
    QList<Word> tags;            ///< every -t/--tag value (docker build)

    bool has(const QString &flag) const { return flags.contains(flag); }
    QString value(const QString &flag) const { return values.value(flag).text; }
};

// Reads `args` knowing which flags take a separate value; `-oX`/`-o=X` and `--flag=value` are understood too.
Call parseCall(const QList<Word> &args, const QSet<QString> &valueFlags, const QSet<QString> &booleanFlags = {})
{
    Call call;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const Word &w = args.at(i);
        if (!w.text.startsWith(u'-') || w.text == u"-") {
            call.positional.append(w);
            continue;
        }
        QString name = w.text;
        Word value{QString(), w.offset};
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            value.text = name.mid(eq + 1);
            value.offset = w.offset + int(eq) + 1;
            name = name.left(eq);
            hasValue = true;
        } else if (!name.startsWith(QStringLiteral("--")) && name.size() > 2 && valueFlags.contains(name.left(2))) {
            value.text = name.mid(2); // -ojsonpath=..., -nfoo
            value.offset = w.offset + 2;
            name = name.left(2);
            hasValue = true;
        } else if (valueFlags.contains(name) && !booleanFlags.contains(name) && i + 1 < args.size()) {
            value = args.at(++i);
            hasValue = true;
        }
        call.flags.insert(name);
        if (hasValue) {
            call.values.insert(name, value);
            if (name == u"-t" || name == u"--tag")
                call.tags.append(value);
        }
    }
    return call;
}

const QSet<QString> &textFilters()
{
    static const QSet<QString> s = {QStringLiteral("grep"), QStringLiteral("egrep"), QStringLiteral("fgrep"),
                                    QStringLiteral("awk"),  QStringLiteral("gawk"),  QStringLiteral("sed"),
                                    QStringLiteral("cut"),  QStringLiteral("wc"),    QStringLiteral("head"),
                                    QStringLiteral("tail"), QStringLiteral("sort"),  QStringLiteral("uniq"),
                                    QStringLiteral("tr"),   QStringLiteral("column")};
    return s;
}

QString outputFormat(const Call &call)
{
    QString fmt = call.has(QStringLiteral("--output")) ? call.value(QStringLiteral("--output"))
                                                       : call.value(QStringLiteral("-o"));
    return fmt.section(u'=', 0, 0).trimmed();
}

using Use = LabScriptScan::Use;
using Locate = std::function<Use(const Word &, const QString &)>;

void scanKubectl(LabScriptScan &scan, const Word &program, const QList<Word> &args, bool filtersText, const Locate &at)
{
    static const QSet<QString> valueFlags = {QStringLiteral("--context"),
                                             QStringLiteral("-n"),
                                             QStringLiteral("--namespace"),
                                             QStringLiteral("--kubeconfig"),
                                             QStringLiteral("--cluster"),
                                             QStringLiteral("--user"),
                                             QStringLiteral("-s"),
                                             QStringLiteral("--server"),
                                             QStringLiteral("--as"),
                                             QStringLiteral("-o"),
                                             QStringLiteral("--output"),
                                             QStringLiteral("--image"),
                                             QStringLiteral("-l"),
                                             QStringLiteral("--selector"),
                                             QStringLiteral("-f"),
                                             QStringLiteral("--filename"),
                                             QStringLiteral("-c"),
                                             QStringLiteral("--container"),
                                             QStringLiteral("--field-selector"),
                                             QStringLiteral("--type"),
                                             QStringLiteral("--from-literal"),
                                             QStringLiteral("--port"),
                                             QStringLiteral("--replicas"),
                                             QStringLiteral("--labels"),
                                             QStringLiteral("--timeout"),
                                             QStringLiteral("--for"),
                                             QStringLiteral("--request-timeout"),
                                             QStringLiteral("--sort-by"),
                                             QStringLiteral("--patch"),
                                             QStringLiteral("--target-port")};
    const Call call = parseCall(args, valueFlags);
    if (call.positional.isEmpty())
        return;
    const QString sub = call.positional.at(0).text;
    const QString second = call.positional.size() > 1 ? call.positional.at(1).text : QString();
    if (call.has(QStringLiteral("--context"))) {
        const Word &ctx = call.values.value(QStringLiteral("--context"));
        if (usableValue(ctx.text))
            scan.contexts.append(at(ctx, ctx.text));
    }
    if (sub == u"config") {
        if (second == u"use-context" && call.positional.size() > 2 && usableValue(call.positional.at(2).text))
            scan.contexts.append(at(call.positional.at(2), call.positional.at(2).text));
        return;
    }
    static const QSet<QString> local = {QStringLiteral("completion"), QStringLiteral("version"),
                                        QStringLiteral("plugin"),     QStringLiteral("options"),
                                        QStringLiteral("kustomize"),  QStringLiteral("help")};
    const bool clientOnly = local.contains(sub) || call.value(QStringLiteral("--dry-run")) == u"client" ||
                            call.has(QStringLiteral("--local"));
    if (!call.has(QStringLiteral("--context")) && !call.has(QStringLiteral("--kubeconfig")) && !clientOnly)
        scan.noContext.append(at(program, QStringLiteral("kubectl ") + sub));
    if (call.has(QStringLiteral("--image"))) {
        const Word &img = call.values.value(QStringLiteral("--image"));
        if (usableValue(img.text))
            scan.imagesUsed.append(at(img, img.text));
    }
    if (sub == u"set" && second == u"image") {
        for (qsizetype i = 3; i < call.positional.size(); ++i) {
            const Word &w = call.positional.at(i);
            const QString img = w.text.section(u'=', 1);
            if (w.text.contains(u'=') && usableValue(img))
                scan.imagesUsed.append(at(w, img));
        }
    }
    static const QSet<QString> reads = {QStringLiteral("get"), QStringLiteral("describe"), QStringLiteral("top"),
                                        QStringLiteral("events")};
    static const QSet<QString> machineFormats = {
        QStringLiteral("json"),           QStringLiteral("yaml"),
        QStringLiteral("name"),           QStringLiteral("jsonpath"),
        QStringLiteral("jsonpath-file"),  QStringLiteral("jsonpath-as-json"),
        QStringLiteral("go-template"),    QStringLiteral("go-template-file"),
        QStringLiteral("custom-columns"), QStringLiteral("custom-columns-file")};
    if (filtersText && reads.contains(sub) && !call.has(QStringLiteral("--raw")) &&
        (sub == u"describe" || !machineFormats.contains(outputFormat(call))))
        scan.tableReads.append(at(program, QStringLiteral("kubectl ") + sub));
}

void scanHelm(LabScriptScan &scan, const Word &program, const QList<Word> &args, bool filtersText, const Locate &at)
{
    static const QSet<QString> valueFlags = {QStringLiteral("--kube-context"),
                                             QStringLiteral("-n"),
                                             QStringLiteral("--namespace"),
                                             QStringLiteral("--kubeconfig"),
                                             QStringLiteral("-f"),
                                             QStringLiteral("--values"),
                                             QStringLiteral("--set"),
                                             QStringLiteral("--set-string"),
                                             QStringLiteral("--set-file"),
                                             QStringLiteral("--set-json"),
                                             QStringLiteral("--version"),
                                             QStringLiteral("--repo"),
                                             QStringLiteral("-o"),
                                             QStringLiteral("--output"),
                                             QStringLiteral("--post-renderer"),
                                             QStringLiteral("--post-renderer-args"),
                                             QStringLiteral("--timeout"),
                                             QStringLiteral("--description"),
                                             QStringLiteral("--revision"),
                                             QStringLiteral("--max"),
                                             QStringLiteral("--filter"),
                                             QStringLiteral("-d"),
                                             QStringLiteral("--destination"),
                                             QStringLiteral("--show-only"),
                                             QStringLiteral("-s"),
                                             QStringLiteral("--app-version")};
    const Call call = parseCall(args, valueFlags);
    if (call.positional.isEmpty())
        return;
    const QString sub = call.positional.at(0).text;
    if (call.has(QStringLiteral("--kube-context"))) {
        const Word &ctx = call.values.value(QStringLiteral("--kube-context"));
        if (usableValue(ctx.text))
            scan.contexts.append(at(ctx, ctx.text));
    }
    static const QSet<QString> clusterCommands = {
        QStringLiteral("install"), QStringLiteral("upgrade"), QStringLiteral("uninstall"), QStringLiteral("delete"),
        QStringLiteral("del"),     QStringLiteral("un"),      QStringLiteral("rollback"),  QStringLiteral("list"),
        QStringLiteral("ls"),      QStringLiteral("status"),  QStringLiteral("history"),   QStringLiteral("hist"),
        QStringLiteral("get"),     QStringLiteral("test")};
    if (clusterCommands.contains(sub) && !call.has(QStringLiteral("--kube-context")) &&
        !call.has(QStringLiteral("--kubeconfig")))
        scan.noContext.append(at(program, QStringLiteral("helm ") + sub));
    static const QSet<QString> tables = {QStringLiteral("list"), QStringLiteral("ls"), QStringLiteral("status"),
                                         QStringLiteral("history"), QStringLiteral("hist")};
    const QString fmt = outputFormat(call);
    if (filtersText && tables.contains(sub) && fmt != u"json" && fmt != u"yaml")
        scan.tableReads.append(at(program, QStringLiteral("helm ") + sub));
}

void scanDocker(LabScriptScan &scan, const QList<Word> &args, const Locate &at)
{
    static const QSet<QString> globalFlags = {
        QStringLiteral("-H"),        QStringLiteral("--host"), QStringLiteral("--config"),   QStringLiteral("-c"),
        QStringLiteral("--context"), QStringLiteral("-l"),     QStringLiteral("--log-level")};
    qsizetype i = 0;
    while (i < args.size() && args.at(i).text.startsWith(u'-'))
        i += (globalFlags.contains(args.at(i).text) ? 2 : 1);
    if (i >= args.size())
        return;
    QString sub = args.at(i).text;
    ++i;
    if ((sub == u"container" || sub == u"image") && i < args.size()) {
        sub = args.at(i).text;
        ++i;
    }
    const QList<Word> rest = args.mid(i);
    const auto use = [&](const Word &w) {
        if (usableValue(w.text))
            scan.imagesUsed.append(at(w, w.text));
    };
    const auto built = [&](const Word &w) {
        if (usableValue(w.text))
            scan.imagesBuilt.insert(LabScriptScan::normalizedImage(w.text));
    };
    if (sub == u"run" || sub == u"create") {
        // Every flag of docker run takes a value except these; the first word that is not a flag is the image.
        static const QRegularExpression shortBooleans(QStringLiteral("^-[ditP]+$"));
        static const QSet<QString> booleans = {QStringLiteral("--detach"),
                                               QStringLiteral("--interactive"),
                                               QStringLiteral("--tty"),
                                               QStringLiteral("--rm"),
                                               QStringLiteral("--read-only"),
                                               QStringLiteral("--privileged"),
                                               QStringLiteral("--init"),
                                               QStringLiteral("--publish-all"),
                                               QStringLiteral("--no-healthcheck"),
                                               QStringLiteral("--oom-kill-disable"),
                                               QStringLiteral("-q"),
                                               QStringLiteral("--quiet"),
                                               QStringLiteral("--sig-proxy")};
        for (qsizetype j = 0; j < rest.size(); ++j) {
            const QString &w = rest.at(j).text;
            if (!w.startsWith(u'-')) {
                use(rest.at(j));
                return;
            }
            if (!w.contains(u'=') && !booleans.contains(w) && !shortBooleans.match(w).hasMatch())
                ++j;
        }
    } else if (sub == u"pull") {
        const Call call = parseCall(rest, {});
        if (!call.positional.isEmpty())
            use(call.positional.at(0));
    } else if (sub == u"build") {
        static const QSet<QString> valueFlags = {QStringLiteral("-t"),          QStringLiteral("--tag"),
                                                 QStringLiteral("-f"),          QStringLiteral("--file"),
                                                 QStringLiteral("--build-arg"), QStringLiteral("--target"),
                                                 QStringLiteral("--label"),     QStringLiteral("--network")};
        for (const Word &tag : parseCall(rest, valueFlags).tags)
            built(tag);
    } else if (sub == u"tag") {
        const Call call = parseCall(rest, {});
        if (call.positional.size() >= 2) {
            use(call.positional.at(0));
            built(call.positional.at(1));
        }
    } else if (sub == u"commit") {
        static const QSet<QString> valueFlags = {QStringLiteral("-a"), QStringLiteral("--author"),
                                                 QStringLiteral("-m"), QStringLiteral("--message"),
                                                 QStringLiteral("-c"), QStringLiteral("--change")};
        const Call call = parseCall(rest, valueFlags);
        if (call.positional.size() >= 2)
            built(call.positional.at(1));
    }
}

} // namespace

LabScriptScan LabScriptScan::script(const QByteArray &content)
{
    LabScriptScan scan;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    static const QRegularExpression heredoc(QStringLiteral("(?<!<)<<-?\\s*(['\"]?)([A-Za-z_][A-Za-z0-9_]*)\\1"));
    QString logical;
    QList<std::pair<int, int>> starts; // offset in `logical` -> 1-based physical line
    QString heredocEnd;
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!heredocEnd.isEmpty()) {
            if (line.trimmed() == heredocEnd)
                heredocEnd.clear();
            else
                scan.scanYamlLine(line, n + 1);
            continue;
        }
        starts.append({int(logical.size()), n + 1});
        if (line.endsWith(u'\\') && n + 1 < lines.size()) {
            logical += line.left(line.size() - 1);
            continue;
        }
        logical += line;
        if (!logical.trimmed().startsWith(u'#')) {
            const auto m = heredoc.match(logical);
            if (m.hasMatch())
                heredocEnd = m.captured(2);
        }
        scan.scanCommandLine(logical, starts);
        logical.clear();
        starts.clear();
    }
    return scan;
}

LabScriptScan LabScriptScan::manifest(const QByteArray &content)
{
    LabScriptScan scan;
    const QStringList lines = QString::fromUtf8(content).split(u'\n');
    for (int n = 0; n < lines.size(); ++n)
        scan.scanYamlLine(lines.at(n), n + 1);
    return scan;
}

QString LabScriptScan::normalizedImage(const QString &reference)
{
    QString r = reference.trimmed();
    if (r.startsWith(QStringLiteral("docker.io/")))
        r.remove(0, 10);
    if (r.startsWith(QStringLiteral("library/")))
        r.remove(0, 8);
    if (!r.contains(u'@') && !r.section(u'/', -1).contains(u':'))
        r += QStringLiteral(":latest");
    return r;
}

void LabScriptScan::scanYamlLine(const QString &line, int lineNo)
{
    static const QRegularExpression image(QStringLiteral("^\\s*(?:-\\s+)?image:\\s*([^#\\s]+)"));
    const auto m = image.match(line);
    if (!m.hasMatch())
        return;
    QString value = m.captured(1);
    const int column = int(m.capturedStart(1)) + 1;
    value.remove(u'"');
    value.remove(u'\'');
    if (usableValue(value))
        imagesUsed.append({lineNo, column, value});
}

void LabScriptScan::scanCommandLine(const QString &line, const QList<std::pair<int, int>> &starts)
{
    const Locate at = [&starts](const Word &w, const QString &text) {
        auto s = starts.first();
        for (const auto &candidate : starts)
            if (candidate.first <= w.offset)
                s = candidate;
        return Use{s.second, w.offset - s.first + 1, text};
    };
    const QList<Command> commands = splitCommands(line);
    bool filtersText = false;
    for (const Command &cmd : commands) {
        const qsizetype start = commandStart(cmd);
        if (start < cmd.size() && textFilters().contains(baseName(cmd.at(start).text)))
            filtersText = true;
    }
    static const QRegularExpression alias(QStringLiteral("^[a-z0-9][a-z0-9-]*-(controlplane|node[0-9]{2,})$"));
    static const QString packScripts = QStringLiteral("/opt/ckx/lab/scripts/");
    for (const Command &cmd : commands) {
        for (const Word &w : cmd) {
            if (const qsizetype at_ = w.text.indexOf(packScripts); at_ >= 0) {
                QString rel = w.text.mid(at_ + packScripts.size()).section(u'$', 0, 0);
                while (rel.endsWith(u'/') || rel.endsWith(QStringLiteral("/.")))
                    rel.chop(rel.endsWith(u'/') ? 1 : 2);
                if (!rel.isEmpty() && rel != u".")
                    packFiles.append(at(Word{w.text, w.offset + int(at_)}, rel));
            }
            QString t = w.text.section(u'=', -1).section(u'@', -1).section(u':', 0, 0);
            if (alias.match(t).hasMatch())
                nodeAliases.append(at(w, t));
        }
        const qsizetype start = commandStart(cmd);
        if (start >= cmd.size())
            continue;
        const Word &program = cmd.at(start);
        const QString name = baseName(program.text);
        const QList<Word> args = cmd.mid(start + 1);
        if (name == u"kubectl")
            scanKubectl(*this, program, args, filtersText, at);
        else if (name == u"helm")
            scanHelm(*this, program, args, filtersText, at);
        else if (name == u"docker")
            scanDocker(*this, args, at);
        else if (name == u"crictl") {
            const Call call = parseCall(args, {});
            if (call.positional.size() > 1 && call.positional.at(0).text == u"pull" &&
                usableValue(call.positional.at(1).text))
                imagesUsed.append(at(call.positional.at(1), call.positional.at(1).text));
        }
    }
}

} // namespace ckx
