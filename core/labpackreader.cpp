#include "core/labpackreader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ckx {

namespace {

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(v.toDouble());
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(37) + QStringLiteral("...");
        return QStringLiteral("the string \"%1\"").arg(s);
    }
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Reads typed fields of one JSON object and turns every mismatch into a finding that names the file, the JSON
// path and what was expected. Accessors return nullopt when the field is absent or wrong (after reporting).
class Fields
{
public:
    Fields(const LabJsonFile &file, QJsonObject obj, QString path, QList<LabProblem> &errors,
           QList<LabProblem> &warnings)
        : m_file(file), m_obj(std::move(obj)), m_path(std::move(path)), m_errors(errors), m_warnings(warnings)
    {}

    QString pathOf(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    const QJsonObject &object() const { return m_obj; }

    void error(const QString &jsonPath, const QString &message) { m_errors.append(make(jsonPath, message, true)); }
    void warning(const QString &jsonPath, const QString &message) { m_warnings.append(make(jsonPath, message, false)); }

    std::optional<QString> string(const QString &key, bool required, const QString &what)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(key, QStringLiteral("a string (%1)").arg(what));
            return std::nullopt;
        }
        if (!v.isString()) {
            wrong(key, QStringLiteral("a string (%1)").arg(what), v);
            return std::nullopt;
        }
        return v.toString();
    }

    /// A string that must say something: a file or folder name.
    std::optional<QString> name(const QString &key, const QString &what)
    {
        auto s = string(key, true, what);
        if (s && s->trimmed().isEmpty()) {
            error(pathOf(key), QStringLiteral("is empty; expected %1").arg(what));
            return std::nullopt;
        }
        return s;
    }

    /// A number; CK-X writes some numbers as strings ("weightage": "1"), which load with a warning.
    std::optional<double> number(const QString &key, bool required, const QString &what)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(key, QStringLiteral("a number (%1)").arg(what));
            return std::nullopt;
        }
        if (v.isDouble())
            return v.toDouble();
        if (v.isString()) {
            bool ok = false;
            const double d = v.toString().trimmed().toDouble(&ok);
            if (ok && std::isfinite(d)) {
                warning(pathOf(key),
                        QStringLiteral("is %1; expected a JSON number without quotes (%2)").arg(describe(v), what));
                return d;
            }
        }
        wrong(key, QStringLiteral("a number (%1)").arg(what), v);
        return std::nullopt;
    }

    std::optional<int> integer(const QString &key, bool required, const QString &what, int min)
    {
        const auto d = number(key, required, what);
        if (!d)
            return std::nullopt;
        if (*d != std::floor(*d) || *d < min || *d > 1e9) {
            error(pathOf(key), QStringLiteral("found %1; expected a whole number >= %2 (%3)")
                                   .arg(describe(m_obj.value(key)))
                                   .arg(min)
                                   .arg(what));
            return std::nullopt;
        }
        return static_cast<int>(*d);
    }

    std::optional<bool> boolean(const QString &key, const QString &what)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isBool()) {
            wrong(key, QStringLiteral("true or false (%1)").arg(what), v);
            return std::nullopt;
        }
        return v.toBool();
    }

    std::optional<QString> oneOf(const QString &key, const QStringList &allowed, const QString &what)
    {
        const auto s = string(key, false, what);
        if (!s)
            return std::nullopt;
        if (!allowed.contains(*s)) {
            error(pathOf(key), QStringLiteral("found \"%1\"; expected one of: %2 (%3)")
                                   .arg(*s, allowed.join(QStringLiteral(", ")), what));
            return std::nullopt;
        }
        return s;
    }

    QStringList stringList(const QString &key, const QString &what)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrong(key, QStringLiteral("an array of strings (%1)").arg(what), v);
            return {};
        }
        QStringList out;
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                error(pathOf(key) + QStringLiteral("[%1]").arg(i),
                      QStringLiteral("found %1; expected a string (%2)").arg(describe(a.at(i)), what));
                continue;
            }
            out.append(a.at(i).toString());
        }
        return out;
    }

    /// An id: a non-empty string, or a whole number (CK-X uses "1"; numbers are accepted and kept as text).
    std::optional<QString> identifier(const QString &key, const QString &what)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined()) {
            missing(key, QStringLiteral("a string (%1)").arg(what));
            return std::nullopt;
        }
        if (v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 1e15)
            return QString::number(static_cast<qint64>(v.toDouble()));
        if (!v.isString()) {
            wrong(key, QStringLiteral("a string (%1)").arg(what), v);
            return std::nullopt;
        }
        if (v.toString().trimmed().isEmpty()) {
            error(pathOf(key), QStringLiteral("is empty; expected %1").arg(what));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<QJsonArray> array(const QString &key, bool required, const QString &what)
    {
        const QJsonValue v = m_obj.value(key);
        if (v.isUndefined()) {
            if (required)
                missing(key, QStringLiteral("an array (%1)").arg(what));
            return std::nullopt;
        }
        if (!v.isArray()) {
            wrong(key, QStringLiteral("an array (%1)").arg(what), v);
            return std::nullopt;
        }
        return v.toArray();
    }

    /// Every field not in `known`, kept so nothing an author (or CK-X) wrote is lost.
    QJsonObject extra(const QStringList &known) const
    {
        QJsonObject out;
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it)
            if (!known.contains(it.key()))
                out.insert(it.key(), it.value());
        return out;
    }

