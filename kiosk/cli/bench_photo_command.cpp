#include "kiosk/cli/bench_photo_command.h"

#include <time.h>

#include <chrono>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "kiosk/core/data_paths.h"
#include "kiosk/core/percentiles.h"
#include "kiosk/photo/photo_analyzer.h"

namespace motcua::cli {
namespace {

constexpr double kTargetP95Ms = 8.0;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

cv::Mat toFrameSize(const cv::Mat &image)
{
    if (image.size() == cv::Size(1280, 720)) {
        return image;
    }
    cv::Mat out;
    cv::resize(image, out, cv::Size(1280, 720), 0, 0, cv::INTER_LINEAR);
    return out;
}

std::vector<cv::Mat> loadFrames(const std::vector<std::string> &inputs)
{
    std::vector<cv::Mat> frames;
    for (const auto &input : inputs) {
        const cv::Mat still = cv::imread(input, cv::IMREAD_COLOR);
        if (!still.empty()) {
            frames.push_back(toFrameSize(still));
            continue;
        }
        cv::VideoCapture video(input, cv::CAP_ANY);
        cv::Mat frame;
        while (video.isOpened() && video.read(frame) && frames.size() < 600) {
            frames.push_back(toFrameSize(frame.clone()));
        }
    }
    return frames;
}

}  // namespace

void addBenchPhotoCommand(CLI::App &bench, const GlobalOptions &options, int &exitCode)
{
    auto *photo = bench.add_subcommand("photo", "Passport-photo analysis time per 1280x720 frame (one core)");
    static std::vector<std::string> inputs;
    static int frameCount = 300;
    photo->add_option("inputs", inputs, "A video or images; default: the bundled sample video");
    photo->add_option("--frames", frameCount, "Frames to analyse")->check(CLI::Range(10, 100000));
    photo->callback([&options, &exitCode] {
        cv::setNumThreads(1);  // the analysis worker has one core
        std::vector<std::string> sources = inputs;
        if (sources.empty()) {
            sources.push_back((assetDirectory() / "samples" / "photo-astronaut.avi").string());
        }
        const auto frames = loadFrames(sources);
        if (frames.empty()) {
            std::fprintf(stderr, "motcua: no frames could be read from the input\n");
            exitCode = kUsage;
            return;
        }
        auto analyzer = photo::PhotoAnalyzer::create(photo::PhotoAnalyzer::Mode::Live);
        if (!analyzer) {
            std::fprintf(stderr, "motcua: %s\n", analyzer.error().message.c_str());
            exitCode = kUsage;
            return;
        }
        std::vector<double> wall, cpu;
        int accepted = 0, withFace = 0;
        for (int i = 0; i < frameCount; ++i) {
            const cv::Mat &frame = frames[static_cast<size_t>(i) % frames.size()];
            const double cpuStart = threadCpuMs();
            const auto start = std::chrono::steady_clock::now();
            const auto report = (*analyzer)->analyze(frame);
            const auto end = std::chrono::steady_clock::now();
            cpu.push_back(threadCpuMs() - cpuStart);
            wall.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            accepted += report.accepted() ? 1 : 0;
            withFace += report.faceCount > 0 ? 1 : 0;
        }
        const SampleSummary w = summarize(wall), c = summarize(cpu);
        const auto &eyes = (*analyzer)->finder().eyeSearchCounts();
        // Judged on CPU time: on the kiosk the worker has its core; on a busy
        // build machine wall time mostly measures the other jobs.
        const bool withinTarget = c.p95 <= kTargetP95Ms;
        if (options.json) {
            std::puts(nlohmann::json{{"benchmark", "photo"}, {"frame", "1280x720"}, {"frames", w.count},
                                     {"distinct_frames", frames.size()}, {"with_face", withFace},
                                     {"accepted", accepted}, {"eye_search_band", eyes.band},
                                     {"eye_search_tracked", eyes.tracked}, {"eye_search_missed", eyes.missed},
                                     {"cpu_median_ms", c.median}, {"cpu_p95_ms", c.p95},
                                     {"wall_median_ms", w.median}, {"wall_p95_ms", w.p95}, {"wall_max_ms", w.max},
                                     {"target_p95_ms", kTargetP95Ms}, {"within_target", withinTarget}}
                          .dump(2)
                          .c_str());
        } else {
            std::printf("%zu frames (%zu distinct), %d with a face, %d accepted\n", w.count, frames.size(), withFace,
                        accepted);
            std::printf("eyes: %d tracked, %d whole-band searches (%d after a missed track)\n", eyes.tracked,
                        eyes.band, eyes.missed);
            std::printf("CPU  median %6.2f ms, p95 %6.2f ms, max %6.2f ms\n", c.median, c.p95, c.max);
            std::printf("wall median %6.2f ms, p95 %6.2f ms, max %6.2f ms\n", w.median, w.p95, w.max);
            std::printf("target CPU p95 <= %.0f ms per frame: %s\n", kTargetP95Ms, withinTarget ? "met" : "NOT met");
        }
        exitCode = withinTarget ? kOk : kCheckFailed;
    });
}

}  // namespace motcua::cli
