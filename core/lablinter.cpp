#include "core/lablinter.h"

#include "core/labparameterlinter.h"
#include "core/labpackreader.h"
#include "core/labscriptscan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ckx {

namespace {

using Severity = LabProblem::Severity;

LabProblem finding(Severity severity, const QString &file, const QString &message, int line = 0, int column = 0)
{
    LabProblem p;
    p.severity = severity;
    p.file = file;
    p.line = line;
    p.column = column;
    p.message = message;
    return p;
}

LabProblem inJson(Severity severity, const LabJsonFile &file, const QString &jsonPath, const QString &message)
{
    LabProblem p = finding(severity, file.path(), message);
    p.jsonPath = jsonPath;
    std::tie(p.line, p.column) = file.position(jsonPath);
    return p;
}

bool isUnder(const QString &path, const QString &dir)
{
    return path.startsWith(dir + u'/');
}

class PackLinter
{
public:
    PackLinter(const LabPackReader::Root &root, const LabPackReader::Source &src, QList<LabProblem> &out)
        : m_root(root), m_src(src), m_pack(src.pack), m_out(out)
    {}

    void run()
    {
        m_out.append(m_src.warnings);
        lintLabEntry();
        if (!m_src.assetFound)
            return;
        if (m_src.config)
            lintConfig(*m_src.config);
        if (m_src.assessment)
            lintAssessment(*m_src.assessment);
        lintSetupFolder();
        lintLabParameters(m_pack, m_src.config.get(), m_src.assessment.get(), m_out);
        if (m_src.config && m_src.assessment) // the images and clusters it declares are unknown otherwise
            lintWhatScriptsUse();
    }

private:
    void lintLabEntry()
    {
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
        const QString &id = m_pack.info.id;
        if (!id.isEmpty() && !idPattern.match(id).hasMatch())
            m_out.append(inJson(Severity::Warning, *m_root.labs, m_src.labsPath + QStringLiteral(".id"),
                                QStringLiteral("\"%1\" has characters other than letters, digits, '.', '_' and '-'; "
                                               "expected an id usable in file and container names")
                                    .arg(id)));
        if (m_pack.info.track.isEmpty())
            m_out.append(inJson(Severity::Warning, *m_root.labs, m_src.labsPath,
                                QStringLiteral("no track and none can be derived from category \"%1\"; expected "
                                               "\"track\": CKAD, CKA, CKS, Docker or Helm")
                                    .arg(m_pack.info.category)));
    }

