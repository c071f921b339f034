#pragma once
// Randomised lab parameters (docs/lab-format.md "Parameters"): names, ports, counts that a lab declares in
// config.json "parameters" and that are drawn anew for every attempt, so a second attempt is not a memory test.
//
// Markdown (question text, hints, check descriptions, answers.md) writes a parameter as {{NAME}} and gets the
// drawn value substituted; scripts read it as the environment variable $NAME, so they stay plain, shellcheck-clean
// bash and identical for every draw.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ckx {

class LabJsonFile;
struct LabPack;
struct LabProblem;

/// One declared parameter: either a list of choices or a range of whole numbers (both ends included).
struct LabParameter
{
    enum class Kind { Choice, Range };
    QString name; ///< upper case letters, digits and `_`, starting with a letter: "APP", "WEB_PORT"
    Kind kind = Kind::Choice;
    QStringList choices; ///< Kind::Choice: at least one value
    qint64 min = 0;      ///< Kind::Range
    qint64 max = 0;      ///< Kind::Range, >= min
    QString description; ///< optional, for authors and the docs

    /// Whether `value` is one this declaration can draw.
    bool accepts(const QString &value) const;
};

/// The drawn values of an attempt, by parameter name.
using ParameterValues = QMap<QString, QString>;

namespace labparameters {

/// Reads config.json "parameters" (`value`, at JSON path "parameters" of `file`). Every bad declaration is an
/// error naming the file and the JSON path ("parameters.PORT.range"); the good ones are returned.
QList<LabParameter> parse(const LabJsonFile &file, const QJsonValue &value, QList<LabProblem> &errors);

/// One value for every parameter, drawn from `seed`: the same seed always gives the same values, and every value
/// is one its declaration accepts.
ParameterValues draw(const QList<LabParameter> &parameters, quint64 seed);

/// A seed from the system's random source (a new attempt without a fixed seed).
quint64 randomSeed();

/// `text` with every {{NAME}} of `values` replaced by its value. Other {{...}} (Go templates of docker --format,
/// undeclared names) are left as they are.
QString substitute(const QString &text, const ParameterValues &values);

/// `pack` with question text, hints and check descriptions substituted (what the UI shows for an attempt).
LabPack applied(const LabPack &pack, const ParameterValues &values);

/// "NAME=value" for each value: the scripts' environment.
QStringList environment(const ParameterValues &values);

/// The {{NAME}} placeholders written in `markdown` (names in the parameter syntax only).
QSet<QString> placeholders(const QString &markdown);

/// The names of `declared` that `script` reads as $NAME or ${NAME...}.
QSet<QString> scriptReferences(const QString &script, const QStringList &declared);

/// Values as a JSON object (the store's column) and back; a non-string member is dropped.
QJsonObject toJson(const ParameterValues &values);
ParameterValues fromJson(const QJsonObject &object);

} // namespace labparameters

} // namespace ckx