private:
    LabProblem make(const QString &jsonPath, const QString &message, bool isError) const
    {
        LabProblem p;
        p.severity = isError ? LabProblem::Severity::Error : LabProblem::Severity::Warning;
        p.file = m_file.path();
        p.jsonPath = jsonPath;
        std::tie(p.line, p.column) = m_file.position(jsonPath);
        p.message = message;
        return p;
    }
    void missing(const QString &key, const QString &expected)
    {
        error(pathOf(key), QStringLiteral("required field is missing; expected %1").arg(expected));
    }
    void wrong(const QString &key, const QString &expected, const QJsonValue &found)
    {
        error(pathOf(key), QStringLiteral("found %1; expected %2").arg(describe(found), expected));
    }

    const LabJsonFile &m_file;
    QJsonObject m_obj;
    QString m_path;
    QList<LabProblem> &m_errors;
    QList<LabProblem> &m_warnings;
};

LabProblem documentError(const LabJsonFile &file, const QString &path, const QString &message)
{
    LabProblem p;
    p.file = file.path();
    p.jsonPath = path;
    std::tie(p.line, p.column) = file.position(path);
    p.message = message;
    return p;
}

void readLabInfo(Fields &f, LabInfo &info)
{
    info.id = f.identifier(QStringLiteral("id"), QStringLiteral("the lab's unique id, e.g. \"ckad-001\""))
                  .value_or(QString());
    info.assetPath = f.name(QStringLiteral("assetPath"), QStringLiteral("the pack's folder, relative to labs.json"))
                         .value_or(QString());
    info.name = f.string(QStringLiteral("name"), true, QStringLiteral("the lab's display name")).value_or(QString());
    info.category = f.string(QStringLiteral("category"), false, QStringLiteral("e.g. \"CKAD\"")).value_or(QString());
    info.description =
        f.string(QStringLiteral("description"), false, QStringLiteral("a short summary")).value_or(QString());
    info.difficulty =
        f.string(QStringLiteral("difficulty"), false, QStringLiteral("e.g. \"Medium\"")).value_or(QString());
    info.examDurationMinutes =
        f.integer(QStringLiteral("examDurationInMinutes"), true, QStringLiteral("the exam's length in minutes"), 1)
            .value_or(0);
    info.warmUpSeconds = f.integer(QStringLiteral("warmUpTimeInSeconds"), false,
                                   QStringLiteral("expected environment start time in seconds"), 0)
                             .value_or(0);
    info.type = f.oneOf(QStringLiteral("type"), {QStringLiteral("mock"), QStringLiteral("full")},
                        QStringLiteral("whether the lab is a free mock or a full exam"))
                    .value_or(info.type);
    info.isFree = f.boolean(QStringLiteral("isFree"), QStringLiteral("whether the lab needs an access pass"))
                      .value_or(info.type == u"mock");
    info.kubernetesVersion =
        f.string(QStringLiteral("kubernetesVersion"), false, QStringLiteral("e.g. \"1.30\"")).value_or(QString());

    const auto track = f.string(QStringLiteral("track"), false, QStringLiteral("CKAD, CKA, CKS, Docker or Helm"));
    if (track) {
        info.track = LabPackReader::canonicalTrack(*track);
        if (info.track.isEmpty()) {
            info.track = *track;
            f.warning(f.pathOf(QStringLiteral("track")),
                      QStringLiteral("unknown track \"%1\"; expected CKAD, CKA, CKS, Docker or Helm").arg(*track));
        }
    } else {
        // CK-X has no track: derive it from the category, or from the id's prefix ("docker-001" is in "Other").
        info.track = LabPackReader::canonicalTrack(info.category);
        if (info.track.isEmpty())
            info.track = LabPackReader::canonicalTrack(info.id.section(u'-', 0, 0));
    }
    const auto runtime = f.oneOf(QStringLiteral("runtime"), {QStringLiteral("kind"), QStringLiteral("docker")},
                                 QStringLiteral("the environment the lab runs in"));
    if (runtime)
        info.runtime = *runtime;
    else if (f.object().value(QStringLiteral("runtime")).isString())
        info.runtime = f.object().value(QStringLiteral("runtime")).toString(); // rejected above; kept for messages
    else if (!f.object().contains(QStringLiteral("runtime")) && info.track == u"Docker")
        info.runtime = QStringLiteral("docker"); // a Docker lab needs an engine, not a cluster

    info.extra =
        f.extra({QStringLiteral("id"), QStringLiteral("assetPath"), QStringLiteral("name"), QStringLiteral("category"),
                 QStringLiteral("description"), QStringLiteral("difficulty"), QStringLiteral("examDurationInMinutes"),
                 QStringLiteral("warmUpTimeInSeconds"), QStringLiteral("type"), QStringLiteral("isFree"),
                 QStringLiteral("track"), QStringLiteral("runtime"), QStringLiteral("kubernetesVersion")});
}