    void lintConfig(const LabJsonFile &config)
    {
        const QJsonObject obj = config.document().object();
        // Only compare thresholds the reader could read; a missing or mistyped one is already an error.
        const auto readable = [&obj](const char *key) {
            const QJsonValue v = obj.value(QString::fromLatin1(key));
            bool ok = v.isDouble();
            if (v.isString())
                v.toString().trimmed().toDouble(&ok);
            return ok;
        };
        const bool haveAll =
            readable("totalMarks") && readable("lowScore") && readable("mediumScore") && readable("highScore");
        if (haveAll) {
            const struct
            {
                const char *key;
                double value;
                const char *prevKey;
                double prev;
            } order[] = {
                {"lowScore", m_pack.lowScore, nullptr, 0},
                {"mediumScore", m_pack.mediumScore, "lowScore", m_pack.lowScore},
                {"highScore", m_pack.highScore, "mediumScore", m_pack.mediumScore},
                {"totalMarks", m_pack.totalMarks, "highScore", m_pack.highScore},
            };
            if (!(m_pack.totalMarks > 0)) {
                m_out.append(inJson(Severity::Error, config, QStringLiteral("totalMarks"),
                                    QStringLiteral("is %1; expected a positive number").arg(m_pack.totalMarks)));
            }
            for (const auto &o : order) {
                const QString key = QString::fromLatin1(o.key);
                if (o.value < 0)
                    m_out.append(
                        inJson(Severity::Error, config, key, QStringLiteral("is %1; expected 0 or more").arg(o.value)));
                else if (o.prevKey && o.value < o.prev)
                    m_out.append(inJson(Severity::Error, config, key,
                                        QStringLiteral("is %1, below %2 (%3); expected lowScore <= mediumScore <= "
                                                       "highScore <= totalMarks")
                                            .arg(o.value)
                                            .arg(QString::fromLatin1(o.prevKey))
                                            .arg(o.prev)));
            }
        }
        const QJsonValue answers = obj.value(QStringLiteral("answers"));
        if ((answers.isUndefined() || answers.isString()) && !QFileInfo(m_pack.answersFile).isFile()) {
            const bool named = obj.contains(QStringLiteral("answers"));
            m_out.append(
                inJson(Severity::Error, config, named ? QStringLiteral("answers") : QString(),
                       QStringLiteral("answers file %1 not found; expected the model answers (Markdown)%2")
                           .arg(named ? QStringLiteral("\"%1\"").arg(obj.value(QStringLiteral("answers")).toString())
                                      : QStringLiteral("answers.md"),
                                named ? QString() : QStringLiteral(" next to config.json"))));
        }
        for (qsizetype i = 0; i < m_pack.images.size(); ++i) {
            const LabImage &image = m_pack.images.at(i);
            if (image.buildContext.isEmpty())
                continue;
            const QString dir = QDir::cleanPath(m_pack.assetDir + u'/' + image.buildContext);
            if (!QFileInfo(dir + QStringLiteral("/Dockerfile")).isFile())
                m_out.append(inJson(Severity::Error, config, QStringLiteral("images[%1].build").arg(i),
                                    QStringLiteral("no Dockerfile in \"%1\"; expected a build folder of the pack "
                                                   "holding a Dockerfile")
                                        .arg(image.buildContext)));
        }
    }

    void lintAssessment(const LabJsonFile &assessment)
    {
        if (!assessment.document().object().value(QStringLiteral("questions")).isArray())
            return; // already an error from the reader
        if (m_pack.questions.isEmpty())
            m_out.append(inJson(Severity::Error, assessment, QStringLiteral("questions"),
                                QStringLiteral("no questions; expected at least one")));
        for (qsizetype i = 0; i < m_pack.questions.size(); ++i) {
            const Question &q = m_pack.questions.at(i);
            const QString qPath = QStringLiteral("questions[%1]").arg(i);
            if (q.checks.isEmpty() && assessment.document()
                                          .object()
                                          .value(QStringLiteral("questions"))[i][QStringLiteral("verification")]
                                          .isArray())
                m_out.append(inJson(Severity::Error, assessment, qPath + QStringLiteral(".verification"),
                                    QStringLiteral("question has no checks; expected at least one verification entry "
                                                   "(otherwise it can never be scored)")));
            if (q.markdown.trimmed().isEmpty() && assessment.document()
                                                      .object()
                                                      .value(QStringLiteral("questions"))[i][QStringLiteral("question")]
                                                      .isString())
                m_out.append(inJson(Severity::Warning, assessment, qPath + QStringLiteral(".question"),
                                    QStringLiteral("question text is empty; expected the task in Markdown")));
            for (qsizetype j = 0; j < q.checks.size(); ++j) {
                const ValidationCheck &c = q.checks.at(j);
                const QString cPath = qPath + QStringLiteral(".verification[%1]").arg(j);
                if (c.description.trimmed().isEmpty())
                    m_out.append(inJson(Severity::Warning, assessment, cPath + QStringLiteral(".description"),
                                        QStringLiteral("no description; expected a sentence the results page shows")));
                if (!c.scriptFile.isEmpty())
                    lintReferencedScript(assessment, cPath + QStringLiteral(".verificationScriptFile"),
                                         QStringLiteral("scripts/validation"), c.scriptFile,
                                         m_pack.validationScriptPath(c));
            }
            if (q.solutionScriptFile.isEmpty() && !q.checks.isEmpty())
                m_out.append(inJson(Severity::Warning, assessment, qPath,
                                    QStringLiteral("question has checks but no solutionScriptFile; expected a "
                                                   "reference answer in scripts/solution/ that makes every check "
                                                   "pass (ckxctl labs verify runs it)")));
            if (!q.solutionScriptFile.isEmpty())
                lintReferencedScript(assessment, qPath + QStringLiteral(".solutionScriptFile"),
                                     QStringLiteral("scripts/solution"), q.solutionScriptFile,
                                     m_pack.solutionScriptPath(q));
            const QString setup = m_pack.setupScriptPath(q);
            if (QFileInfo(setup).isFile())
                lintScriptFile(setup);
            lintQuestionContext(assessment, q, qPath);
        }
    }

