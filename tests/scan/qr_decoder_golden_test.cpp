// Golden images (tests/data/scan, made by tools/make-scan-samples.cpp): our
// decoder must find at least as many codes as plain ZXing::ReadBarcode with
// default options, and never return a text that is not on the card.
#include <gtest/gtest.h>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "kiosk/scan/qr_decoder.h"

namespace motcua {
namespace {

const std::string kDataDir = std::string(MOTCUA_SOURCE_DIR) + "/tests/data/scan";

struct Tally {
    int expected = 0;  // codes on all images
    int found = 0;     // codes read with the right text
    int wrong = 0;     // texts read that are not on the image
};

void count(const std::vector<std::string> &expected, const std::vector<std::string> &read, Tally &tally)
{
    tally.expected += static_cast<int>(expected.size());
    for (const auto &text : read) {
        if (std::find(expected.begin(), expected.end(), text) != expected.end()) {
            ++tally.found;
        } else {
            ++tally.wrong;
        }
    }
}

TEST(QrDecoderGolden, DecodesAtLeastAsManyAsPlainZxingAndNothingWrong)
{
    std::ifstream manifestFile(kDataDir + "/manifest.json");
    ASSERT_TRUE(manifestFile) << "missing " << kDataDir << "/manifest.json";
    const auto manifest = nlohmann::json::parse(manifestFile);
    ASSERT_GE(manifest.size(), 30u);

    Tally ours, thorough, plain;
    std::printf("%-32s %-36s %8s %8s %8s\n", "image", "tags", "plain", "live", "thorough");
    for (const auto &entry : manifest) {
        const std::string file = entry.at("file");
        const auto expected = entry.at("texts").get<std::vector<std::string>>();
        const cv::Mat image = cv::imread(kDataDir + "/" + file, cv::IMREAD_COLOR);
        ASSERT_FALSE(image.empty()) << file;

        // Plain zxing-cpp: one ReadBarcode call, default hints, on the grey image.
        const cv::Mat grey = toGrey(image);
        const auto baseline = ZXing::ReadBarcode(
            ZXing::ImageView(grey.data, grey.cols, grey.rows, ZXing::ImageFormat::Lum, static_cast<int>(grey.step[0])));
        std::vector<std::string> plainTexts;
        if (baseline.isValid()) {
            plainTexts.push_back(baseline.text());
        }
        // Each image is a fresh camera session: no region remembered.
        std::vector<std::string> liveTexts, thoroughTexts;
        for (const auto &code : QrDecoder(QrDecoder::Effort::Live).decode(image)) {
            liveTexts.push_back(code.text);
        }
        for (const auto &code : QrDecoder(QrDecoder::Effort::Thorough).decode(image)) {
            thoroughTexts.push_back(code.text);
        }
        // Plain ReadBarcode reads one code at most; score it per image.
        Tally plainOne;
        count(expected, plainTexts, plainOne);
        plain.found += plainOne.found;
        plain.wrong += plainOne.wrong;
        plain.expected += static_cast<int>(expected.size());
        const int oursBefore = ours.found, thoroughBefore = thorough.found;
        count(expected, liveTexts, ours);
        count(expected, thoroughTexts, thorough);
        std::printf("%-32s %-36s %4d/%-3zu %4d/%-3zu %4d/%-3zu\n", file.c_str(),
                    entry.at("tags").get<std::string>().c_str(), plainOne.found, expected.size(), ours.found - oursBefore,
                    expected.size(), thorough.found - thoroughBefore, expected.size());
    }
    const auto rate = [](const Tally &t) { return t.expected ? 100.0 * t.found / t.expected : 0.0; };
    std::printf("decode rate: plain ReadBarcode %d/%d (%.0f %%), live %d/%d (%.0f %%), thorough %d/%d (%.0f %%); "
                "wrong texts: plain %d, live %d, thorough %d\n",
                plain.found, plain.expected, rate(plain), ours.found, ours.expected, rate(ours), thorough.found,
                thorough.expected, rate(thorough), plain.wrong, ours.wrong, thorough.wrong);
    EXPECT_EQ(ours.wrong, 0);
    EXPECT_EQ(thorough.wrong, 0);
    EXPECT_GE(ours.found, plain.found);
    EXPECT_GE(thorough.found, ours.found);
}

}  // namespace
}  // namespace motcua
