#pragma once
// QR codes out of camera frames with zxing-cpp. A kiosk camera sees the same
// card in the same place frame after frame, so the region where a code was
// last found is tried first (a small crop decodes in a fraction of the time),
// then the whole frame. Only QR codes are looked for: fewer false reads.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace motcua {

struct DecodedCode {
    std::string text;                  // UTF-8 as zxing-cpp decoded it
    std::array<cv::Point, 4> corners;  // top-left, top-right, bottom-right, bottom-left, in frame pixels
};

class QrDecoder {
public:
    enum class Effort {
        Live,      // camera frames: one pass over the whole frame, budget ~10 ms
        Thorough,  // a still image: extra passes (contrast equalised, inverted light)
    };

    explicit QrDecoder(Effort effort = Effort::Live) : m_effort(effort) {}

    // Every QR code found in a BGR, BGRA or 8-bit grey frame.
    std::vector<DecodedCode> decode(const cv::Mat &frame);

    // The region tried first, if a code was found recently.
    std::optional<cv::Rect> lastRegion() const { return m_lastRegion; }
    void forgetRegion() { m_lastRegion.reset(); }

private:
    void remember(const std::vector<DecodedCode> &codes, const cv::Size &frameSize);

    Effort m_effort;
    std::optional<cv::Rect> m_lastRegion;
    int m_missesInRegion = 0;
};

// Grey view of a frame (no copy when it is already 8-bit single channel).
cv::Mat toGrey(const cv::Mat &frame);

}  // namespace motcua