    /// K8S-FORMAT.md: a question's context is one of the lab's clusters; with several clusters every question
    /// names one (the candidate could not tell otherwise which cluster the task is on).
    void lintQuestionContext(const LabJsonFile &assessment, const Question &q, const QString &qPath)
    {
        QStringList known;
        for (const LabCluster &c : m_pack.clusters)
            known << c.context;
        if (!q.context.isEmpty() && !m_pack.clusterByContext(q.context))
            m_out.append(inJson(Severity::Error, assessment, qPath + QStringLiteral(".context"),
                                QStringLiteral("context \"%1\" is not one of the lab's clusters; expected one of: %2%3")
                                    .arg(q.context, known.join(QStringLiteral(", ")),
                                         m_pack.clustersDeclared ? QString()
                                                                 : QStringLiteral(" (config.json declares no "
                                                                                  "\"clusters\")"))));
        else if (q.context.isEmpty() && m_pack.clusters.size() > 1)
            m_out.append(inJson(Severity::Error, assessment, qPath,
                                QStringLiteral("no \"context\"; the lab has %1 clusters, so every question names the "
                                               "one its task is on (one of: %2)")
                                    .arg(m_pack.clusters.size())
                                    .arg(known.join(QStringLiteral(", ")))));
    }

    void lintReferencedScript(const LabJsonFile &file, const QString &jsonPath, const QString &folder,
                              const QString &name, const QString &path)
    {
        const QString folderPath = QDir::cleanPath(m_pack.assetDir + u'/' + folder);
        if (QDir::isAbsolutePath(name) || !isUnder(path, folderPath)) {
            m_out.append(inJson(Severity::Error, file, jsonPath,
                                QStringLiteral("\"%1\" points outside %2/; expected a file name in %2/ (only that "
                                               "folder is copied into the exam environment)")
                                    .arg(name, folder)));
            return;
        }
        if (!QFileInfo(path).isFile()) {
            m_out.append(
                inJson(Severity::Error, file, jsonPath,
                       QStringLiteral("script %1/%2 does not exist; expected the file in the pack's %1/ folder")
                           .arg(folder, name)));
            return;
        }
        lintScriptFile(path);
    }

    void lintScriptFile(const QString &path)
    {
        if (m_scriptsSeen.contains(path))
            return; // one script may serve several checks: report its problems once
        m_scriptsSeen.insert(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_out.append(
                finding(Severity::Error, path, QStringLiteral("cannot read the script: %1").arg(f.errorString())));
            return;
        }
        const QByteArray head = f.read(1 << 20);
        if (head.trimmed().isEmpty()) {
            m_out.append(finding(Severity::Warning, path, QStringLiteral("script is empty; expected a bash script")));
            return;
        }
        if (!head.startsWith("#!"))
            m_out.append(finding(Severity::Warning, path,
                                 QStringLiteral("no shebang; expected a first line such as #!/bin/bash"), 1, 1));
        const qsizetype cr = head.indexOf("\r\n");
        if (cr >= 0) {
            const int line = int(head.left(cr).count('\n')) + 1;
            m_out.append(finding(Severity::Error, path,
                                 QStringLiteral("Windows (CRLF) line endings; bash would fail with \"$'\\r': command "
                                                "not found\"; expected Unix (LF) line endings"),
                                 line, 1));
        }
        if (!QFileInfo(path).isExecutable())
            m_out.append(finding(Severity::Warning, path,
                                 QStringLiteral("not executable; expected mode 0755 (chmod +x) so the script can also "
                                                "be run directly")));
    }

