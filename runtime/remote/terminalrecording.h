#pragma once
// TerminalRecording: an asciicast v2 file read back for replay: the header's size and title, and the events in
// order. A last line cut short (the app was killed while writing it) is dropped, not an error.

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QSize>
#include <QString>

#include <vector>

namespace ckx {

class TerminalRecording
{
public:
    struct Event
    {
        double time = 0; ///< seconds from the start
        char type = 'o'; ///< 'o' output, 'i' input, 'r' resize ("COLSxROWS"), 'm' marker (its label)
        QByteArray data; ///< UTF-8
    };
    struct Marker
    {
        double time = 0;
        QString label;
    };

    static Result<TerminalRecording> load(const QString &path);
    /// `where` names the source in error messages.
    static Result<TerminalRecording> parse(const QByteArray &bytes, const QString &where);

    QSize initialSize() const { return m_size; }
    QString title() const { return m_title; }
    const std::vector<Event> &events() const { return m_events; }
    QList<Marker> markers() const;
    double duration() const { return m_events.empty() ? 0.0 : m_events.back().time; }
    bool lastLineDropped() const { return m_lastLineDropped; }

    /// "COLSxROWS" of a resize event; invalid QSize when malformed.
    static QSize parseSize(const QByteArray &data);

private:
    QSize m_size;
    QString m_title;
    std::vector<Event> m_events;
    bool m_lastLineDropped = false;
};

} // namespace ckx
