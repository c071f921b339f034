// ckxctl labs list|show|lint: the catalog and the lab-pack linter from the command line.
// The --json shapes are a documented interface (docs/cli.md): add fields, never rename or remove them.

#include "app/ckxctl/command.h"
#include "core/labcatalog.h"
#include "core/lablinter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ckx::cli {

namespace {

constexpr int JsonFormatVersion = 1;

const QString listUsage = QStringLiteral("ckxctl labs list [--json]");
const QString showUsage = QStringLiteral("ckxctl labs show ID [--json]");
const QString lintUsage = QStringLiteral("ckxctl labs lint [--json] [--warnings-ok] PATH...");

// Paths under the working directory are shown relative to it, the way a compiler names files.
QString displayPath(const QString &path)
{
    const QString rel = QDir::current().relativeFilePath(path);
    return rel.startsWith(QStringLiteral("..")) || QDir::isAbsolutePath(rel) ? path : rel;
}

QString display(const LabProblem &p)
{
    LabProblem shown = p;
    shown.file = displayPath(p.file);
    return shown.toString();
}

QJsonObject problemJson(const LabProblem &p)
{
    return QJsonObject{
        {QStringLiteral("severity"),
         p.severity == LabProblem::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning")},
        {QStringLiteral("file"), p.file},
        {QStringLiteral("path"), p.jsonPath},
        {QStringLiteral("line"), p.line},
        {QStringLiteral("column"), p.column},
        {QStringLiteral("message"), p.message},
    };
}

QJsonArray problemsJson(const QList<LabProblem> &problems)
{
    QJsonArray a;
    for (const auto &p : problems)
        a.append(problemJson(p));
    return a;
}

double maxScore(const LabPack &pack)
{
    double s = 0;
    for (const auto &q : pack.questions)
        s += q.maxScore();
    return s;
}

QJsonObject labSummaryJson(const LabPack &pack)
{
    const LabInfo &i = pack.info;
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("name"), i.name},
        {QStringLiteral("category"), i.category},
        {QStringLiteral("track"), i.track},
        {QStringLiteral("type"), i.type},
        {QStringLiteral("isFree"), i.isFree},
        {QStringLiteral("runtime"), i.runtime},
        {QStringLiteral("kubernetesVersion"), i.kubernetesVersion},
        {QStringLiteral("difficulty"), i.difficulty},
        {QStringLiteral("description"), i.description},
        {QStringLiteral("examDurationInMinutes"), i.examDurationMinutes},
        {QStringLiteral("warmUpTimeInSeconds"), i.warmUpSeconds},
        {QStringLiteral("questionCount"), int(pack.questions.size())},
        {QStringLiteral("checkCount"), pack.checkCount()},
        {QStringLiteral("totalMarks"), pack.totalMarks},
        {QStringLiteral("root"), pack.rootDir},
        {QStringLiteral("assetDir"), pack.assetDir},
    };
}

QJsonObject labDetailJson(const LabPack &pack)
{
    QJsonObject o = labSummaryJson(pack);
    o.insert(QStringLiteral("workerNodes"), pack.workerNodes);
    o.insert(QStringLiteral("lowScore"), pack.lowScore);
    o.insert(QStringLiteral("mediumScore"), pack.mediumScore);
    o.insert(QStringLiteral("highScore"), pack.highScore);
    o.insert(QStringLiteral("maxScore"), maxScore(pack));
    o.insert(QStringLiteral("answersFile"), pack.answersFile);
    QJsonArray images;
    for (const auto &img : pack.images)
        images.append(QJsonObject{{QStringLiteral("name"), img.name}, {QStringLiteral("build"), img.buildContext}});
    o.insert(QStringLiteral("images"), images);
    QJsonArray questions;
    for (const auto &q : pack.questions) {
        QJsonArray checks;
        for (const auto &c : q.checks)
            checks.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("description"), c.description},
                {QStringLiteral("scriptFile"), c.scriptFile},
                {QStringLiteral("expectedExitCode"), c.expectedExitCode()},
                {QStringLiteral("weight"), c.weight},
            });
        questions.append(QJsonObject{
            {QStringLiteral("id"), q.id},
            {QStringLiteral("namespace"), q.nameSpace},
            {QStringLiteral("machineHostname"), q.machineHostname},
            {QStringLiteral("question"), q.markdown},
            {QStringLiteral("concepts"), QJsonArray::fromStringList(q.concepts)},
            {QStringLiteral("hints"), QJsonArray::fromStringList(q.hints)},
            {QStringLiteral("solutionScriptFile"), q.solutionScriptFile},
            {QStringLiteral("maxScore"), q.maxScore()},
            {QStringLiteral("checks"), checks},
        });
    }
    o.insert(QStringLiteral("questions"), questions);
    return o;
}

void printJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

QString pad(const QString &s, qsizetype width)
{
    return s.leftJustified(width, u' ');
}

