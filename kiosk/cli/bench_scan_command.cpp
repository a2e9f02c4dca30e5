#include "kiosk/cli/bench_scan_command.h"

#include <time.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "kiosk/core/percentiles.h"
#include "kiosk/scan/qr_decoder.h"
#include "kiosk/scan/qr_symbol.h"

namespace motcua::cli {
namespace {

// An invented card holder; the same length as a real 7-field payload.
const char *kPayload = "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15042021";

// A camera-like 1280x720 grey frame: lit gradient, sensor noise, and when
// asked a QR code about 220 px wide, slightly tilted, where a card would be held.
cv::Mat makeFrame(bool withCode, uint64_t seed)
{
    cv::RNG rng(seed);
    cv::Mat frame(720, 1280, CV_8UC1);
    for (int y = 0; y < frame.rows; ++y) {
        frame.row(y).setTo(60 + 80 * y / frame.rows);
    }
    cv::rectangle(frame, cv::Rect(380, 160, 520, 330), cv::Scalar(215), cv::FILLED);  // the card
    if (withCode) {
        const cv::Mat symbol = renderQrSymbol(kPayload, 220);
        const std::vector<cv::Point2f> from = {{0, 0},
                                               {static_cast<float>(symbol.cols), 0},
                                               {static_cast<float>(symbol.cols), static_cast<float>(symbol.rows)},
                                               {0, static_cast<float>(symbol.rows)}};
        const float dx = static_cast<float>(rng.uniform(-6, 6));
        const std::vector<cv::Point2f> to = {{650 + dx, 200}, {880, 210 + dx}, {870, 440}, {655, 430 - dx}};
        cv::Mat warped, mask, warpedMask;
        cv::warpPerspective(symbol, warped, cv::getPerspectiveTransform(from, to), frame.size(), cv::INTER_AREA);
        mask = cv::Mat(symbol.size(), CV_8UC1, cv::Scalar(255));
        cv::warpPerspective(mask, warpedMask, cv::getPerspectiveTransform(from, to), frame.size());
        warped.copyTo(frame, warpedMask);
    }
    cv::Mat noise(frame.size(), CV_16SC1);
    rng.fill(noise, cv::RNG::NORMAL, 0, 6);
    cv::Mat wide;
    frame.convertTo(wide, CV_16SC1);
    wide += noise;
    wide.convertTo(frame, CV_8UC1);
    return frame;
}

struct Scenario {
    const char *name;
    bool withCode;
    bool tracked;  // the decoder remembers where the code was
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

struct Timings {
    SampleSummary wall;
    SampleSummary cpu;  // this thread's CPU time: the cost on a core of its own
};

Timings run(const Scenario &scenario, int frames, int &decoded)
{
    std::vector<cv::Mat> variants;
    for (uint64_t seed = 1; seed <= 8; ++seed) {
        cv::Mat grey = makeFrame(scenario.withCode, seed);
        cv::Mat bgr;
        cv::cvtColor(grey, bgr, cv::COLOR_GRAY2BGR);  // camera frames arrive in colour
        variants.push_back(bgr);
    }
    QrDecoder decoder(QrDecoder::Effort::Live);
    std::vector<double> samples, cpuSamples;
    decoded = 0;
    for (int i = 0; i < frames; ++i) {
        if (!scenario.tracked) {
            decoder.forgetRegion();
        }
        const double cpuStart = threadCpuMs();
        const auto start = std::chrono::steady_clock::now();
        const auto codes = decoder.decode(variants[static_cast<size_t>(i) % variants.size()]);
        const auto end = std::chrono::steady_clock::now();
        cpuSamples.push_back(threadCpuMs() - cpuStart);
        samples.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        decoded += codes.empty() ? 0 : 1;
    }
    return {summarize(samples), summarize(cpuSamples)};
}

}  // namespace

void addBenchScanCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    auto *scan = bench.add_subcommand("scan", "QR decode time per 1280x720 camera frame (one core)");
    static int frames = 200;
    scan->add_option("--frames", frames, "Frames per scenario")->check(CLI::Range(10, 100000));
    scan->callback([&options, &exitCode] {
        cv::setNumThreads(1);  // the decode worker has one core
        const Scenario scenarios[] = {{"with code, first sight", true, false},
                                      {"with code, tracked region", true, true},
                                      {"without code", false, false}};
        nlohmann::json results = nlohmann::json::array();
        bool withinTarget = true;
        for (const auto &scenario : scenarios) {
            int decoded = 0;
            const auto timings = run(scenario, frames, decoded);
            // Judged on CPU time: on the kiosk the worker has a core; on a
            // busy build machine wall time mostly measures the other jobs.
            withinTarget = withinTarget && timings.cpu.p95 <= 10.0;
            if (options.json) {
                results.push_back({{"scenario", scenario.name}, {"frames", timings.wall.count}, {"decoded", decoded},
                                   {"cpu_median_ms", timings.cpu.median}, {"cpu_p95_ms", timings.cpu.p95},
                                   {"wall_median_ms", timings.wall.median}, {"wall_p95_ms", timings.wall.p95},
                                   {"wall_max_ms", timings.wall.max}});
            } else {
                std::printf("%-26s %5zu frames, %5d decoded: CPU median %6.2f ms, p95 %6.2f ms | wall median %6.2f ms, "
                            "p95 %6.2f ms\n",
                            scenario.name, timings.wall.count, decoded, timings.cpu.median, timings.cpu.p95,
                            timings.wall.median, timings.wall.p95);
            }
        }
        if (options.json) {
            std::puts(nlohmann::json{{"benchmark", "scan"}, {"frame", "1280x720"}, {"target_p95_ms", 10},
                                     {"within_target", withinTarget}, {"scenarios", results}}
                          .dump(2)
                          .c_str());
        } else {
            std::printf("target CPU p95 <= 10 ms per frame: %s\n", withinTarget ? "met" : "NOT met");
        }
        exitCode = withinTarget ? kOk : kCheckFailed;
    });
}

}  // namespace motcua::cli
