#include "kiosk/scan/decode_worker.h"

namespace motcua {

DecodeWorker::DecodeWorker(DecodeFunction decode, ResultCallback onResult)
    : m_decode(std::move(decode)), m_onResult(std::move(onResult)), m_thread([this] { run(); })
{
}

DecodeWorker::~DecodeWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool DecodeWorker::offer(const cv::Mat &frame)
{
    {
        std::lock_guard lock(m_mutex);
        ++m_offered;
        if (m_busy || m_pending) {
            ++m_dropped;
            return false;
        }
        m_pending = frame;
    }
    m_wake.notify_one();
    return true;
}

void DecodeWorker::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return !m_busy && !m_pending; });
}

uint64_t DecodeWorker::framesOffered() const
{
    std::lock_guard lock(m_mutex);
    return m_offered;
}

uint64_t DecodeWorker::framesDropped() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

void DecodeWorker::run()
{
    uint64_t frameNumber = 0;
    while (true) {
        cv::Mat frame;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending; });
            if (m_stop) {
                return;
            }
            frame = std::move(*m_pending);
            m_pending.reset();
            m_busy = true;
            frameNumber = m_offered;
        }
        FrameDecodeResult result{frameNumber, m_decode(frame)};
        m_onResult(result);
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
        }
        m_idle.notify_all();
    }
}

}  // namespace motcua