    void lintSetupFolder()
    {
        const QDir setup(m_pack.assetDir + QStringLiteral("/scripts/setup"));
        if (!setup.exists())
            return;
        QSet<QString> expected;
        for (const Question &q : m_pack.questions)
            expected.insert(QFileInfo(m_pack.setupScriptPath(q)).fileName());
        if (!m_src.assessment)
            return; // questions unknown: every file would look unused
        const auto files = setup.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &fi : files)
            if (fi.suffix() == u"sh" && !expected.contains(fi.fileName()))
                m_out.append(finding(Severity::Warning, fi.absoluteFilePath(),
                                     QStringLiteral("setup script matches no question and never runs; expected "
                                                    "q<ID>_setup.sh for a question id in the assessment")));
    }

    // The contexts and node aliases of the lab's clusters (the reader's model: the declared clusters, or the implicit
    // cluster1); Docker labs have none.
    void readClusters()
    {
        if (m_pack.info.runtime != u"kind")
            return;
        for (const LabCluster &c : m_pack.clusters) {
            ++m_clusterCount;
            m_contexts.insert(c.context);
            m_aliases.insert(c.name + QStringLiteral("-controlplane"));
            for (int w = 1; w <= std::clamp(c.workerNodes, 0, 99); ++w)
                m_aliases.insert(c.name + QStringLiteral("-node%1").arg(w, 2, 10, QChar(u'0')));
        }
    }

    static QString listOf(const QSet<QString> &set)
    {
        QStringList l(set.begin(), set.end());
        l.sort();
        return l.isEmpty() ? QStringLiteral("none") : l.join(QStringLiteral(", "));
    }

    void scriptFinding(Severity severity, const QString &path, const LabScriptScan::Use &use, const QString &message)
    {
        const QString key = QStringLiteral("%1:%2:%3:%4").arg(path).arg(use.line).arg(use.column).arg(message);
        if (m_scriptFindings.contains(key))
            return; // a script shared by several checks or questions: once
        m_scriptFindings.insert(key);
        m_out.append(finding(severity, path, message, use.line, use.column));
    }

