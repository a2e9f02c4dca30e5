// make-scan-samples: writes the golden QR sample images of tests/data/scan and
// their manifest. Each image follows a camera-like path: a QR code rendered at
// print resolution onto an ID-card-sized card, downsampled as a printer and a
// sensor would, placed in a scene with a 3-D pose (perspective), then blurred,
// dimmed, glared, noised and JPEG-compressed. Fixed seeds: the same build
// writes the same files.
//
//   make_scan_samples OUTPUT_DIR
//
// The people in the payloads are invented; their ID numbers are structurally
// valid so that the payloads pass the parser's cross-checks.
#include <qrencode.h>

#include <cmath>
#include <cstdio>
#include <fstream>
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

// A card: pale tinted background, a guilloche-like pattern, grey "text" lines,
// and the QR code in a corner at `qrMillimetres` wide.
cv::Mat renderCard(const std::vector<std::string> &texts, double qrMillimetres, cv::RNG &rng)
{
    cv::Mat card(kCardH, kCardW, CV_8UC3, cv::Scalar(222, 232, 236));
    for (int i = 0; i < 30; ++i) {
        cv::ellipse(card, {kCardW / 2, kCardH / 2}, {80 + i * 14, 50 + i * 9}, i * 6.0, 0, 360,
                    cv::Scalar(200, 215, 225), 1, cv::LINE_AA);
    }
    for (int line = 0; line < 7; ++line) {
        const int width = rng.uniform(180, 380);
        cv::rectangle(card, cv::Rect(40, 60 + line * 60, width, 18), cv::Scalar(90, 90, 95), cv::FILLED);
    }
    int slot = 0;
    for (const auto &text : texts) {
        const int side = static_cast<int>(qrMillimetres * 10);
        cv::Mat symbol = renderQr(text, 8);
        cv::Mat scaled;
        cv::resize(symbol, scaled, {side, side}, 0, 0, cv::INTER_AREA);  // print + scan resolution loss
        cv::Mat colour;
        cv::cvtColor(scaled, colour, cv::COLOR_GRAY2BGR);
        const int x = kCardW - side - 40 - slot * (side + 30);
        colour.copyTo(card(cv::Rect(x, 40, side, side)));
        ++slot;
    }
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
    for (const auto &sample : samples()) {
        cv::RNG rng(seed++);
        cv::Mat image;
        if (sample.cardless) {
            image = desk(rng);
        } else {
            image = place(renderCard(sample.texts, sample.qrMillimetres, rng), sample.pose, rng);
        }
        sample.degrade(image, rng);
        const std::vector<int> params = {cv::IMWRITE_JPEG_QUALITY, sample.jpegQuality};
        if (!cv::imwrite(out + "/" + sample.file, image, params)) {
            std::fprintf(stderr, "cannot write %s/%s\n", out.c_str(), sample.file.c_str());
            return 1;
        }
        manifest.push_back({{"file", sample.file}, {"tags", sample.tags}, {"texts", sample.texts}});
    }
    std::ofstream(out + "/manifest.json") << manifest.dump(2) << "\n";
    std::printf("wrote %zu samples and manifest.json to %s\n", manifest.size(), out.c_str());
    return 0;
}
