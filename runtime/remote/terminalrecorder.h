#pragma once
// TerminalRecorder: writes one terminal's life as an asciicast v2 file (asciinema's format): a JSON header line, then
// one `[seconds, "o"|"i"|"r"|"m", data]` line per event. It runs on the thread that receives the bytes (the UI thread,
// next to the TerminalSurface), never on the SSH worker, and each call is one event written and flushed, so a crash
// keeps every event before it. Reopening an existing recording (the app restarted during the exam) continues it.

#include "core/result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class QFile;

namespace ckx {

class TerminalRecorder : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool recordInput = false;           ///< keystrokes as "i" events (off by default: passwords)
        qint64 maxBytes = 64 * 1024 * 1024; ///< the file stops growing here, with a note saying so
        QString title;                      ///< header "title", e.g. the lab's name
    };

    explicit TerminalRecorder(QObject *parent = nullptr);
    ~TerminalRecorder() override;

    /// Creates `path` (or continues it when it already holds a recording) for a terminal of `columnsRows`.
    Result<void> open(const QString &path, QSize columnsRows, const Options &options);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    void recordOutput(const QByteArray &bytes);
    /// Ignored unless Options::recordInput.
    void recordInput(const QByteArray &bytes);
    void recordResize(QSize columnsRows);
    /// A named moment ("Question 3", "Check: Question 3") the replay can jump to.
    void mark(const QString &label);

    bool capReached() const { return m_capped; }
    qint64 maxBytes() const { return m_options.maxBytes; }
    qint64 bytesWritten() const { return m_written; }

    /// The note written as the last output when the size cap is reached (also shown by the replay).
    static QString capNote(qint64 maxBytes);

Q_SIGNALS:
    /// The cap was reached: nothing more is recorded for this attempt. `note` is for the learner.
    void stopped(const QString &note);
    /// Writing failed (disk full, folder removed): recording stopped; the message names the file.
    void failed(const QString &message);

private:
    void writeEvent(char type, QByteArrayView data);
    bool writeLine(const QByteArray &line);
    Result<double> continueExisting(QSize columnsRows);
    double now() const;

    std::unique_ptr<QFile> m_file;
    QString m_path;
    Options m_options;
    QElapsedTimer m_clock;
    double m_offset = 0; ///< seconds already in the file when it was continued
    qint64 m_written = 0;
    bool m_capped = false;
    QByteArray m_pendingUtf8; ///< the start of a UTF-8 character split across two output chunks
    QByteArray m_line;        ///< reused for each event (no allocation per chunk)
};

} // namespace ckx
