#include "kiosk/app/camera_preview.h"

#include <QQuickWindow>
#include <QSGImageNode>

namespace motcua {

CameraPreview::CameraPreview(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void CameraPreview::setPublisher(FramePublisher *publisher)
{
    if (publisher == m_publisher) {
        return;
    }
    disconnect(m_connection);
    m_publisher = publisher;
    if (m_publisher) {
        m_connection = connect(m_publisher, &FramePublisher::frameReady, this, &CameraPreview::onFrameReady,
                               Qt::QueuedConnection);
    }
    emit publisherChanged();
    onFrameReady();
}

void CameraPreview::setMirrored(bool mirrored)
{
    if (mirrored == m_mirrored) {
        return;
    }
    m_mirrored = mirrored;
    emit mirroredChanged();
    update();
}

void CameraPreview::onFrameReady()
{
    // Several frameReady may be queued: one repaint takes the newest frame.
    m_frameDirty = true;
    update();
}

QSGNode *CameraPreview::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGImageNode *>(old);
    if (m_frameDirty || !node) {
        m_frameDirty = false;
        const QImage image = m_publisher ? m_publisher->latest() : QImage();
        const bool has = !image.isNull();
        if (has != m_hasFrame || image.size() != m_frameSize) {
            m_hasFrame = has;
            m_frameSize = image.size();
            QMetaObject::invokeMethod(this, &CameraPreview::hasFrameChanged, Qt::QueuedConnection);
        }
        if (!has) {
            delete node;
            return nullptr;
        }
        if (!node) {
            node = window()->createImageNode();
            node->setOwnsTexture(true);
            node->setFiltering(QSGTexture::Linear);
        }
        // The upload copies the pixels; the old texture goes with setTexture
        // (the node owns it). QSGTexture has no public in-place update that
        // also works with the software renderer.
        node->setTexture(window()->createTextureFromImage(image));
    }
    if (!node) {
        return nullptr;
    }
    // Fill the item, cropping the frame's excess in the middle.
    const QSizeF frame = m_frameSize;
    const double itemAspect = width() / std::max(1.0, height());
    QRectF source(QPointF(0, 0), frame);
    if (frame.width() / frame.height() > itemAspect) {
        const double w = frame.height() * itemAspect;
        source = QRectF((frame.width() - w) / 2, 0, w, frame.height());
    } else {
        const double h = frame.width() / itemAspect;
        source = QRectF(0, (frame.height() - h) / 2, frame.width(), h);
    }
    node->setSourceRect(source);
    node->setRect(boundingRect());
    node->setTextureCoordinatesTransform(m_mirrored ? QSGImageNode::MirrorHorizontally
                                                    : QSGImageNode::NoTransform);
    return node;
}

}  // namespace motcua
