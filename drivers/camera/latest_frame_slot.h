#pragma once
// One frame deep: the grabbing thread overwrites, the consumer takes the
// newest. Older frames are dropped, never queued.
#include <condition_variable>
#include <mutex>
#include <optional>

#include "kiosk/photo/camera.h"

namespace motcua {

class LatestFrameSlot {
public:
    void put(cv::Mat image)
    {
        {
            std::lock_guard lock(m_mutex);
            m_frame.image = std::move(image);
            m_frame.sequence = ++m_sequence;
            m_frame.captured = std::chrono::steady_clock::now();
        }
        m_changed.notify_all();
    }
    void putError(Error error)
    {
        {
            std::lock_guard lock(m_mutex);
            m_error = std::move(error);
        }
        m_changed.notify_all();
    }
    void reset()
    {
        std::lock_guard lock(m_mutex);
        m_frame = {};
        m_sequence = 0;
        m_error.reset();
    }
    Result<photo::CameraFrame> next(std::uint64_t after, std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        const bool ready = m_changed.wait_for(lock, timeout, [&] { return m_error || m_sequence > after; });
        if (m_error) {
            return unexpected(*m_error);
        }
        if (!ready) {
            return fail("camera.timeout", "no new camera frame in time");
        }
        return m_frame;  // cv::Mat shares the buffer; put() assigns a fresh one, never writes into it
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    photo::CameraFrame m_frame;
    std::uint64_t m_sequence = 0;
    std::optional<Error> m_error;
};

}  // namespace motcua
