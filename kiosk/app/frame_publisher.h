#pragma once
// Where a step's camera worker leaves the newest frame for the live preview.
// publish() runs on the worker thread and never copies pixels: the QImage
// shares the frame's buffer. The preview takes latest() when frameReady
// reaches the GUI thread; frames published in between are simply replaced.
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <opencv2/core.hpp>

namespace motcua {

class FramePublisher : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by the camera steps")

public:
    explicit FramePublisher(QObject *parent = nullptr) : QObject(parent) {}

    // An 8-bit BGR frame; kept alive by reference, not copied. Thread-safe.
    void publish(cv::Mat bgr);
    QImage latest() const;
    // Drops the newest frame (session end; the camera's buffer is its own).
    void clear();

signals:
    void frameReady();

private:
    mutable QMutex m_mutex;
    QImage m_latest;
};

}  // namespace motcua
