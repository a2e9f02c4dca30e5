#include "drivers/scanner/hid_pos_report.h"

namespace motcua {

Result<std::optional<HidPosCode>> HidPosReportAssembler::add(std::span<const std::uint8_t> report)
{
    if (report.empty() || report[0] != kHidPosScannedDataReportId) {
        return std::optional<HidPosCode>();  // status, attribute or vendor reports
    }
    if (report.size() < 5) {
        reset();
        return fail("hidpos.report", "scanned-data report shorter than its header");
    }
    const std::size_t length = report[1];
    if (length > kHidPosMaxDataPerReport || 5 + length > report.size()) {
        reset();
        return fail("hidpos.report", "scanned-data report claims more data than it holds");
    }
    if (m_buffer.empty() && m_aim.empty()) {
        m_aim.assign(reinterpret_cast<const char *>(report.data() + 2), 3);
    }
    if (m_buffer.size() + length > kMaxCode) {
        m_overflow = true;
    } else {
        m_buffer.append(reinterpret_cast<const char *>(report.data() + 5), length);
    }
    const bool continues = report.size() >= kHidPosReportSize && (report[63] & 0x01) != 0;
    if (continues) {
        return std::optional<HidPosCode>();
    }
    if (m_overflow) {
        reset();
        return fail("hidpos.too_long", "scanner sent an over-long code; dropped");
    }
    HidPosCode code{std::move(m_buffer), std::move(m_aim)};
    reset();
    while (!code.text.empty() && (code.text.back() == '\r' || code.text.back() == '\n')) {
        code.text.pop_back();
    }
    if (code.text.empty()) {
        return std::optional<HidPosCode>();
    }
    return std::optional<HidPosCode>(std::move(code));
}

void HidPosReportAssembler::reset()
{
    m_buffer.clear();
    m_aim.clear();
    m_overflow = false;
}

bool declaresBarCodeScannerPage(std::span<const std::uint8_t> descriptor)
{
    // Walk the short items (HID 1.11 §6.2.2.2): prefix byte = tag|type|size.
    std::size_t i = 0;
    while (i < descriptor.size()) {
        const std::uint8_t prefix = descriptor[i];
        if (prefix == 0xFE) {  // long item: size in the next byte
            if (i + 1 >= descriptor.size()) {
                return false;
            }
            i += 3 + descriptor[i + 1];
            continue;
        }
        const std::size_t size = (prefix & 0x03) == 3 ? 4 : (prefix & 0x03);
        if (i + 1 + size > descriptor.size()) {
            return false;
        }
        if ((prefix & 0xFC) == 0x04 && size >= 1) {  // global item Usage Page
            std::uint32_t page = 0;
            for (std::size_t b = 0; b < size; ++b) {
                page |= static_cast<std::uint32_t>(descriptor[i + 1 + b]) << (8 * b);
            }
            if (page == 0x8C) {
                return true;
            }
        }
        i += 1 + size;
    }
    return false;
}

}  // namespace motcua
