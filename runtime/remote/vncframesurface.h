#pragma once
// VncFrameSurface: the desktop image a VncView paints, shared between the VNC worker (which writes the decoded
// pixels into it: solid fills, decoded rectangles and CopyRect moves straight from libvncclient's hooks, anything
// else once from the decoder's framebuffer) and the UI thread (which paints from it). A mutex keeps a paint from
// seeing half of one write; neither side holds it for longer than one rectangle or one drawImage. A paint between
// two rectangles of one update shows the update in part; the update's own repaint follows.

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
    /// Worker: `rect` (clipped to the image) in one 0x00RRGGBB colour.
    void fill(const QRect &rect, quint32 pixel);
    /// Worker: `rect` from `pixels`, its own 0x00RRGGBB pixels row after row (`rect.width()` per row).
    void put(const QRect &rect, const quint32 *pixels);
    /// Worker: RFB CopyRect, `source` moved to `to` within the image (the two may overlap).
    void move(const QRect &source, QPoint to);

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
