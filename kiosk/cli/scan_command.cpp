#include "kiosk/cli/scan_command.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>

#include "kiosk/core/clock.h"
#include "kiosk/scan/cccd_payload.h"
#include "kiosk/scan/code_kind.h"
#include "kiosk/scan/qr_decoder.h"

namespace motcua::cli {
namespace {

struct ScanArgs {
    std::vector<std::string> images;
    std::string cccdImage;
    std::string text;
    bool textGiven = false;
};

nlohmann::json positionJson(const DecodedCode &code)
{
    auto points = nlohmann::json::array();
    for (const auto &corner : code.corners) {
        points.push_back({corner.x, corner.y});
    }
    return points;
}

int printCodes(const std::vector<std::string> &images, bool json)
{
    int exit = kOk;
    auto list = nlohmann::json::array();
    for (const auto &file : images) {
        const cv::Mat image = cv::imread(file, cv::IMREAD_COLOR);
        if (image.empty()) {
            std::fprintf(stderr, "motcua: cannot read image %s\n", file.c_str());
            return kUsage;
        }
        const auto codes = QrDecoder(QrDecoder::Effort::Thorough).decode(image);
        if (codes.empty()) {
            exit = kCheckFailed;
            if (!json) {
                std::printf("%s: no QR code found\n", file.c_str());
            }
        }
        for (const auto &code : codes) {
            if (json) {
                list.push_back({{"file", file}, {"text", code.text}, {"kind", codeKindName(classifyCode(code.text))},
                                {"position", positionJson(code)}});
            } else {
                std::printf("%s: %s\n", file.c_str(), code.text.c_str());
            }
        }
    }
    if (json) {
        std::puts(list.dump(2).c_str());
    }
    return exit;
}

const char *sexName(Sex sex) { return sex == Sex::Male ? "Nam" : "Nữ"; }

int printCccd(const std::string &payloadText, bool json)
{
    const auto today = civilDateInVietnam(SystemClock().wallNow());
    const auto payload = parseCccdPayload(payloadText, today);
    if (!payload) {
        if (json) {
            std::puts(nlohmann::json{{"ok", false}, {"code", payload.error().code}, {"reason", payload.error().message}}
                          .dump(2)
                          .c_str());
        } else {
            std::printf("Từ chối (%s): %s\n", payload.error().code.c_str(), payload.error().message.c_str());
        }
        return kCheckFailed;
    }
    const auto &p = *payload;
    if (json) {
        std::puts(nlohmann::json{{"ok", true},
                                 {"variant", variantName(p.variant)},
                                 {"id_number", p.id.digits},
                                 {"province_of_birth_registration", p.id.provinceName},
                                 {"old_id_number", p.oldIdNumber},
                                 {"full_name", p.fullName},
                                 {"birth_date", formatIso(p.birthDate)},
                                 {"sex", sexName(p.sex)},
                                 {"address", p.address},
                                 {"issue_date", formatIso(p.issueDate)},
                                 {"extra_fields", p.extraFields}}
                      .dump(2)
                      .c_str());
        return kOk;
    }
    std::printf("Dạng mã:            %s\n", variantName(p.variant));
    std::printf("Số định danh:       %s (nơi đăng ký khai sinh: %s)\n", p.id.digits.c_str(), p.id.provinceName.c_str());
    std::printf("Số CMND cũ:         %s\n", p.oldIdNumber.empty() ? "(không có)" : p.oldIdNumber.c_str());
    std::printf("Họ và tên:          %s\n", p.fullName.c_str());
    std::printf("Ngày sinh:          %s\n", formatDdMmYyyy(p.birthDate).c_str());
    std::printf("Giới tính:          %s\n", sexName(p.sex));
    std::printf("Nơi thường trú:     %s\n", p.address.c_str());
    std::printf("Ngày cấp:           %s\n", formatDdMmYyyy(p.issueDate).c_str());
    for (size_t i = 0; i < p.extraFields.size(); ++i) {
        std::printf("Trường thêm %zu:      %s\n", i + 1, p.extraFields[i].c_str());
    }
    return kOk;
}

int scanCccdImage(const std::string &file, bool json)
{
    const cv::Mat image = cv::imread(file, cv::IMREAD_COLOR);
    if (image.empty()) {
        std::fprintf(stderr, "motcua: cannot read image %s\n", file.c_str());
        return kUsage;
    }
    const auto codes = QrDecoder(QrDecoder::Effort::Thorough).decode(image);
    if (codes.empty()) {
        std::printf("Không tìm thấy mã QR trong ảnh\n");
        return kCheckFailed;
    }
    // Prefer a code that looks like an ID card's; otherwise let the parser
    // explain what the first code is.
    for (const auto &code : codes) {
        if (classifyCode(code.text) == CodeKind::CccdLike) {
            return printCccd(code.text, json);
        }
    }
    return printCccd(codes.front().text, json);
}

}  // namespace

void addScanCommand(CLI::App &app, const GlobalOptions &options, int &exitCode)
{
    auto *scan = app.add_subcommand("scan", "Read QR codes from images; check an ID card's QR payload");
    static ScanArgs args;
    scan->add_option("images", args.images, "Image files (PNG, JPEG …)")->check(CLI::ExistingFile);
    auto *cccd = scan->add_option("--cccd", args.cccdImage, "Image of the back of an ID card: print its fields")
                     ->check(CLI::ExistingFile);
    auto *text = scan->add_option("--text", args.text, "A QR payload as text: print its ID card fields");
    cccd->excludes(text);
    scan->callback([&options, &exitCode, text] {
        if (text->count() > 0) {
            exitCode = printCccd(args.text, options.json);
        } else if (!args.cccdImage.empty()) {
            exitCode = scanCccdImage(args.cccdImage, options.json);
        } else if (!args.images.empty()) {
            exitCode = printCodes(args.images, options.json);
        } else {
            std::fprintf(stderr, "motcua scan: give images, --cccd IMAGE or --text PAYLOAD\n");
            exitCode = kUsage;
        }
    });
}

}  // namespace motcua::cli
