#include "kiosk/cli/photo_command.h"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "kiosk/photo/photo_analyzer.h"
#include "kiosk/photo/photo_guidance.h"
#include "kiosk/photo/photo_output.h"

namespace motcua::cli {
namespace {

using namespace motcua::photo;

nlohmann::json checkJson(const PhotoCheck &c)
{
    return {{"code", checkCode(c.id)}, {"outcome", outcomeName(c.outcome)}, {"value", c.value},
            {"min", c.min},           {"max", c.max},                      {"unit", c.unit},
            {"source", c.source},     {"detail", c.detail}};
}

int checkImages(const std::vector<std::string> &files, bool json)
{
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    if (!analyzer) {
        std::fprintf(stderr, "motcua: %s (%s)\n", analyzer.error().message.c_str(), analyzer.error().code.c_str());
        return kUsage;
    }
    int exit = kOk;
    auto list = nlohmann::json::array();
    for (const auto &file : files) {
        const cv::Mat image = cv::imread(file, cv::IMREAD_COLOR);
        if (image.empty()) {
            std::fprintf(stderr, "motcua: cannot read image %s\n", file.c_str());
            return kUsage;
        }
        (*analyzer)->reset();
        const PhotoReport report = (*analyzer)->analyze(image);
        const Guidance guidance = guidanceFor(report);
        if (!report.accepted()) {
            exit = kCheckFailed;
        }
        if (json) {
            auto checks = nlohmann::json::array();
            for (const auto &c : report.checks) {
                checks.push_back(checkJson(c));
            }
            auto failed = nlohmann::json::array();
            for (CheckId id : report.failedChecks()) {
                failed.push_back(checkCode(id));
            }
            auto review = nlohmann::json::array();
            for (const auto &item : report.reviewItems) {
                review.push_back({{"code", item.code}, {"vi", item.textVi}, {"en", item.textEn}});
            }
            list.push_back({{"file", file},
                            {"accepted", report.accepted()},
                            {"faces", report.faceCount},
                            {"failed", failed},
                            {"guidance", {{"code", guidance.code}, {"vi", guidance.textVi}, {"en", guidance.textEn},
                                          {"icon", guidance.icon}}},
                            {"checks", checks},
                            {"review", review}});
            continue;
        }
        std::printf("%s: %s (%d face%s)\n", file.c_str(), report.accepted() ? "ĐẠT / accepted" : "KHÔNG ĐẠT / rejected",
                    report.faceCount, report.faceCount == 1 ? "" : "s");
        for (const auto &c : report.checks) {
            std::printf("  %-5s %-26s %10.3f  [%g .. %g] %-6s %s\n", c.outcome == Outcome::Pass ? "ok" :
                        c.outcome == Outcome::Fail ? "FAIL" : "n/a", std::string(checkCode(c.id)).c_str(), c.value,
                        c.min, c.max > 1e8 ? INFINITY : c.max, c.unit.c_str(), c.detail.c_str());
        }
        std::printf("  guidance: %s / %s [%s]\n", guidance.textVi.c_str(), guidance.textEn.c_str(),
                    guidance.icon.c_str());
        std::printf("  for the guide to review:");
        for (const auto &item : report.reviewItems) {
            std::printf(" %s;", item.textEn.c_str());
        }
        std::printf("\n");
    }
    if (json) {
        std::puts(list.dump(2).c_str());
    }
    return exit;
}

int cropImage(const std::string &in, const std::string &out, bool json)
{
    const cv::Mat image = cv::imread(in, cv::IMREAD_COLOR);
    if (image.empty()) {
        std::fprintf(stderr, "motcua: cannot read image %s\n", in.c_str());
        return kUsage;
    }
    auto analyzer = PhotoAnalyzer::create(PhotoAnalyzer::Mode::Still);
    if (!analyzer) {
        std::fprintf(stderr, "motcua: %s\n", analyzer.error().message.c_str());
        return kUsage;
    }
    const PhotoReport report = (*analyzer)->analyze(image);
    auto crop = cropPassportPhoto(image, report, (*analyzer)->rules());
    if (!crop) {
        std::fprintf(stderr, "motcua: %s (%s)\n", crop.error().message.c_str(), crop.error().code.c_str());
        return kCheckFailed;
    }
    auto jpeg = encodeBaselineJpeg(*crop);
    if (!jpeg) {
        std::fprintf(stderr, "motcua: %s (%s)\n", jpeg.error().message.c_str(), jpeg.error().code.c_str());
        return kCheckFailed;
    }
    std::ofstream file(out, std::ios::binary);
    file.write(reinterpret_cast<const char *>(jpeg->data()), static_cast<std::streamsize>(jpeg->size()));
    if (!file) {
        std::fprintf(stderr, "motcua: cannot write %s\n", out.c_str());
        return kUsage;
    }
    if (json) {
        std::puts(nlohmann::json{{"output", out}, {"width", crop->cols}, {"height", crop->rows},
                                 {"bytes", jpeg->size()}, {"accepted", report.accepted()}}
                      .dump(2)
                      .c_str());
    } else {
        std::printf("%s: %dx%d baseline JPEG, %zu bytes%s\n", out.c_str(), crop->cols, crop->rows, jpeg->size(),
                    report.accepted() ? "" : " (the source photo fails some checks: see `motcua photo check`)");
    }
    return report.accepted() ? kOk : kCheckFailed;
}

}  // namespace

void addPhotoCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *photo = app.add_subcommand("photo", "Passport photo: ICAO / TK01 checks and the 4x6 output");
    photo->require_subcommand(1);

    static std::vector<std::string> images;
    auto *check = photo->add_subcommand("check", "Every check with value, threshold and outcome");
    check->add_option("images", images, "Photos or camera frames")->required()->check(CLI::ExistingFile);
    check->callback([&options, &exitCode] { exitCode = checkImages(images, options.json); });

    static std::string in, out;
    auto *crop = photo->add_subcommand("crop", "The 2:3 600x900 baseline JPEG for the application");
    crop->add_option("image", in, "Photo or camera frame")->required()->check(CLI::ExistingFile);
    crop->add_option("output", out, "JPEG to write")->required();
    crop->callback([&options, &exitCode] { exitCode = cropImage(in, out, options.json); });
}

}  // namespace motcua::cli