/// config.json "clusters" (K8S-FORMAT.md): several kind clusters, each with a context. Absent: the implicit
/// "cluster1" with the top-level workerNodes, exactly as before.
void readClusters(const LabJsonFile &file, Fields &f, LabPack &pack, QList<LabProblem> &errors,
                  QList<LabProblem> &warnings)
{
    pack.clusters.clear();
    const auto clusters = f.array(QStringLiteral("clusters"), false, QStringLiteral("the lab's Kubernetes clusters"));
    pack.clustersDeclared = clusters.has_value();
    if (!clusters) {
        pack.clusters.append(LabCluster{QStringLiteral("cluster1"), QStringLiteral("cluster1"), pack.workerNodes});
        return;
    }
    static const QRegularExpression namePattern(QStringLiteral("^[a-z0-9]([a-z0-9-]*[a-z0-9])?$"));
    QSet<QString> names, contexts;
    for (qsizetype i = 0; i < clusters->size(); ++i) {
        const QString path = QStringLiteral("clusters[%1]").arg(i);
        if (!clusters->at(i).isObject()) {
            f.error(path, QStringLiteral("found %1; expected an object {\"name\", \"context\", \"workerNodes\"}")
                              .arg(describe(clusters->at(i))));
            continue;
        }
        Fields cf(file, clusters->at(i).toObject(), path, errors, warnings);
        LabCluster c;
        c.name = cf.name(QStringLiteral("name"), QStringLiteral("the cluster's name, e.g. \"cluster1\"")).value_or(QString());
        if (!c.name.isEmpty() && (!namePattern.match(c.name).hasMatch() || c.name.size() > 30)) {
            cf.error(cf.pathOf(QStringLiteral("name")),
                     QStringLiteral("\"%1\" is not a usable cluster name; expected lowercase letters, digits and '-' "
                                    "(at most 30; node aliases such as %1-controlplane start with it)")
                         .arg(c.name));
            c.name.clear();
        }
        if (!c.name.isEmpty() && names.contains(c.name))
            cf.error(cf.pathOf(QStringLiteral("name")),
                     QStringLiteral("duplicate cluster name \"%1\"; expected names unique within the lab").arg(c.name));
        names.insert(c.name);
        // CK-X packs declare {"name", "workerNodes"} without a context: the context is then the cluster's name.
        c.context = cf.string(QStringLiteral("context"), false, QStringLiteral("the cluster's kubeconfig context name"))
                        .value_or(c.name);
        if (c.context.trimmed().isEmpty() && cf.string(QStringLiteral("context"), false, QString()).has_value()) {
            cf.error(cf.pathOf(QStringLiteral("context")), QStringLiteral("is empty; expected the cluster's kubeconfig context name"));
            c.context.clear();
        }
        if (!c.context.isEmpty() && contexts.contains(c.context))
            cf.error(cf.pathOf(QStringLiteral("context")),
                     QStringLiteral("duplicate context \"%1\"; expected contexts unique within the lab").arg(c.context));
        contexts.insert(c.context);
        c.workerNodes = cf.integer(QStringLiteral("workerNodes"), false,
                                   QStringLiteral("kind worker nodes besides the control plane"), 0)
                            .value_or(1);
        if (!c.name.isEmpty() && !c.context.isEmpty())
            pack.clusters.append(c);
    }
    if (clusters->isEmpty())
        f.error(QStringLiteral("clusters"), QStringLiteral("is empty; expected at least one cluster (or no \"clusters\" "
                                                           "for the single cluster \"cluster1\")"));
}

