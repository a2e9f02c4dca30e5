#pragma once
// The live camera picture: draws the newest frame of a FramePublisher,
// filling the item (centre crop, like PreserveAspectCrop) and mirrored when
// asked, so the citizen sees themselves as in a mirror. A new texture is made
// only when a new frame arrived; frames that come faster than the screen
// refreshes are skipped. Uses QSGImageNode, so it draws with the software
// renderer (tests, Xvfb) as well as with the GPU.
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include "kiosk/app/frame_publisher.h"

namespace motcua {

class CameraPreview : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(FramePublisher *publisher READ publisher WRITE setPublisher NOTIFY publisherChanged)
    Q_PROPERTY(bool mirrored READ mirrored WRITE setMirrored NOTIFY mirroredChanged)
    Q_PROPERTY(bool hasFrame READ hasFrame NOTIFY hasFrameChanged)
    Q_PROPERTY(QSize frameSize READ frameSize NOTIFY hasFrameChanged)

public:
    explicit CameraPreview(QQuickItem *parent = nullptr);

    FramePublisher *publisher() const { return m_publisher; }
    void setPublisher(FramePublisher *publisher);
    bool mirrored() const { return m_mirrored; }
    void setMirrored(bool mirrored);
    bool hasFrame() const { return m_hasFrame; }
    QSize frameSize() const { return m_frameSize; }

signals:
    void publisherChanged();
    void mirroredChanged();
    void hasFrameChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    void onFrameReady();

    QPointer<FramePublisher> m_publisher;
    QMetaObject::Connection m_connection;
    bool m_mirrored = false;
    bool m_hasFrame = false;
    bool m_frameDirty = false;
    QSize m_frameSize;
};

}  // namespace motcua
