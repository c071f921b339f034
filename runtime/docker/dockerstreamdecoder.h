#pragma once
// Decodes the two stream formats the Engine API answers with: the multiplexed stdout/stderr stream of exec and
// logs (8-byte header: stream type, 3 zero bytes, big-endian length), and the JSON-lines of build and pull.
// Both accept bytes in arbitrary pieces, as they come off the socket.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <functional>

namespace ckx {

class DockerStreamDecoder
{
public:
    enum class Mode { Multiplexed, JsonLines };
    explicit DockerStreamDecoder(Mode mode) : m_mode(mode) {}

    /// Multiplexed: called with (1 = stdout, 2 = stderr, 0 = stdin) and the payload.
    std::function<void(int stream, QByteArrayView data)> onFrame;
    /// JsonLines: called for each complete JSON object.
    std::function<void(const QJsonObject &message)> onMessage;

    void feed(QByteArrayView bytes);
    /// Bytes held back because they do not complete a frame or line yet.
    qsizetype pending() const { return m_buffer.size(); }

private:
    Mode m_mode;
    QByteArray m_buffer;
};

} // namespace ckx