void readConfig(const LabJsonFile &file, LabPack &pack, QString &assessmentName, QList<LabProblem> &errors,
                QList<LabProblem> &warnings)
{
    if (!file.document().isObject()) {
        errors.append(
            documentError(file, QString(), QStringLiteral("expected a JSON object {\"lab\", \"totalMarks\", ...}")));
        return;
    }
    Fields f(file, file.document().object(), QString(), errors, warnings);
    const auto lab = f.string(QStringLiteral("lab"), false, QStringLiteral("the lab's id"));
    if (lab && *lab != pack.info.id)
        f.warning(QStringLiteral("lab"), QStringLiteral("is \"%1\" but labs.json lists this folder as \"%2\"; expected "
                                                        "the same id")
                                             .arg(*lab, pack.info.id));
    pack.workerNodes = f.integer(QStringLiteral("workerNodes"), false,
                                 QStringLiteral("kind worker nodes besides the control plane"), 0)
                           .value_or(1);
    const QString answers = f.string(QStringLiteral("answers"), false, QStringLiteral("path of the answers file"))
                                .value_or(QStringLiteral("answers.md"));
    assessmentName = f.string(QStringLiteral("questions"), false, QStringLiteral("file name of the assessment"))
                         .value_or(QStringLiteral("assessment.json"));
    pack.totalMarks = f.number(QStringLiteral("totalMarks"), true, QStringLiteral("the exam's full score")).value_or(0);
    pack.lowScore = f.number(QStringLiteral("lowScore"), true, QStringLiteral("score threshold")).value_or(0);
    pack.mediumScore = f.number(QStringLiteral("mediumScore"), true, QStringLiteral("score threshold")).value_or(0);
    pack.highScore = f.number(QStringLiteral("highScore"), true, QStringLiteral("score threshold")).value_or(0);

    const QString found = LabPackReader::resolveExisting(answers, {pack.assetDir, pack.rootDir});
    pack.answersFile = found.isEmpty() ? QDir::cleanPath(QDir(pack.assetDir).absoluteFilePath(answers)) : found;

    if (const auto images = f.array(QStringLiteral("images"), false, QStringLiteral("images the lab preloads"))) {
        for (qsizetype i = 0; i < images->size(); ++i) {
            const QString path = QStringLiteral("images[%1]").arg(i);
            if (!images->at(i).isObject()) {
                f.error(
                    path,
                    QStringLiteral("found %1; expected an object {\"name\", \"build\"}").arg(describe(images->at(i))));
                continue;
            }
            Fields img(file, images->at(i).toObject(), path, errors, warnings);
            LabImage image;
            image.name = img.name(QStringLiteral("name"), QStringLiteral("the image reference, e.g. \"ckx-lab/web:1\""))
                             .value_or(QString());
            // No "build": a published image, pulled when online and loaded into the exam (docs/lab-format.md).
            if (images->at(i).toObject().contains(QStringLiteral("build")))
                image.buildContext =
                    img.name(QStringLiteral("build"), QStringLiteral("a folder of the pack holding a Dockerfile"))
                        .value_or(QString());
            pack.images.append(image);
        }
    }
    pack.parameters = labparameters::parse(file, f.object().value(QStringLiteral("parameters")), errors);
    readClusters(file, f, pack, errors, warnings);
    pack.configExtra = f.extra({QStringLiteral("lab"), QStringLiteral("workerNodes"), QStringLiteral("answers"),
                                QStringLiteral("questions"), QStringLiteral("totalMarks"), QStringLiteral("lowScore"),
                                QStringLiteral("mediumScore"), QStringLiteral("highScore"), QStringLiteral("images"),
                                QStringLiteral("parameters"), QStringLiteral("clusters")});
}

