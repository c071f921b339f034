#include "runtime/remote/terminalrecording.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ckx {

Result<TerminalRecording> TerminalRecording::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("recording.open"),
                         QStringLiteral("cannot read the terminal recording %1: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path);
}

Result<TerminalRecording> TerminalRecording::parse(const QByteArray &bytes, const QString &where)
{
    TerminalRecording rec;
    QList<QByteArray> lines = bytes.split('\n');
    // A complete file ends with a newline (split() then yields an empty last piece); anything else is a line the
    // writer did not finish.
    const bool cut = !lines.isEmpty() && !lines.constLast().isEmpty();
    lines.removeLast();
    if (lines.isEmpty())
        return makeError(QStringLiteral("recording.format"),
                         QStringLiteral("%1 is empty: expected an asciicast v2 header line").arg(where));
    QJsonParseError err{};
    const QJsonObject header = QJsonDocument::fromJson(lines.at(0), &err).object();
    if (err.error != QJsonParseError::NoError || header.value(QStringLiteral("version")).toInt() != 2)
        return makeError(
            QStringLiteral("recording.format"),
            QStringLiteral("%1 line 1: expected an asciicast v2 header ({\"version\": 2, ...})").arg(where));
    rec.m_size = QSize(header.value(QStringLiteral("width")).toInt(), header.value(QStringLiteral("height")).toInt());
    if (rec.m_size.width() <= 0 || rec.m_size.height() <= 0 || rec.m_size.width() > 1000 || rec.m_size.height() > 1000)
        return makeError(QStringLiteral("recording.format"),
                         QStringLiteral("%1 line 1: width and height must be 1-1000, not %2x%3")
                             .arg(where)
                             .arg(rec.m_size.width())
                             .arg(rec.m_size.height()));
    rec.m_title = header.value(QStringLiteral("title")).toString();
    rec.m_events.reserve(size_t(lines.size()));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QJsonArray ev = QJsonDocument::fromJson(lines.at(i), &err).array();
        const QString type = ev.size() == 3 ? ev.at(1).toString() : QString();
        if (err.error != QJsonParseError::NoError || type.size() != 1 || !ev.at(0).isDouble() || !ev.at(2).isString())
            return makeError(
                QStringLiteral("recording.format"),
                QStringLiteral("%1 line %2: expected an event [seconds, \"type\", \"data\"]").arg(where).arg(i + 1));
        Event e;
        e.time = qMax(ev.at(0).toDouble(), rec.m_events.empty() ? 0.0 : rec.m_events.back().time);
        e.type = char(type.at(0).toLatin1());
        e.data = ev.at(2).toString().toUtf8();
        rec.m_events.push_back(std::move(e));
    }
    rec.m_lastLineDropped = cut;
    return rec;
}

QList<TerminalRecording::Marker> TerminalRecording::markers() const
{
    QList<Marker> out;
    for (const Event &e : m_events) {
        if (e.type == 'm')
            out.append(Marker{e.time, QString::fromUtf8(e.data)});
    }
    return out;
}

QSize TerminalRecording::parseSize(const QByteArray &data)
{
    const QList<QByteArray> wh = data.split('x');
    bool okW = false, okH = false;
    const int w = wh.size() == 2 ? wh.at(0).toInt(&okW) : 0;
    const int h = wh.size() == 2 ? wh.at(1).toInt(&okH) : 0;
    if (!okW || !okH || w <= 0 || h <= 0 || w > 1000 || h > 1000)
        return {};
    return {w, h};
}

} // namespace ckx
