#include "runtime/remote/vncframesurface.h"

#include <QMutexLocker>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace ckx {

namespace {

// Format_RGB32 wants an opaque padding byte, which the decoder leaves 0. Eight pixels at a time through a local
// block: the compiler makes that two vector loads, ORs and stores at -O2 (the plain per-pixel loop stayed scalar,
// since source and target might overlap, and cost as much as libvncclient's decoding; see docs/benchmarks.md).
void copyOpaque(quint32 *dst, const quint32 *src, int count)
{
    constexpr int Block = 8;
    int x = 0;
    for (; x + Block <= count; x += Block) {
        quint32 block[Block];
        std::memcpy(block, src + x, sizeof block);
        for (quint32 &p : block)
            p |= 0xff000000u;
        std::memcpy(dst + x, block, sizeof block);
    }
    for (; x < count; ++x)
        dst[x] = src[x] | 0xff000000u;
}

} // namespace

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
            copyOpaque(dst, src, r.width());
        }
    }
}

void VncFrameSurface::fill(const QRect &rect, quint32 pixel)
{
    QMutexLocker lock(&m_mutex);
    const QRect r = rect & m_image.rect();
    if (r.isEmpty())
        return;
    // The first row eight pixels per step, the others copies of it (libvncclient's own fill stores one pixel at a
    // time, and solid rectangles are most of a text desktop).
    const quint32 opaque = pixel | 0xff000000u;
    auto *first = reinterpret_cast<quint32 *>(m_image.scanLine(r.top())) + r.x();
    constexpr int Block = 8;
    quint32 block[Block];
    std::fill_n(block, Block, opaque);
    int x = 0;
    for (; x + Block <= r.width(); x += Block)
        std::memcpy(first + x, block, sizeof block);
    for (; x < r.width(); ++x)
        first[x] = opaque;
    for (int y = r.top() + 1; y <= r.bottom(); ++y)
        std::memcpy(reinterpret_cast<quint32 *>(m_image.scanLine(y)) + r.x(), first, size_t(r.width()) * 4);
}

void VncFrameSurface::put(const QRect &rect, const quint32 *pixels)
{
    QMutexLocker lock(&m_mutex);
    const QRect r = rect & m_image.rect();
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const quint32 *src = pixels + size_t(y - rect.top()) * size_t(rect.width()) + size_t(r.x() - rect.x());
        copyOpaque(reinterpret_cast<quint32 *>(m_image.scanLine(y)) + r.x(), src, r.width());
    }
}

void VncFrameSurface::move(const QRect &source, QPoint to)
{
    QMutexLocker lock(&m_mutex);
    // Clip both ends: the part of the source whose target is in the image too.
    const QPoint delta = to - source.topLeft();
    const QRect from = source & m_image.rect() & m_image.rect().translated(-delta);
    if (from.isEmpty())
        return;
    const int bytes = from.width() * 4;
    auto row = [&](int y) {
        std::memmove(reinterpret_cast<quint32 *>(m_image.scanLine(y + delta.y())) + from.x() + delta.x(),
                     reinterpret_cast<const quint32 *>(m_image.constScanLine(y)) + from.x(), size_t(bytes));
    };
    // Moving down, the bottom rows go first so no source row is overwritten before it is read.
    if (delta.y() > 0) {
        for (int y = from.bottom(); y >= from.top(); --y)
            row(y);
    } else {
        for (int y = from.top(); y <= from.bottom(); ++y)
            row(y);
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
