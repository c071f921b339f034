#pragma once
// VncFrameSurface: the desktop image a VncView paints, shared between the VNC worker (which copies each damaged
// area into it once, straight from the decoder's framebuffer) and the UI thread (which paints from it). A mutex
// keeps a paint from seeing half of a copy; neither side holds it for longer than one copy or one drawImage.

#include <QImage>
#include <QMutex>
#include <QRegion>
#include <QSize>

class QPainter;

namespace ckx {

class VncFrameSurface
{
public:
    /// Worker: a new desktop size; the image is black until the first update.
    void reset(QSize size);
    /// Worker: copies `region` of the decoder's 32-bit 0x00RRGGBB framebuffer (`stride` pixels per row).
    void copyFrom(const quint32 *framebuffer, int stride, const QRegion &region);

    /// UI: draws `source` (desktop pixels, clipped to the image) into `target` (a paint device rectangle).
    void draw(QPainter &painter, const QRectF &target, const QRect &source) const;
    QSize size() const;
    /// A deep copy, for tests and screenshots.
    QImage snapshot() const;

private:
    mutable QMutex m_mutex;
    QImage m_image; // Format_RGB32
};

} // namespace ckx
