#include "runtime/remote/vncframesurface.h"

#include <QMutexLocker>
#include <QPainter>

namespace ckx {

void VncFrameSurface::reset(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::black);
    QMutexLocker lock(&m_mutex);
    m_image = std::move(image);
}

void VncFrameSurface::copyFrom(const quint32 *framebuffer, int stride, const QRegion &region)
{
    QMutexLocker lock(&m_mutex);
    const QRegion clipped = region & m_image.rect();
    for (const QRect &r : clipped) {
        for (int y = r.top(); y <= r.bottom(); ++y) {
            const quint32 *src = framebuffer + size_t(y) * size_t(stride) + size_t(r.x());
            auto *dst = reinterpret_cast<quint32 *>(m_image.scanLine(y)) + r.x();
            for (int x = 0; x < r.width(); ++x)
                dst[x] = src[x] | 0xff000000u; // Format_RGB32 wants an opaque padding byte
        }
    }
}

void VncFrameSurface::draw(QPainter &painter, const QRectF &target, const QRect &source) const
{
    QMutexLocker lock(&m_mutex);
    const QRect from = source & m_image.rect();
    if (from.isEmpty())
        return;
    // A source clipped by a resize the view has not heard of yet keeps its scale.
    const double sx = target.width() / source.width();
    const double sy = target.height() / source.height();
    const QRectF to(target.x() + (from.x() - source.x()) * sx, target.y() + (from.y() - source.y()) * sy,
                    from.width() * sx, from.height() * sy);
    painter.drawImage(to, m_image, from);
}

QSize VncFrameSurface::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_image.size();
}

QImage VncFrameSurface::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_image.copy();
}

} // namespace ckx
