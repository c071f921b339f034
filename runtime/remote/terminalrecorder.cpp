#include "runtime/remote/terminalrecorder.h"

#include "runtime/remote/asciicastjson.h"
#include "runtime/remote/terminalrecording.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcRecorder, "ckx.runtime.recorder")

namespace ckx {

namespace {

// Room kept below the cap for the note that says the cap was reached.
constexpr qint64 kNoteReserve = 512;

QByteArray headerLine(QSize size, const QString &title)
{
    QJsonObject env;
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    env.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/bash"));
    QJsonObject h;
    h.insert(QStringLiteral("version"), 2);
    h.insert(QStringLiteral("width"), size.width());
    h.insert(QStringLiteral("height"), size.height());
    h.insert(QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch());
    h.insert(QStringLiteral("env"), env);
    if (!title.isEmpty())
        h.insert(QStringLiteral("title"), title);
    return QJsonDocument(h).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray sizeText(QSize s)
{
    return QByteArray::number(s.width()) + 'x' + QByteArray::number(s.height());
}

} // namespace

TerminalRecorder::TerminalRecorder(QObject *parent) : QObject(parent) {}

TerminalRecorder::~TerminalRecorder() = default;

QString TerminalRecorder::capNote(qint64 maxBytes)
{
    return tr("[CKX: the recording stopped here: it reached its size limit of %1. The terminal kept working; "
              "what follows was not recorded.]")
        .arg(QLocale::c().formattedDataSize(maxBytes, 0, QLocale::DataSizeTraditionalFormat));
}

bool TerminalRecorder::isOpen() const
{
    return m_file && m_file->isOpen();
}

Result<void> TerminalRecorder::open(const QString &path, QSize columnsRows, const Options &options)
{
    close();
    m_path = path;
    m_options = options;
    m_capped = false;
    m_offset = 0;
    m_pendingUtf8.clear();
    m_file = std::make_unique<QFile>(path);
    const bool exists = m_file->exists() && m_file->size() > 0;
    if (!m_file->open(exists ? QIODevice::ReadWrite : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        const QString why = m_file->errorString();
        m_file.reset();
        return makeError(QStringLiteral("recorder.open"),
                         QStringLiteral("cannot write the terminal recording %1: %2").arg(path, why));
    }
    m_clock.start();
    if (exists) {
        auto last = continueExisting(columnsRows);
        if (!last) {
            m_file.reset();
            return last.error();
        }
        return {};
    }
    const QByteArray header = headerLine(columnsRows, options.title);
    if (!writeLine(header)) {
        m_file.reset();
        return makeError(QStringLiteral("recorder.write"),
                         QStringLiteral("cannot write the terminal recording %1").arg(path));
    }
    return {};
}

// The app stopped during the exam (crash, restart) and the attempt is resumed: keep the complete events, drop a
// line cut short by the crash, and go on from the last event's time.
Result<double> TerminalRecorder::continueExisting(QSize columnsRows)
{
    const QByteArray all = m_file->readAll();
    auto rec = TerminalRecording::parse(all, m_path);
    if (!rec)
        return makeError(QStringLiteral("recorder.format"),
                         QStringLiteral("cannot continue the terminal recording: %1; move the file away to record "
                                        "this attempt")
                             .arg(rec.error().message));
    const qsizetype keep = all.lastIndexOf('\n') + 1;
    if (keep < all.size() && !m_file->resize(keep))
        return makeError(QStringLiteral("recorder.write"),
                         QStringLiteral("cannot repair the end of %1: %2").arg(m_path, m_file->errorString()));
    m_file->seek(keep);
    m_written = keep;
    QSize size = rec->initialSize();
    for (const auto &e : rec->events()) {
        if (e.type == 'r' && TerminalRecording::parseSize(e.data).isValid())
            size = TerminalRecording::parseSize(e.data);
    }
    // A file stopped at its cap stays stopped: the cap is per attempt, not per app run.
    m_capped = keep + kNoteReserve > m_options.maxBytes;
    m_offset = rec->duration();
    if (size != columnsRows)
        recordResize(columnsRows);
    mark(tr("Resumed"));
    return rec->duration();
}

void TerminalRecorder::close()
{
    if (m_file)
        m_file->close();
    m_file.reset();
}

double TerminalRecorder::now() const
{
    return m_offset + double(m_clock.nsecsElapsed()) / 1e9;
}

void TerminalRecorder::recordOutput(const QByteArray &bytes)
{
    if (!isOpen() || m_capped || bytes.isEmpty())
        return;
    // A chunk may end inside a multi-byte character: hold its start back for the next chunk.
    QByteArray joined;
    const QByteArray *data = &bytes;
    if (!m_pendingUtf8.isEmpty()) {
        joined = m_pendingUtf8 + bytes;
        m_pendingUtf8.clear();
        data = &joined;
    }
    const qsizetype cut = completeUtf8Prefix(*data);
    if (cut < data->size())
        m_pendingUtf8 = data->mid(cut);
    if (cut == 0)
        return;
    writeEvent('o', QByteArrayView(*data).first(cut));
}

void TerminalRecorder::recordInput(const QByteArray &bytes)
{
    if (!isOpen() || m_capped || !m_options.recordInput || bytes.isEmpty())
        return;
    writeEvent('i', bytes);
}

void TerminalRecorder::recordResize(QSize columnsRows)
{
    if (!isOpen() || m_capped)
        return;
    writeEvent('r', sizeText(columnsRows));
}

void TerminalRecorder::mark(const QString &label)
{
    if (!isOpen() || m_capped)
        return;
    writeEvent('m', label.toUtf8());
}

void TerminalRecorder::writeEvent(char type, QByteArrayView data)
{
    char time[32];
    const int n = std::snprintf(time, sizeof time, "[%.6f, \"%c\", ", now(), type);
    m_line.resize(0); // keeps its capacity: no allocation per chunk
    m_line.append(time, n);
    appendAsciicastString(m_line, data);
    m_line.append("]\n", 2);
    if (m_written + m_line.size() + kNoteReserve > m_options.maxBytes) {
        m_capped = true;
        const QString note = capNote(m_options.maxBytes);
        const QByteArray text = "\r\n\x1b[7m" + note.toUtf8() + "\x1b[0m\r\n";
        const int m = std::snprintf(time, sizeof time, "[%.6f, \"o\", ", now());
        m_line.resize(0);
        m_line.append(time, m);
        appendAsciicastString(m_line, text);
        m_line.append("]\n", 2);
        writeLine(m_line);
        qCInfo(lcRecorder, "recording %s stopped at its size limit", qPrintable(m_path));
        Q_EMIT stopped(note);
        return;
    }
    writeLine(m_line);
}

bool TerminalRecorder::writeLine(const QByteArray &line)
{
    // One write and one flush per event: the kernel has it, so a crash of the app loses nothing before it.
    if (m_file->write(line) != line.size() || !m_file->flush()) {
        const QString message =
            tr("The terminal recording stopped: cannot write %1: %2").arg(m_path, m_file->errorString());
        qCWarning(lcRecorder, "%s", qPrintable(message));
        close();
        Q_EMIT failed(message);
        return false;
    }
    m_written += line.size();
    return true;
}

} // namespace ckx
