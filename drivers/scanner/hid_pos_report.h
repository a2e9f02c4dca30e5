#pragma once
// Input reports of a USB HID point-of-sale scanner (HID Point of Sale Usage
// Tables 1.02, usage page 0x8C "Bar Code Scanner", usage 0x12 "Scanned Data
// Report"). As /dev/hidraw delivers them with numbered reports:
//   byte 0      report ID 0x02 (scanned data)
//   byte 1      number of data bytes in this report (0–56)
//   bytes 2–4   AIM symbology identifier, e.g. "]Q1" for QR
//   bytes 5–60  the data bytes, raw: UTF-8 arrives intact
//   bytes 61–62 vendor symbology / reserved
//   byte 63     bit 0 set: the code continues in the next report
// A long code (an ID card's QR is ~100–300 bytes) spans several reports.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "kiosk/core/result.h"

namespace motcua {

inline constexpr std::uint8_t kHidPosScannedDataReportId = 0x02;
inline constexpr std::size_t kHidPosReportSize = 64;
inline constexpr std::size_t kHidPosMaxDataPerReport = 56;

struct HidPosCode {
    std::string text;  // the data bytes of every report, trailing CR/LF removed
    std::string aim;   // AIM symbology identifier of the first report, e.g. "]Q1"
};

class HidPosReportAssembler {
public:
    // Longest code kept (a QR holds at most ~3 kB); longer is dropped.
    static constexpr std::size_t kMaxCode = 4096;

    // One report as read(2) returned it. A finished code, nothing while the code
    // continues or for other reports, or an error (hidpos.report: malformed,
    // hidpos.too_long: over kMaxCode) after which the partial code is dropped.
    Result<std::optional<HidPosCode>> add(std::span<const std::uint8_t> report);

    void reset();

private:
    std::string m_buffer;
    std::string m_aim;
    bool m_overflow = false;
};

// Whether a HID report descriptor declares the Bar Code Scanner usage page
// (Usage Page item 0x05 0x8C, or the 2-byte form 0x06 0x8C 0x00).
bool declaresBarCodeScannerPage(std::span<const std::uint8_t> descriptor);

}  // namespace motcua