void readCheck(Fields &f, ValidationCheck &c)
{
    c.id = f.identifier(QStringLiteral("id"), QStringLiteral("the check's id, unique within the question"))
               .value_or(QString());
    c.description =
        f.string(QStringLiteral("description"), false, QStringLiteral("what the check verifies")).value_or(QString());
    c.scriptFile =
        f.name(QStringLiteral("verificationScriptFile"), QStringLiteral("a script file name in scripts/validation/"))
            .value_or(QString());
    const QJsonValue expected = f.object().value(QStringLiteral("expectedOutput"));
    bool ok = true;
    if (expected.isUndefined()) {
        c.expectedOutput = QStringLiteral("0");
    } else if (expected.isDouble() && expected.toDouble() == std::floor(expected.toDouble())) {
        c.expectedOutput = QString::number(expected.toInt());
    } else if (expected.isString()) {
        c.expectedOutput = expected.toString();
        c.expectedOutput.trimmed().toInt(&ok);
    } else {
        ok = false;
    }
    if (!ok)
        f.error(f.pathOf(QStringLiteral("expectedOutput")),
                QStringLiteral("found %1; expected the script's exit code that means pass, e.g. \"0\"")
                    .arg(describe(expected)));

    if (!f.object().contains(QStringLiteral("weightage"))) {
        f.warning(f.pathOf(QStringLiteral("weightage")), QStringLiteral("no weightage; the check counts 1 point"));
    } else if (const auto w = f.number(QStringLiteral("weightage"), false, QStringLiteral("the check's points"))) {
        if (!(*w > 0))
            f.error(f.pathOf(QStringLiteral("weightage")),
                    QStringLiteral("is %1; expected a positive number (the check's points)").arg(*w));
        else
            c.weight = *w;
    }
    c.extra = f.extra({QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("verificationScriptFile"),
                       QStringLiteral("expectedOutput"), QStringLiteral("weightage")});
}

