#include "runtime/docker/dockerstreamdecoder.h"

#include <QJsonDocument>

namespace ckx {

void DockerStreamDecoder::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
    if (m_mode == Mode::Multiplexed) {
        qsizetype pos = 0;
        while (m_buffer.size() - pos >= 8) {
            const auto *h = reinterpret_cast<const unsigned char *>(m_buffer.constData() + pos);
            const quint32 len = (quint32(h[4]) << 24) | (quint32(h[5]) << 16) | (quint32(h[6]) << 8) | quint32(h[7]);
            if (m_buffer.size() - pos - 8 < qsizetype(len))
                break;
            if (onFrame)
                onFrame(h[0], QByteArrayView(m_buffer.constData() + pos + 8, len));
            pos += 8 + len;
        }
        m_buffer.remove(0, pos);
        return;
    }
    qsizetype start = 0;
    for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0; nl = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject() && onMessage)
            onMessage(doc.object());
    }
    m_buffer.remove(0, start);
}

} // namespace ckx