// Flags a command accepts; anything else starting with "-" is a usage error. Returns false on a usage error.
bool splitArgs(const QStringList &args, const QStringList &known, QStringList &flags, QStringList &positional,
               const QString &usage)
{
    for (const QString &a : args) {
        if (a == u"--help" || a == u"-h") {
            flags.append(QStringLiteral("--help"));
        } else if (a.startsWith(u'-') && a != u"-") {
            if (!known.contains(a)) {
                err(QStringLiteral("ckxctl: unknown option '%1'\nusage: %2").arg(a, usage));
                return false;
            }
            flags.append(a);
        } else {
            positional.append(a);
        }
    }
    return true;
}

void printCatalogProblems(const LabCatalog &catalog)
{
    if (catalog.problems().isEmpty())
        return;
    err(QStringLiteral("%1 problem(s) kept lab packs out of the catalog (run 'ckxctl labs lint' on the folder):")
            .arg(catalog.problems().size()));
    for (const auto &p : catalog.problems())
        err(QStringLiteral("  ") + display(p));
}

int runList(const QStringList &args)
{
    QStringList flags, positional;
    if (!splitArgs(args, {QStringLiteral("--json")}, flags, positional, listUsage))
        return Usage;
    if (flags.contains(QStringLiteral("--help"))) {
        out(QStringLiteral("usage: %1\nLists the labs of the catalog (bundled packs, then the data folder; "
                           "CKX_LABS_DIRS overrides).")
                .arg(listUsage));
        return Success;
    }
    if (!positional.isEmpty()) {
        err(QStringLiteral("ckxctl: unexpected argument '%1'\nusage: %2").arg(positional.first(), listUsage));
        return Usage;
    }
    const QStringList roots = LabCatalog::defaultRoots();
    const LabCatalog catalog = LabCatalog::load(roots);
    if (flags.contains(QStringLiteral("--json"))) {
        QJsonArray labs;
        for (const auto &pack : catalog.labs())
            labs.append(labSummaryJson(pack));
        printJson(QJsonObject{{QStringLiteral("version"), JsonFormatVersion},
                              {QStringLiteral("roots"), QJsonArray::fromStringList(roots)},
                              {QStringLiteral("labs"), labs},
                              {QStringLiteral("problems"), problemsJson(catalog.problems())}});
        return Success;
    }
    const QStringList header = {QStringLiteral("ID"),   QStringLiteral("TRACK"),     QStringLiteral("RUNTIME"),
                                QStringLiteral("TYPE"), QStringLiteral("ACCESS"),    QStringLiteral("DIFFICULTY"),
                                QStringLiteral("MIN"),  QStringLiteral("QUESTIONS"), QStringLiteral("NAME")};
    QList<QStringList> rows = {header};
    for (const auto &pack : catalog.labs()) {
        const LabInfo &i = pack.info;
        rows.append({i.id, i.track.isEmpty() ? QStringLiteral("-") : i.track, i.runtime, i.type,
                     i.isFree ? QStringLiteral("free") : QStringLiteral("pass"),
                     i.difficulty.isEmpty() ? QStringLiteral("-") : i.difficulty,
                     QString::number(i.examDurationMinutes), QString::number(pack.questions.size()), i.name});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const auto &r : rows)
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], r[c].size());
    QString text;
    for (const auto &r : rows) {
        QString line;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += c + 1 == r.size() ? r[c] : pad(r[c], widths[c] + 2);
        text += line + u'\n';
    }
    if (catalog.labs().isEmpty())
        text += QStringLiteral("(no labs found in: %1)\n").arg(roots.join(QStringLiteral(", ")));
    out(text);
    printCatalogProblems(catalog);
    return Success;
}

