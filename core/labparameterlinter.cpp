#include "core/labparameterlinter.h"

#include "core/labjsonfile.h"
#include "core/labparameters.h"

#include <QDirIterator>
#include <QFile>
#include <QSet>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

LabProblem problem(LabProblem::Severity severity, const QString &file, int line, const QString &message)
{
    LabProblem p;
    p.severity = severity;
    p.file = file;
    p.line = line;
    p.message = message;
    return p;
}

LabProblem inJson(LabProblem::Severity severity, const LabJsonFile &file, const QString &path, const QString &message)
{
    LabProblem p = problem(severity, file.path(), 0, message);
    p.jsonPath = path;
    std::tie(p.line, p.column) = file.position(path);
    return p;
}

QString undeclared(const QString &name)
{
    return u"{{%1}} is not a declared parameter; declare it in config.json \"parameters\" or write the text "
           "without braces"_s.arg(name);
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

void lintLabParameters(const LabPack &pack, const LabJsonFile *config, const LabJsonFile *assessment,
                       QList<LabProblem> &out)
{
    QStringList declared;
    for (const LabParameter &p : pack.parameters)
        declared << p.name;
    QSet<QString> shown;   // written as {{NAME}} in Markdown the candidate reads
    QSet<QString> scripted; // read as $NAME by a script

    // Markdown of the assessment: question text, hints, check descriptions.
    const auto markdown = [&](const QString &text, const QString &path) {
        for (const QString &name : labparameters::placeholders(text)) {
            if (declared.contains(name))
                shown.insert(name);
            else if (assessment)
                out.append(inJson(LabProblem::Severity::Error, *assessment, path, undeclared(name)));
        }
    };
    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        const Question &q = pack.questions.at(i);
        const QString at = u"questions[%1]"_s.arg(i);
        markdown(q.markdown, at + u".question"_s);
        for (qsizetype h = 0; h < q.hints.size(); ++h)
            markdown(q.hints.at(h), at + u".hints[%1]"_s.arg(h));
        for (qsizetype c = 0; c < q.checks.size(); ++c)
            markdown(q.checks.at(c).description, at + u".verification[%1].description"_s.arg(c));
    }
    // answers.md, line by line so a finding points at its line.
    const QStringList answerLines = readText(pack.answersFile).split(u'\n');
    for (qsizetype l = 0; l < answerLines.size(); ++l)
        for (const QString &name : labparameters::placeholders(answerLines.at(l))) {
            if (declared.contains(name))
                shown.insert(name);
            else
                out.append(problem(LabProblem::Severity::Error, pack.answersFile, int(l + 1), undeclared(name)));
        }
    // Scripts: $NAME is how they read a parameter; {{NAME}} stays literal there.
    QDirIterator it(pack.assetDir + u"/scripts"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString text = readText(path);
        scripted.unite(labparameters::scriptReferences(text, declared));
        const QStringList lines = text.split(u'\n');
        for (qsizetype l = 0; l < lines.size(); ++l)
            for (const QString &name : labparameters::placeholders(lines.at(l)))
                out.append(problem(LabProblem::Severity::Error, path, int(l + 1),
                                   u"{{%1}} is not replaced in scripts; a script reads a parameter as \"$%1\" (an "
                                   "environment variable)"_s.arg(name)));
    }
    for (const QString &name : declared) {
        const QString path = u"parameters."_s + name;
        if (!shown.contains(name) && !scripted.contains(name)) {
            if (config)
                out.append(inJson(LabProblem::Severity::Warning, *config, path,
                                  u"%1 is declared but never used; expected {{%1}} in the question text or answers and "
                                  "$%1 in its scripts, or remove the declaration"_s.arg(name)));
        } else if (!shown.contains(name)) {
            if (config)
                out.append(inJson(LabProblem::Severity::Warning, *config, path,
                                  u"scripts read $%1 but no question, hint or answer shows {{%1}}; the candidate "
                                  "cannot know the drawn value"_s.arg(name)));
        }
    }
}

} // namespace ckx