    // Images, node aliases, contexts and table reads in every script of the pack and every manifest under
    // scripts/, checked against what the lab declares.
    void lintWhatScriptsUse()
    {
        readClusters();
        QHash<QString, LabScriptScan> scans;
        const auto scanOf = [&scans](const QString &path) -> const LabScriptScan & {
            auto it = scans.find(path);
            if (it == scans.end()) {
                QFile f(path);
                const QByteArray content = f.open(QIODevice::ReadOnly) ? f.read(1 << 20) : QByteArray();
                const bool yaml = path.endsWith(QStringLiteral(".yaml")) || path.endsWith(QStringLiteral(".yml"));
                it = scans.insert(path, yaml ? LabScriptScan::manifest(content) : LabScriptScan::script(content));
            }
            return *it;
        };
        const QString scriptsDir = m_pack.assetDir + QStringLiteral("/scripts");
        QStringList files;
        QDirIterator it(scriptsDir, {QStringLiteral("*.sh"), QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir::cleanPath(it.next()));
        files.sort();
        // Scripts that a question names but that live elsewhere are already errors; only files in scripts/ count.
        QSet<QString> declared;
        for (const LabImage &image : m_pack.images)
            declared.insert(LabScriptScan::normalizedImage(image.name));
        QSet<QString> built;
        for (const QString &f : std::as_const(files))
            built.unite(scanOf(f).imagesBuilt);
        const bool docker = m_pack.info.runtime == u"docker";
        for (const QString &f : std::as_const(files)) {
            const LabScriptScan &scan = scanOf(f);
            for (const auto &use : scan.imagesUsed) {
                const QString n = LabScriptScan::normalizedImage(use.text);
                if (!declared.contains(n) && !built.contains(n))
                    scriptFinding(Severity::Error, f, use,
                                  QStringLiteral("image \"%1\" is not declared; expected it in config.json \"images\" "
                                                 "(every image the lab uses is preloaded, nothing is pulled during "
                                                 "an exam)")
                                      .arg(use.text));
            }
            for (const auto &use : scan.nodeAliases)
                if (!m_aliases.contains(use.text))
                    scriptFinding(Severity::Error, f, use,
                                  docker ? QStringLiteral("node alias \"%1\" in a Docker lab; expected no node SSH "
                                                          "(Docker labs have no cluster)")
                                               .arg(use.text)
                                         : QStringLiteral("node alias \"%1\" is not a node of this lab; expected one "
                                                          "of: %2 (from config.json clusters and workerNodes)")
                                               .arg(use.text, listOf(m_aliases)));
            for (const auto &use : scan.packFiles)
                if (!QFileInfo::exists(scriptsDir + u'/' + use.text))
                    scriptFinding(Severity::Error, f, use,
                                  QStringLiteral("/opt/ckx/lab/scripts/%1 is not in the pack; expected scripts/%1 (the "
                                                 "pack's scripts/ folder is what the exam copies there)")
                                      .arg(use.text));
            for (const auto &use : scan.contexts)
                if (!m_contexts.contains(use.text))
                    scriptFinding(Severity::Error, f, use,
                                  QStringLiteral("context \"%1\" is not a cluster context of this lab; expected one "
                                                 "of: %2")
                                      .arg(use.text, listOf(m_contexts)));
        }
        for (qsizetype i = 0; i < m_pack.questions.size(); ++i) {
            const Question &q = m_pack.questions.at(i);
            const QString &context = q.context; // an undeclared or missing one is reported by lintQuestionContext
            QStringList own{QDir::cleanPath(m_pack.setupScriptPath(q))};
            for (const ValidationCheck &c : q.checks) {
                const QString path = QDir::cleanPath(m_pack.validationScriptPath(c));
                own.append(path);
                if (files.contains(path))
                    for (const auto &use : scanOf(path).tableReads)
                        scriptFinding(Severity::Warning, path, use,
                                      QStringLiteral("check reads the table `%1` prints and filters it as text; "
                                                     "expected -o jsonpath=..., -o json or -o name (tables change "
                                                     "between versions and match more than meant)")
                                          .arg(use.text));
            }
            if (!q.solutionScriptFile.isEmpty())
                own.append(QDir::cleanPath(m_pack.solutionScriptPath(q)));
            if (context.isEmpty() || !m_contexts.contains(context))
                continue; // an undeclared context is reported above, once
            for (const QString &path : std::as_const(own)) {
                if (!files.contains(path))
                    continue;
                for (const auto &use : scanOf(path).noContext)
                    scriptFinding(Severity::Warning, path, use,
                                  QStringLiteral("`%1` without a context in a script of question %2 (context \"%3\"); "
                                                 "expected %4 %3 (the candidate may have switched the current "
                                                 "context)")
                                      .arg(use.text, q.id, context,
                                           use.text.startsWith(QStringLiteral("helm"))
                                               ? QStringLiteral("--kube-context")
                                               : QStringLiteral("--context")));
            }
        }
    }

    const LabPackReader::Root &m_root;
    const LabPackReader::Source &m_src;
    const LabPack &m_pack;
    QList<LabProblem> &m_out;
    QSet<QString> m_scriptsSeen;
    QSet<QString> m_scriptFindings;
    QSet<QString> m_contexts; ///< kubeconfig contexts of the lab's clusters
    QSet<QString> m_aliases;  ///< node aliases: <cluster>-controlplane, <cluster>-node01, ...
    int m_clusterCount = 0;
};

// Lints one root; when `onlyAssetDir` is set, only the pack in that folder (and labs.json findings about it).
void lintRoot(const QString &rootDir, const QString &onlyAssetDir, QList<LabProblem> &out)
{
    QList<LabProblem> readerErrors;
    const LabPackReader::Root root = LabPackReader::readRoot(rootDir, readerErrors);
    QList<LabProblem> found;
    bool matched = onlyAssetDir.isEmpty();
    for (const auto &src : root.sources) {
        if (!onlyAssetDir.isEmpty() && src.pack.assetDir != onlyAssetDir)
            continue;
        matched = true;
        PackLinter(root, src, found).run();
        if (!onlyAssetDir.isEmpty()) {
            for (const LabProblem &p : std::as_const(readerErrors))
                if (isUnder(p.file, src.pack.assetDir) ||
                    (p.file == root.labsFile &&
                     (p.jsonPath == src.labsPath || p.jsonPath.startsWith(src.labsPath + u'.'))))
                    found.append(p);
        }
    }
    if (onlyAssetDir.isEmpty()) {
        found.append(root.warnings);
        found.append(readerErrors);
    } else if (!matched) {
        found.append(readerErrors.isEmpty()
                         ? finding(Severity::Error, onlyAssetDir,
                                   QStringLiteral("%1 lists no lab in this folder; expected an entry whose assetPath "
                                                  "points here")
                                       .arg(root.labsFile))
                         : readerErrors.first());
    }
    out.append(found);
}

} // namespace