void readAssessment(const LabJsonFile &file, LabPack &pack, QList<LabProblem> &errors, QList<LabProblem> &warnings)
{
    if (!file.document().isObject()) {
        errors.append(documentError(file, QString(), QStringLiteral("expected a JSON object {\"questions\": [...]}")));
        return;
    }
    Fields root(file, file.document().object(), QString(), errors, warnings);
    const auto questions = root.array(QStringLiteral("questions"), true, QStringLiteral("the exam's questions"));
    if (!questions)
        return;
    QSet<QString> questionIds;
    for (qsizetype i = 0; i < questions->size(); ++i) {
        const QString qPath = QStringLiteral("questions[%1]").arg(i);
        if (!questions->at(i).isObject()) {
            root.error(qPath, QStringLiteral("found %1; expected a question object").arg(describe(questions->at(i))));
            continue;
        }
        Fields f(file, questions->at(i).toObject(), qPath, errors, warnings);
        Question q;
        q.id = f.identifier(QStringLiteral("id"), QStringLiteral("the question's id, unique in the lab"))
                   .value_or(QString());
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._-]+$"));
        if (!q.id.isEmpty() && (!idPattern.match(q.id).hasMatch() || q.id.contains(QStringLiteral("..")))) {
            f.error(f.pathOf(QStringLiteral("id")),
                    QStringLiteral("\"%1\" is not usable as a question id; expected letters, digits, '.', '_' or '-' "
                                   "(it names the setup script q<ID>_setup.sh)")
                        .arg(q.id));
            q.id.clear();
        }
        if (!q.id.isEmpty() && questionIds.contains(q.id))
            f.error(f.pathOf(QStringLiteral("id")),
                    QStringLiteral("duplicate question id \"%1\"; expected ids unique within the lab").arg(q.id));
        questionIds.insert(q.id);
        q.nameSpace = f.string(QStringLiteral("namespace"), false, QStringLiteral("the namespace the task is about"))
                          .value_or(QString());
        q.machineHostname = f.string(QStringLiteral("machineHostname"), false, QStringLiteral("the host to work on"))
                                .value_or(QString());
        q.context = f.string(QStringLiteral("context"), false, QStringLiteral("the kubeconfig context of the task"))
                        .value_or(QString());
        q.markdown =
            f.string(QStringLiteral("question"), true, QStringLiteral("the task, in Markdown")).value_or(QString());
        q.concepts = f.stringList(QStringLiteral("concepts"), QStringLiteral("a concept the task practises"));
        q.solutionScriptFile = f.string(QStringLiteral("solutionScriptFile"), false,
                                        QStringLiteral("a script file name in scripts/solution/"))
                                   .value_or(QString());
        q.hints = f.stringList(QStringLiteral("hints"), QStringLiteral("a hint shown on request"));
        if (const auto checks =
                f.array(QStringLiteral("verification"), true, QStringLiteral("the question's checks"))) {
            QSet<QString> checkIds;
            for (qsizetype j = 0; j < checks->size(); ++j) {
                const QString cPath = f.pathOf(QStringLiteral("verification[%1]").arg(j));
                if (!checks->at(j).isObject()) {
                    f.error(cPath, QStringLiteral("found %1; expected a check object").arg(describe(checks->at(j))));
                    continue;
                }
                Fields cf(file, checks->at(j).toObject(), cPath, errors, warnings);
                ValidationCheck c;
                readCheck(cf, c);
                if (!c.id.isEmpty() && checkIds.contains(c.id))
                    cf.error(
                        cf.pathOf(QStringLiteral("id")),
                        QStringLiteral("duplicate check id \"%1\"; expected ids unique within the question").arg(c.id));
                checkIds.insert(c.id);
                q.checks.append(c);
            }
        }
        q.extra = f.extra({QStringLiteral("id"), QStringLiteral("namespace"), QStringLiteral("machineHostname"),
                           QStringLiteral("context"),
                           QStringLiteral("question"), QStringLiteral("concepts"), QStringLiteral("verification"),
                           QStringLiteral("solutionScriptFile"), QStringLiteral("hints")});
        pack.questions.append(q);
    }
}

void readPack(const LabPackReader::Root &root, const QJsonValue &entry, LabPackReader::Source &src, QSet<QString> &ids,
              QList<LabProblem> &problems)
{
    const LabJsonFile &labs = *root.labs;
    const qsizetype errorsBefore = problems.size();
    LabPack &pack = src.pack;
    pack.rootDir = root.dir;
    if (!entry.isObject()) {
        problems.append(documentError(labs, src.labsPath,
                                      QStringLiteral("found %1; expected a lab object {\"id\", "
                                                     "\"assetPath\", \"name\", ...}")
                                          .arg(describe(entry))));
        return;
    }
    Fields f(labs, entry.toObject(), src.labsPath, problems, src.warnings);
    readLabInfo(f, pack.info);
    if (!pack.info.id.isEmpty()) {
        if (ids.contains(pack.info.id))
            f.error(f.pathOf(QStringLiteral("id")),
                    QStringLiteral("duplicate lab id \"%1\"; expected every lab id once (the first one is kept)")
                        .arg(pack.info.id));
        ids.insert(pack.info.id);
    }
    if (!pack.info.assetPath.isEmpty()) {
        pack.assetDir = LabPackReader::resolveExisting(pack.info.assetPath, {root.dir});
        src.assetFound = !pack.assetDir.isEmpty() && QFileInfo(pack.assetDir).isDir();
        if (!src.assetFound) {
            pack.assetDir = QDir::cleanPath(QDir(root.dir).absoluteFilePath(pack.info.assetPath));
            f.error(f.pathOf(QStringLiteral("assetPath")),
                    QStringLiteral("folder \"%1\" not found next to labs.json or in any folder above it; expected "
                                   "the pack's folder (config.json, assessment.json, scripts/)")
                        .arg(pack.info.assetPath));
        }
    }
    if (src.assetFound) {
        QString assessmentName = QStringLiteral("assessment.json");
        if (auto config = LabJsonFile::read(pack.assetDir + QStringLiteral("/config.json"), problems)) {
            src.config = std::make_shared<const LabJsonFile>(std::move(*config));
            LabPackReader::warnDuplicateKeys(*src.config, src.warnings);
            readConfig(*src.config, pack, assessmentName, problems, src.warnings);
        }
        if (auto assessment = LabJsonFile::read(QDir(pack.assetDir).absoluteFilePath(assessmentName), problems)) {
            src.assessment = std::make_shared<const LabJsonFile>(std::move(*assessment));
            LabPackReader::warnDuplicateKeys(*src.assessment, src.warnings);
            readAssessment(*src.assessment, pack, problems, src.warnings);
        }
    }
    src.loaded = problems.size() == errorsBefore;
}

} // namespace

