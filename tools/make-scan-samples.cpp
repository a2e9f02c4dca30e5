// make-scan-samples: writes the golden QR sample images of tests/data/scan and
// their manifest. Each image follows a print-and-camera path: an ID-card-sized
// card with its QR code written as a vector PDF, rasterised by Ghostscript at
// 254 dpi (anti-aliased, as a print and a sensor blur module edges), placed in
// a scene with a 3-D pose (perspective), then blurred, dimmed, glared, noised
// and JPEG-compressed. Fixed seeds: the same build writes the same files.
//
//   make_scan_samples OUTPUT_DIR
//
// The people in the payloads are invented; their ID numbers are structurally
// valid so that the payloads pass the parser's cross-checks.
#include <qrencode.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

namespace {

const std::string kCccd7 =
    "001090123456|012345678|Nguyễn Văn An|01011990|Nam|Số 1 Tràng Tiền, Hoàn Kiếm, Hà Nội|15042021";
const std::string kCccd6 = "001190012345|Lê Thị Cúc|28021990|Nữ|Thôn Đông, Xã Tân Lập, Huyện Đan Phượng, Hà Nội|01072021";
const std::string kCccdExtended =
    "036205000123|012345678901|Phạm Minh Đức|05092005|Nam|Xóm 2, Xã Hải Minh, Huyện Hải Hậu, Nam Định|10102024|"
    "Phạm Văn Hùng|Đỗ Thị Lan";
const std::string kCccdNoOldId =
    "079301234567||Trần Thị Bình|12052001|Nữ|12/3 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|20082022";
const std::string kReceipt = "MOTCUA:R:HN1-20250704-0042";
const std::string kUrl = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html";
const std::string kVietQr =
    "00020101021238530010A0000007270123000697041601092245284790208QRIBFTTA53037045405100005802VN62340107NPS68690819"
    "TRANSFER TO SOMEONE6304AC13";

constexpr int kSceneW = 800, kSceneH = 600;
constexpr int kCardW = 856, kCardH = 540;  // 85.6 × 54 mm at 10 px/mm (ID-1)

// The QR symbol at `pixelsPerModule`, with the 4-module quiet zone, black on white.
cv::Mat renderQr(const std::string &text, int pixelsPerModule)
{
    QRcode *qr = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
    if (!qr) {
        std::fprintf(stderr, "qrencode failed for a payload\n");
        std::exit(1);
    }
    const int quiet = 4;
    const int modules = qr->width + 2 * quiet;
    cv::Mat symbol(modules, modules, CV_8UC1, cv::Scalar(255));
    for (int y = 0; y < qr->width; ++y) {
        for (int x = 0; x < qr->width; ++x) {
            if (qr->data[y * qr->width + x] & 1) {
                symbol.at<uint8_t>(y + quiet, x + quiet) = 0;
            }
        }
    }
    QRcode_free(qr);
    cv::Mat big;
    cv::resize(symbol, big, {}, pixelsPerModule, pixelsPerModule, cv::INTER_NEAREST);
    return big;
}

// A card (pale tint, guilloche, grey text lines, the QR code in a corner at
// `qrMillimetres` wide), printed: written as a vector PDF page of 85.6 × 54 mm (QR
// modules as filled squares, the guilloche as Bézier ellipses, text as bars),
// rasterised by Ghostscript at 254 dpi (10 px/mm) with anti-aliasing, as a
// print-and-photograph path would see it. Needs `gs` on the PATH.
cv::Mat renderCardThroughPdf(const std::vector<std::string> &texts, double qrMillimetres, cv::RNG &rng,
                             const std::filesystem::path &workDir)
{
    constexpr double mm = 72.0 / 25.4;  // PDF points per millimetre
    const double pageW = 85.6 * mm, pageH = 54.0 * mm;
    std::ostringstream c;
    c.setf(std::ios::fixed);
    c.precision(3);
    // y grows downwards in the card's millimetres: flip once.
    c << "1 0 0 -1 0 " << pageH << " cm " << mm << " 0 0 " << mm << " 0 0 cm\n";
    c << "0.925 0.910 0.871 rg 0 0 85.6 54 re f\n";  // BGR(222,232,236) as RGB
    c << "0.882 0.843 0.784 RG 0.1 w\n";
    for (int i = 0; i < 30; ++i) {  // ellipses, rotated, as four Bézier quarters each
        const double a = 8.0 + i * 1.4, b = 5.0 + i * 0.9, k = 0.5523;
        const double t = i * 6.0 * CV_PI / 180;
        c << "q " << std::cos(t) << ' ' << std::sin(t) << ' ' << -std::sin(t) << ' ' << std::cos(t) << " 42.8 27 cm ";
        c << a << " 0 m " << a << ' ' << k * b << ' ' << k * a << ' ' << b << " 0 " << b << " c "
          << -k * a << ' ' << b << ' ' << -a << ' ' << k * b << ' ' << -a << " 0 c "
          << -a << ' ' << -k * b << ' ' << -k * a << ' ' << -b << " 0 " << -b << " c "
          << k * a << ' ' << -b << ' ' << a << ' ' << -k * b << ' ' << a << " 0 c S Q\n";
    }
    c << "0.373 0.353 0.353 rg\n";
    for (int line = 0; line < 7; ++line) {
        c << "4 " << 6 + line * 6 << ' ' << rng.uniform(180, 380) / 10.0 << " 1.8 re f\n";
    }
    int slot = 0;
    for (const auto &text : texts) {
        const cv::Mat symbol = renderQr(text, 1);
        const double module = qrMillimetres / symbol.cols;
        const double x0 = 85.6 - qrMillimetres - 4 - slot * (qrMillimetres + 3);
        c << "1 1 1 rg " << x0 << " 4 " << qrMillimetres << ' ' << qrMillimetres << " re f 0 0 0 rg\n";
        for (int y = 0; y < symbol.rows; ++y) {
            for (int x = 0; x < symbol.cols; ++x) {
                if (symbol.at<uint8_t>(y, x) == 0) {
                    c << x0 + x * module << ' ' << 4 + y * module << ' ' << module << ' ' << module << " re\n";
                }
            }
        }
        c << "f\n";
        ++slot;
    }
    const std::string content = c.str();
    std::ostringstream pdf;
    std::vector<size_t> offsets;
    pdf << "%PDF-1.4\n";
    auto object = [&](const std::string &body) {
        offsets.push_back(static_cast<size_t>(pdf.tellp()));
        pdf << offsets.size() << " 0 obj\n" << body << "\nendobj\n";
    };
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    std::ostringstream page;
    page << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " << pageW << ' ' << pageH << "] /Contents 4 0 R >>";
    object(page.str());
    object("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "endstream");
    const auto xref = static_cast<size_t>(pdf.tellp());
    pdf << "xref\n0 " << offsets.size() + 1 << "\n0000000000 65535 f \n";
    for (const auto offset : offsets) {
        char line[24];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        pdf << line;
    }
    pdf << "trailer\n<< /Size " << offsets.size() + 1 << " /Root 1 0 R >>\nstartxref\n" << xref << "\n%%EOF\n";
    const auto pdfFile = workDir / "card.pdf", pngFile = workDir / "card.png";
    std::ofstream(pdfFile, std::ios::binary) << pdf.str();
    const std::string command = "gs -q -dSAFER -dBATCH -dNOPAUSE -sDEVICE=png16m -r254 -dTextAlphaBits=4 "
                                "-dGraphicsAlphaBits=4 -o '" + pngFile.string() + "' '" + pdfFile.string() + "'";
    if (std::system(command.c_str()) != 0) {
        std::fprintf(stderr, "ghostscript failed: %s\n", command.c_str());
        std::exit(1);
    }
    cv::Mat card = cv::imread(pngFile.string(), cv::IMREAD_COLOR);
    if (card.empty()) {
        std::fprintf(stderr, "cannot read the rasterised card %s\n", pngFile.string().c_str());
        std::exit(1);
    }
    cv::resize(card, card, {kCardW, kCardH}, 0, 0, cv::INTER_AREA);  // 254 dpi rounds the page to 857×540
    return card;
}

struct Pose {
    double widthOnScreen = 520;  // card width in scene pixels when facing the camera
    double roll = 0, yaw = 0, pitch = 0;  // degrees
    cv::Point2d centre{kSceneW / 2.0, kSceneH / 2.0};
};

// Projects the card's corners through a pinhole camera at the given pose.
std::vector<cv::Point2f> projectCard(const Pose &pose)
{
    const double f = 900;  // focal length in pixels
    const double z0 = f * kCardW / pose.widthOnScreen;
    const double r = pose.roll * CV_PI / 180, y = pose.yaw * CV_PI / 180, p = pose.pitch * CV_PI / 180;
    std::vector<cv::Point2f> out;
    for (const auto &corner : {cv::Point2d(-kCardW / 2.0, -kCardH / 2.0), cv::Point2d(kCardW / 2.0, -kCardH / 2.0),
                               cv::Point2d(kCardW / 2.0, kCardH / 2.0), cv::Point2d(-kCardW / 2.0, kCardH / 2.0)}) {
        double X = corner.x * std::cos(r) - corner.y * std::sin(r);
        double Y = corner.x * std::sin(r) + corner.y * std::cos(r);
        double Z = 0;
        const double X1 = X * std::cos(y) + Z * std::sin(y);
        const double Z1 = -X * std::sin(y) + Z * std::cos(y);
        const double Y2 = Y * std::cos(p) - Z1 * std::sin(p);
        const double Z2 = Y * std::sin(p) + Z1 * std::cos(p);
        out.emplace_back(static_cast<float>(pose.centre.x + f * X1 / (z0 + Z2)),
                         static_cast<float>(pose.centre.y + f * Y2 / (z0 + Z2)));
    }
    return out;
}

cv::Mat desk(cv::RNG &rng)
{
    cv::Mat scene(kSceneH, kSceneW, CV_8UC3);
    for (int y = 0; y < kSceneH; ++y) {
        const auto shade = static_cast<uchar>(70 + 50 * y / kSceneH);
        scene.row(y).setTo(cv::Scalar(shade, shade + 8, shade + 15));
    }
    cv::Mat noise(scene.size(), CV_8UC3);
    rng.fill(noise, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(10));
    cv::add(scene, noise, scene);
    return scene;
}

cv::Mat place(const cv::Mat &card, const Pose &pose, cv::RNG &rng)
{
    cv::Mat scene = desk(rng);
    const std::vector<cv::Point2f> source = {{0, 0}, {kCardW, 0}, {kCardW, kCardH}, {0, kCardH}};
    const cv::Mat warp = cv::getPerspectiveTransform(source, projectCard(pose));
    cv::Mat mask(card.size(), CV_8UC1, cv::Scalar(255)), warpedMask, warped;
    cv::warpPerspective(card, warped, warp, scene.size(), cv::INTER_AREA);
    cv::warpPerspective(mask, warpedMask, warp, scene.size(), cv::INTER_LINEAR);
    warped.copyTo(scene, warpedMask);
    return scene;
}

void contrast(cv::Mat &image, double gain, double offset) { image.convertTo(image, -1, gain, offset); }

void glare(cv::Mat &image, cv::Point2d centre, double sigma, double strength)
{
    cv::Mat light(image.size(), CV_32FC1);
    for (int y = 0; y < image.rows; ++y) {
        for (int x = 0; x < image.cols; ++x) {
            const double d2 = (x - centre.x) * (x - centre.x) + (y - centre.y) * (y - centre.y);
            light.at<float>(y, x) = static_cast<float>(strength * std::exp(-d2 / (2 * sigma * sigma)));
        }
    }
    cv::Mat light3;
    cv::cvtColor(light, light3, cv::COLOR_GRAY2BGR);
    cv::Mat f;
    image.convertTo(f, CV_32FC3);
    f += light3;
    f.convertTo(image, CV_8UC3);
}

void noise(cv::Mat &image, double sigma, cv::RNG &rng)
{
    cv::Mat n(image.size(), CV_16SC3);
    rng.fill(n, cv::RNG::NORMAL, cv::Scalar::all(0), cv::Scalar::all(sigma));
    cv::Mat wide;
    image.convertTo(wide, CV_16SC3);
    wide += n;
    wide.convertTo(image, CV_8UC3);
}

void motionBlur(cv::Mat &image, int length)
{
    cv::Mat kernel = cv::Mat::zeros(length, length, CV_32F);
    kernel.row(length / 2).setTo(1.0f / static_cast<float>(length));
    cv::filter2D(image, image, -1, kernel);
}

struct Sample {
    std::string file;
    std::string tags;
    std::vector<std::string> texts;  // what is on the card, in any order
    Pose pose;
    double qrMillimetres = 20;
    std::function<void(cv::Mat &, cv::RNG &)> degrade = [](cv::Mat &, cv::RNG &) {};
    int jpegQuality = 90;
    bool cardless = false;  // desk only, nothing to find
};

Pose pose(double width, double roll = 0, double yaw = 0, double pitch = 0)
{
    Pose p;
    p.widthOnScreen = width;
    p.roll = roll;
    p.yaw = yaw;
    p.pitch = pitch;
    return p;
}

std::vector<Sample> samples()
{
    using V = std::vector<std::string>;
    std::vector<Sample> list = {
        {"cccd7-straight.jpg", "straight", V{kCccd7}, pose(560)},
        {"cccd6-straight.jpg", "straight", V{kCccd6}, pose(560)},
        {"cccd-extended-straight.jpg", "straight", V{kCccdExtended}, pose(600)},
        {"cccd-no-old-id-straight.jpg", "straight", V{kCccdNoOldId}, pose(560)},
        {"receipt-straight.jpg", "straight", V{kReceipt}, pose(500)},
        {"url-straight.jpg", "straight", V{kUrl}, pose(500)},
        {"vietqr-straight.jpg", "straight", V{kVietQr}, pose(520)},
        {"cccd7-yaw25.jpg", "perspective", V{kCccd7}, pose(560, 0, 25)},
        {"cccd7-yaw40.jpg", "perspective", V{kCccd7}, pose(560, 0, 40)},
        {"cccd7-pitch35.jpg", "perspective", V{kCccd7}, pose(560, 0, 0, 35)},
        {"cccd6-yaw30-pitch25.jpg", "perspective", V{kCccd6}, pose(560, 5, 30, 25)},
        {"cccd7-yaw55.jpg", "perspective,hard", V{kCccd7}, pose(600, 0, 55)},
        {"cccd7-roll20.jpg", "rotated", V{kCccd7}, pose(520, 20)},
        {"cccd6-roll90.jpg", "rotated", V{kCccd6}, pose(440, 90)},
        {"cccd7-roll180.jpg", "rotated", V{kCccd7}, pose(560, 180)},
        {"receipt-roll-135.jpg", "rotated", V{kReceipt}, pose(420, -135)},
        {"cccd7-blur1.jpg", "blur", V{kCccd7}, pose(560), 20, [](cv::Mat &m, cv::RNG &) { cv::GaussianBlur(m, m, {0, 0}, 1.2); }},
        {"cccd7-blur2.jpg", "blur", V{kCccd7}, pose(600), 20, [](cv::Mat &m, cv::RNG &) { cv::GaussianBlur(m, m, {0, 0}, 2.2); }},
        {"cccd6-blur3.jpg", "blur,hard", V{kCccd6}, pose(620), 20, [](cv::Mat &m, cv::RNG &) { cv::GaussianBlur(m, m, {0, 0}, 3.0); }},
        {"cccd7-motion9.jpg", "blur", V{kCccd7}, pose(600), 20, [](cv::Mat &m, cv::RNG &) { motionBlur(m, 9); }},
        {"cccd7-contrast40.jpg", "low-contrast", V{kCccd7}, pose(560), 20, [](cv::Mat &m, cv::RNG &) { contrast(m, 0.4, 90); }},
        {"cccd6-contrast20.jpg", "low-contrast,hard", V{kCccd6}, pose(560), 20, [](cv::Mat &m, cv::RNG &) { contrast(m, 0.2, 120); }},
        {"cccd7-dark.jpg", "low-contrast", V{kCccd7}, pose(560), 20, [](cv::Mat &m, cv::RNG &r) { contrast(m, 0.25, 5); noise(m, 4, r); }},
        {"cccd7-small.jpg", "small", V{kCccd7}, pose(300)},
        {"receipt-small.jpg", "small", V{kReceipt}, pose(200)},
        {"cccd6-tiny.jpg", "small,hard", V{kCccd6}, pose(220)},
        {"cccd7-glare-edge.jpg", "glare", V{kCccd7}, pose(560), 20,
         [](cv::Mat &m, cv::RNG &) { glare(m, {560, 160}, 60, 140); }},
        {"cccd7-glare-strong.jpg", "glare,hard", V{kCccd7}, pose(560), 20,
         [](cv::Mat &m, cv::RNG &) { glare(m, {600, 220}, 45, 230); }},
        {"cccd7-noise15.jpg", "noise", V{kCccd7}, pose(560), 20, [](cv::Mat &m, cv::RNG &r) { noise(m, 15, r); }},
        {"cccd6-noise30.jpg", "noise,hard", V{kCccd6}, pose(560), 20, [](cv::Mat &m, cv::RNG &r) { noise(m, 30, r); }},
        {"cccd7-jpeg25.jpg", "compression", V{kCccd7}, pose(520), 20, [](cv::Mat &, cv::RNG &) {}, 25},
        {"cccd7-combined.jpg", "perspective,blur,noise,low-contrast", V{kCccd7}, pose(560, 10, 25, 15), 20,
         [](cv::Mat &m, cv::RNG &r) { cv::GaussianBlur(m, m, {0, 0}, 1.0); contrast(m, 0.6, 50); noise(m, 8, r); }},
        {"cccd-new-card-11mm.jpg", "small", V{kCccdExtended}, pose(640), 11},
        {"two-codes.jpg", "multiple", V{kReceipt, kCccd6}, pose(700), 18},
        {"card-without-code.jpg", "negative", V{}, pose(560)},
        {"desk-only.jpg", "negative", V{}, pose(560), 20, [](cv::Mat &, cv::RNG &) {}, 90, true},
    };
    return list;
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_scan_samples OUTPUT_DIR\n");
        return 2;
    }
    const std::string out = argv[1];
    cv::setNumThreads(1);  // same pixels regardless of the machine
    nlohmann::json manifest = nlohmann::json::array();
    uint64_t seed = 20250701;
    const auto workDir = std::filesystem::temp_directory_path() / ("make-scan-samples-" + std::to_string(::getpid()));
    std::filesystem::create_directories(workDir);
    for (const auto &sample : samples()) {
        cv::RNG rng(seed++);
        cv::Mat image;
        if (sample.cardless) {
            image = desk(rng);
        } else {
            image = place(renderCardThroughPdf(sample.texts, sample.qrMillimetres, rng, workDir), sample.pose, rng);
        }
        sample.degrade(image, rng);
        const std::vector<int> params = {cv::IMWRITE_JPEG_QUALITY, sample.jpegQuality};
        if (!cv::imwrite(out + "/" + sample.file, image, params)) {
            std::fprintf(stderr, "cannot write %s/%s\n", out.c_str(), sample.file.c_str());
            return 1;
        }
        manifest.push_back({{"file", sample.file}, {"tags", sample.tags}, {"texts", sample.texts}});
    }
    std::filesystem::remove_all(workDir);
    std::ofstream(out + "/manifest.json") << manifest.dump(2) << "\n";
    std::printf("wrote %zu samples and manifest.json to %s\n", manifest.size(), out.c_str());
    return 0;
}
