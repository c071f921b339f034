#include "core/labparameters.h"

#include "core/labjsonfile.h"
#include "core/labpack.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

namespace ckx {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &namePattern()
{
    static const QRegularExpression re(u"^[A-Z][A-Z0-9_]*$"_s);
    return re;
}

// A drawn value lands in names, tags, ports and command lines: keep it to characters that need no quoting there.
const QRegularExpression &valuePattern()
{
    static const QRegularExpression re(u"^[A-Za-z0-9._:/@+-]+$"_s);
    return re;
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(u"\\{\\{([A-Z][A-Z0-9_]*)\\}\\}"_s);
    return re;
}

// Scripts read a parameter as an environment variable: refuse names the shell, the jumphost or CKX already use.
QString reservedReason(const QString &name)
{
    static const QStringList exact{u"PATH"_s, u"HOME"_s, u"USER"_s, u"LOGNAME"_s, u"SHELL"_s, u"PWD"_s, u"OLDPWD"_s,
                                   u"TERM"_s, u"LANG"_s, u"HOSTNAME"_s, u"IFS"_s, u"PS1"_s, u"PS2"_s, u"PS4"_s,
                                   u"UID"_s, u"EUID"_s, u"PPID"_s, u"RANDOM"_s, u"SECONDS"_s, u"LINENO"_s,
                                   u"OPTIND"_s, u"OPTARG"_s, u"TMPDIR"_s, u"EDITOR"_s, u"MAIL"_s, u"KUBECONFIG"_s};
    static const QStringList prefixes{u"CKX_"_s, u"BASH"_s, u"LC_"_s, u"DOCKER_"_s, u"KUBE"_s, u"SSH_"_s, u"XDG_"_s,
                                      u"LD_"_s};
    if (exact.contains(name))
        return u"%1 is an environment variable the shell or the jumphost already uses"_s.arg(name);
    for (const QString &p : prefixes)
        if (name.startsWith(p))
            return u"names starting with %1 are reserved for the shell, the jumphost and CKX"_s.arg(p);
    return {};
}

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return u"the number %1"_s.arg(v.toDouble());
    case QJsonValue::String:
        return u"the string \"%1\""_s.arg(v.toString().left(40));
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

bool isWhole(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) <= 1e9;
}

class Reporter
{
public:
    Reporter(const LabJsonFile &file, QList<LabProblem> &errors) : m_file(file), m_errors(errors) {}
    void error(const QString &path, const QString &message)
    {
        LabProblem p;
        p.file = m_file.path();
        p.jsonPath = path;
        std::tie(p.line, p.column) = m_file.position(path);
        p.message = message;
        m_errors.append(p);
    }

private:
    const LabJsonFile &m_file;
    QList<LabProblem> &m_errors;
};

bool readChoices(const QJsonValue &v, const QString &path, LabParameter &p, Reporter &r)
{
    if (!v.isArray() || v.toArray().isEmpty()) {
        r.error(path, u"found %1; expected a non-empty array of values to draw from, e.g. [\"web\", \"shop\"]"_s.arg(describe(v)));
        return false;
    }
    const QJsonArray a = v.toArray();
    bool ok = true;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString at = u"%1[%2]"_s.arg(path).arg(i);
        QString value;
        if (a.at(i).isString())
            value = a.at(i).toString();
        else if (isWhole(a.at(i)))
            value = QString::number(qint64(a.at(i).toDouble()));
        else {
            r.error(at, u"found %1; expected a string or a whole number"_s.arg(describe(a.at(i))));
            ok = false;
            continue;
        }
        if (!valuePattern().match(value).hasMatch()) {
            r.error(at, u"\"%1\" cannot be a value; expected letters, digits and . _ : / @ + - only (values go into "
                        "names, tags and command lines)"_s.arg(value));
            ok = false;
        } else if (p.choices.contains(value)) {
            r.error(at, u"\"%1\" is listed twice; expected distinct values"_s.arg(value));
            ok = false;
        } else {
            p.choices << value;
        }
    }
    return ok;
}

bool readRange(const QJsonValue &v, const QString &path, LabParameter &p, Reporter &r)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !isWhole(a.at(0)) || !isWhole(a.at(1))) {
        r.error(path, u"found %1; expected [min, max], two whole numbers between -1e9 and 1e9"_s.arg(describe(v)));
        return false;
    }
    p.min = qint64(a.at(0).toDouble());
    p.max = qint64(a.at(1).toDouble());
    if (p.min > p.max) {
        r.error(path, u"is [%1, %2]; expected min <= max"_s.arg(p.min).arg(p.max));
        return false;
    }
    return true;
}

} // namespace

bool LabParameter::accepts(const QString &value) const
{
    if (kind == Kind::Choice)
        return choices.contains(value);
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok && n >= min && n <= max && QString::number(n) == value;
}

