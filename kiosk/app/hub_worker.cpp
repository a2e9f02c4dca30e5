#include "kiosk/app/hub_worker.h"

namespace motcua {

HubWorker::HubWorker(bool offThread) : m_offThread(offThread)
{
    m_pool.setMaxThreadCount(1);  // one call at a time, in the order made
    m_pool.setExpiryTimeout(-1);
}

HubWorker::~HubWorker()
{
    m_pool.clear();
    m_pool.waitForDone();
}

}  // namespace motcua