QList<LabProblem> LabLinter::lint(const QStringList &paths) const
{
    QList<LabProblem> out;
    for (const QString &arg : paths) {
        const QFileInfo fi(arg);
        const QString path = QDir::cleanPath(fi.absoluteFilePath());
        if (fi.isFile() && fi.fileName() == u"labs.json") {
            lintRoot(fi.absolutePath(), QString(), out);
        } else if (fi.isDir() && QFileInfo(path + QStringLiteral("/labs.json")).isFile()) {
            lintRoot(path, QString(), out);
        } else if (fi.isDir() && QFileInfo(path + QStringLiteral("/config.json")).isFile()) {
            // One pack's folder: find the labs.json that lists it.
            QDir up(path);
            bool found = false;
            while (up.cdUp()) {
                if (QFileInfo(up.absoluteFilePath(QStringLiteral("labs.json"))).isFile()) {
                    lintRoot(up.absolutePath(), path, out);
                    found = true;
                    break;
                }
            }
            if (!found)
                out.append(finding(Severity::Error, path,
                                   QStringLiteral("no labs.json in this folder or above it; expected the pack to be "
                                                  "listed in a labs.json")));
        } else if (fi.isDir()) {
            const QStringList roots = LabPackReader::findRoots(path);
            for (const QString &root : roots)
                lintRoot(root, QString(), out);
            if (roots.isEmpty())
                out.append(finding(Severity::Error, path,
                                   QStringLiteral("no labs.json here or in the folders below; expected a lab root (a "
                                                  "folder holding labs.json), a labs.json file or a pack folder")));
        } else {
            out.append(finding(Severity::Error, path,
                               fi.exists() ? QStringLiteral("not a lab folder or labs.json; expected a lab root")
                                           : QStringLiteral("no such file or folder")));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const LabProblem &a, const LabProblem &b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
    return out;
}

int LabLinter::count(const QList<LabProblem> &problems, LabProblem::Severity severity)
{
    return int(std::count_if(problems.begin(), problems.end(),
                             [severity](const LabProblem &p) { return p.severity == severity; }));
}

} // namespace ckx