namespace labparameters {

QList<LabParameter> parse(const LabJsonFile &file, const QJsonValue &value, QList<LabProblem> &errors)
{
    QList<LabParameter> out;
    if (value.isUndefined())
        return out;
    Reporter r(file, errors);
    const QString root = u"parameters"_s;
    if (!value.isObject()) {
        r.error(root, u"found %1; expected an object {\"NAME\": {\"choices\": [...]} or {\"range\": [min, max]}}"_s.arg(describe(value)));
        return out;
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString path = root + u'.' + it.key();
        if (!namePattern().match(it.key()).hasMatch()) {
            r.error(path, u"\"%1\" is not a usable parameter name; expected upper-case letters, digits and _, starting "
                          "with a letter (scripts read it as $NAME, Markdown writes {{NAME}})"_s.arg(it.key()));
            continue;
        }
        if (const QString why = reservedReason(it.key()); !why.isEmpty()) {
            r.error(path, u"\"%1\" cannot be a parameter name: %2; choose another name"_s.arg(it.key(), why));
            continue;
        }
        if (!it.value().isObject()) {
            r.error(path, u"found %1; expected an object {\"choices\": [...]} or {\"range\": [min, max]}"_s.arg(describe(it.value())));
            continue;
        }
        const QJsonObject decl = it.value().toObject();
        LabParameter p;
        p.name = it.key();
        const bool hasChoices = decl.contains(u"choices"_s);
        const bool hasRange = decl.contains(u"range"_s);
        if (hasChoices == hasRange) {
            r.error(path, hasChoices ? u"has both \"choices\" and \"range\"; expected exactly one of them"_s
                                     : u"has neither \"choices\" nor \"range\"; expected exactly one of them"_s);
            continue;
        }
        if (decl.contains(u"description"_s) && !decl.value(u"description"_s).isString()) {
            r.error(path + u".description"_s, u"found %1; expected a string"_s.arg(describe(decl.value(u"description"_s))));
            continue;
        }
        p.description = decl.value(u"description"_s).toString();
        bool ok = false;
        if (hasChoices) {
            p.kind = LabParameter::Kind::Choice;
            ok = readChoices(decl.value(u"choices"_s), path + u".choices"_s, p, r);
        } else {
            p.kind = LabParameter::Kind::Range;
            ok = readRange(decl.value(u"range"_s), path + u".range"_s, p, r);
        }
        for (auto k = decl.begin(); ok && k != decl.end(); ++k)
            if (k.key() != u"choices" && k.key() != u"range" && k.key() != u"description") {
                r.error(path + u'.' + k.key(), u"unknown field; expected \"choices\" or \"range\", and optionally \"description\""_s);
                ok = false;
            }
        if (ok)
            out << p;
    }
    return out;
}

ParameterValues draw(const QList<LabParameter> &parameters, quint64 seed)
{
    const quint32 words[2] = {quint32(seed & 0xffffffffu), quint32(seed >> 32)};
    QRandomGenerator gen(words, 2);
    ParameterValues values;
    for (const LabParameter &p : parameters) {
        if (p.kind == LabParameter::Kind::Choice)
            values.insert(p.name, p.choices.at(int(gen.bounded(quint32(p.choices.size())))));
        else
            values.insert(p.name, QString::number(p.min + qint64(gen.bounded(quint64(p.max - p.min) + 1))));
    }
    return values;
}

quint64 randomSeed()
{
    return QRandomGenerator::system()->generate64();
}

QString substitute(const QString &text, const ParameterValues &values)
{
    if (values.isEmpty() || !text.contains(u"{{"_s))
        return text;
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const auto found = values.constFind(m.captured(1));
        if (found == values.cend())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += *found;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

LabPack applied(const LabPack &pack, const ParameterValues &values)
{
    LabPack out = pack;
    if (values.isEmpty())
        return out;
    for (Question &q : out.questions) {
        q.markdown = substitute(q.markdown, values);
        for (QString &h : q.hints)
            h = substitute(h, values);
        for (ValidationCheck &c : q.checks)
            c.description = substitute(c.description, values);
    }
    return out;
}

QStringList environment(const ParameterValues &values)
{
    QStringList env;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        env << it.key() + u'=' + it.value();
    return env;
}

QSet<QString> placeholders(const QString &markdown)
{
    QSet<QString> names;
    auto it = placeholderPattern().globalMatch(markdown);
    while (it.hasNext())
        names.insert(it.next().captured(1));
    return names;
}

QSet<QString> scriptReferences(const QString &script, const QStringList &declared)
{
    static const QRegularExpression ref(u"\\$\\{?([A-Z][A-Z0-9_]*)"_s);
    QSet<QString> names;
    auto it = ref.globalMatch(script);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (declared.contains(name))
            names.insert(name);
    }
    return names;
}

QJsonObject toJson(const ParameterValues &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

ParameterValues fromJson(const QJsonObject &object)
{
    ParameterValues values;
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isString())
            values.insert(it.key(), it.value().toString());
    return values;
}

} // namespace labparameters

} // namespace ckx