LabPackReader::Root LabPackReader::readRoot(const QString &rootDir, QList<LabProblem> &problems)
{
    Root root;
    root.dir = QDir::cleanPath(QDir(rootDir).absolutePath());
    root.labsFile = root.dir + QStringLiteral("/labs.json");
    auto labs = LabJsonFile::read(root.labsFile, problems);
    if (!labs)
        return root;
    root.labs = std::make_shared<const LabJsonFile>(std::move(*labs));
    warnDuplicateKeys(*root.labs, root.warnings);

    // CK-X writes {"labs": [...]}; a bare array is accepted too.
    QJsonArray entries;
    QString prefix;
    const QJsonDocument &doc = root.labs->document();
    if (doc.isArray()) {
        entries = doc.array();
    } else if (doc.object().value(QStringLiteral("labs")).isArray()) {
        entries = doc.object().value(QStringLiteral("labs")).toArray();
        prefix = QStringLiteral("labs");
    } else {
        problems.append(documentError(
            *root.labs, doc.object().contains(QStringLiteral("labs")) ? QStringLiteral("labs") : QString(),
            QStringLiteral("expected {\"labs\": [ ... ]} or a JSON array of labs")));
        return root;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Source src;
        src.labsPath = prefix + QStringLiteral("[%1]").arg(i);
        readPack(root, entries.at(i), src, ids, problems);
        root.sources.append(std::move(src));
    }
    return root;
}

QStringList LabPackReader::findRoots(const QString &dir, int maxDepth)
{
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    if (QFileInfo(clean + QStringLiteral("/labs.json")).isFile())
        return {clean};
    if (maxDepth <= 0)
        return {};
    QStringList roots;
    const auto subdirs = QDir(clean).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &d : subdirs)
        roots.append(findRoots(d.absoluteFilePath(), maxDepth - 1));
    return roots;
}

QString LabPackReader::resolveExisting(const QString &relative, const QStringList &bases)
{
    if (relative.isEmpty())
        return {};
    if (QDir::isAbsolutePath(relative))
        return QFileInfo::exists(relative) ? QDir::cleanPath(relative) : QString();
    for (const QString &base : bases) {
        const QString candidate = QDir::cleanPath(QDir(base).absoluteFilePath(relative));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    if (bases.isEmpty())
        return {};
    QDir dir(bases.last());
    while (dir.cdUp()) {
        const QString candidate = QDir::cleanPath(dir.absoluteFilePath(relative));
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

void LabPackReader::warnDuplicateKeys(const LabJsonFile &file, QList<LabProblem> &warnings)
{
    for (const QString &path : file.duplicateKeys()) {
        LabProblem p = documentError(file, path,
                                     QStringLiteral("key appears more than once in this object; only the "
                                                    "last value counts; expected each key once"));
        p.severity = LabProblem::Severity::Warning;
        warnings.append(p);
    }
}

QString LabPackReader::canonicalTrack(const QString &text)
{
    static const QStringList tracks = {QStringLiteral("CKAD"), QStringLiteral("CKA"), QStringLiteral("CKS"),
                                       QStringLiteral("Docker"), QStringLiteral("Helm")};
    for (const QString &t : tracks)
        if (text.trimmed().compare(t, Qt::CaseInsensitive) == 0)
            return t;
    return {};
}

} // namespace ckx