int runShow(const QStringList &args)
{
    QStringList flags, positional;
    if (!splitArgs(args, {QStringLiteral("--json")}, flags, positional, showUsage))
        return Usage;
    if (flags.contains(QStringLiteral("--help"))) {
        out(QStringLiteral("usage: %1\nShows a lab's questions, checks, weights and score thresholds.").arg(showUsage));
        return Success;
    }
    if (positional.size() != 1) {
        err(QStringLiteral("ckxctl: labs show takes exactly one lab id\nusage: %1").arg(showUsage));
        return Usage;
    }
    const LabCatalog catalog = LabCatalog::load(LabCatalog::defaultRoots());
    const LabPack *pack = catalog.find(positional.first());
    if (!pack) {
        QStringList ids;
        for (const auto &p : catalog.labs())
            ids.append(p.info.id);
        err(QStringLiteral("ckxctl: no lab with id '%1'; available: %2")
                .arg(positional.first(), ids.isEmpty() ? QStringLiteral("(none)") : ids.join(QStringLiteral(", "))));
        printCatalogProblems(catalog);
        return Failure;
    }
    if (flags.contains(QStringLiteral("--json"))) {
        QJsonObject o = labDetailJson(*pack);
        o.insert(QStringLiteral("version"), JsonFormatVersion);
        printJson(o);
        return Success;
    }
    const LabInfo &i = pack->info;
    QString t = QStringLiteral("%1  %2\n").arg(i.id, i.name);
    t += QStringLiteral("track %1 · runtime %2 · %3 · %4 · %5 · %6 min\n")
             .arg(i.track.isEmpty() ? QStringLiteral("-") : i.track, i.runtime, i.type,
                  i.isFree ? QStringLiteral("free") : QStringLiteral("needs a pass"),
                  i.difficulty.isEmpty() ? QStringLiteral("-") : i.difficulty)
             .arg(i.examDurationMinutes);
    if (!i.description.isEmpty())
        t += i.description + u'\n';
    t += QStringLiteral("folder %1\n").arg(displayPath(pack->assetDir));
    t += QStringLiteral("\n%1 questions, %2 checks, %3 points from checks; totalMarks %4, thresholds low %5 / medium "
                        "%6 / high %7\n")
             .arg(pack->questions.size())
             .arg(pack->checkCount())
             .arg(maxScore(*pack))
             .arg(pack->totalMarks)
             .arg(pack->lowScore)
             .arg(pack->mediumScore)
             .arg(pack->highScore);
    for (const auto &q : pack->questions) {
        QString first = q.markdown.section(u'\n', 0, 0).trimmed();
        if (first.size() > 90)
            first = first.left(87) + QStringLiteral("...");
        t += QStringLiteral("\nQ%1  [%2 pts]%3  %4\n")
                 .arg(q.id)
                 .arg(q.maxScore())
                 .arg(q.nameSpace.isEmpty() ? QString() : QStringLiteral(" ns=") + q.nameSpace, first);
        for (const auto &c : q.checks)
            t += QStringLiteral("    %1. [%2] %3  (%4, exit %5)\n")
                     .arg(c.id)
                     .arg(c.weight)
                     .arg(c.description, c.scriptFile)
                     .arg(c.expectedExitCode());
    }
    out(t);
    return Success;
}

int runLint(const QStringList &args)
{
    QStringList flags, positional;
    if (!splitArgs(args, {QStringLiteral("--json"), QStringLiteral("--warnings-ok")}, flags, positional, lintUsage))
        return Usage;
    if (flags.contains(QStringLiteral("--help"))) {
        out(QStringLiteral("usage: %1\nChecks lab packs before shipping. PATH is a lab root (folder with labs.json), a "
                           "labs.json, one pack's folder, or a folder of lab roots.\nExit 0: no findings (or only "
                           "warnings with --warnings-ok); 1: findings; 2: usage error.")
                .arg(lintUsage));
        return Success;
    }
    if (positional.isEmpty()) {
        err(QStringLiteral("ckxctl: labs lint needs at least one PATH\nusage: %1").arg(lintUsage));
        return Usage;
    }
    const QList<LabProblem> problems = LabLinter().lint(positional);
    const int errors = LabLinter::count(problems, LabProblem::Severity::Error);
    const int warnings = LabLinter::count(problems, LabProblem::Severity::Warning);
    const bool failed = errors > 0 || (warnings > 0 && !flags.contains(QStringLiteral("--warnings-ok")));
    if (flags.contains(QStringLiteral("--json"))) {
        printJson(QJsonObject{{QStringLiteral("version"), JsonFormatVersion},
                              {QStringLiteral("paths"), QJsonArray::fromStringList(positional)},
                              {QStringLiteral("errors"), errors},
                              {QStringLiteral("warnings"), warnings},
                              {QStringLiteral("findings"), problemsJson(problems)}});
        return failed ? Failure : Success;
    }
    QString text;
    for (const auto &p : problems)
        text += display(p) + u'\n';
    text += QStringLiteral("%1 error(s), %2 warning(s) in %3\n")
                .arg(errors)
                .arg(warnings)
                .arg(positional.join(QStringLiteral(" ")));
    out(text);
    return failed ? Failure : Success;
}

int runGroup(const QStringList &args)
{
    const QString usage = QStringLiteral("usage:\n  %1\n  %2\n  %3").arg(listUsage, showUsage, lintUsage);
    if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
        out(usage);
        return Success;
    }
    err(args.isEmpty() ? QStringLiteral("ckxctl: labs needs a sub-command\n") + usage
                       : QStringLiteral("ckxctl: unknown labs sub-command '%1'\n").arg(args.first()) + usage);
    return Usage;
}

const CommandRegistration registerList(Command{QStringLiteral("labs list"), listUsage,
                                               QStringLiteral("List the labs of the catalog."), runList});
const CommandRegistration registerShow(Command{QStringLiteral("labs show"), showUsage,
                                               QStringLiteral("Show a lab's questions, checks, weights and totals."),
                                               runShow});
const CommandRegistration registerLint(Command{QStringLiteral("labs lint"), lintUsage,
                                               QStringLiteral("Check lab packs for every problem worth fixing before "
                                                              "shipping."),
                                               runLint});
const CommandRegistration registerGroup(Command{QStringLiteral("labs"), QStringLiteral("ckxctl labs SUB-COMMAND"),
                                                QStringLiteral("Lab packs: list, show, lint."), runGroup});

} // namespace

} // namespace ckx::cli
