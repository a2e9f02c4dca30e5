#include "kiosk/app/frame_publisher.h"

#include <QMutexLocker>

namespace motcua {

void FramePublisher::publish(cv::Mat bgr)
{
    if (bgr.empty() || bgr.type() != CV_8UC3) {
        return;
    }
    // The QImage keeps a reference to the Mat's buffer until the last copy goes.
    auto *keep = new cv::Mat(std::move(bgr));
    QImage image(keep->data, keep->cols, keep->rows, static_cast<qsizetype>(keep->step), QImage::Format_BGR888,
                 [](void *mat) { delete static_cast<cv::Mat *>(mat); }, keep);
    {
        QMutexLocker lock(&m_mutex);
        m_latest = std::move(image);
    }
    emit frameReady();
}

QImage FramePublisher::latest() const
{
    QMutexLocker lock(&m_mutex);
    return m_latest;
}

void FramePublisher::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_latest = QImage();
    }
    emit frameReady();
}

}  // namespace motcua
