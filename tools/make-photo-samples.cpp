// Regenerates the passport-photo test images (tests/data/photo) and the
// "file" camera's sample video (assets/samples) from scikit-image's
// astronaut.png (NASA, public domain; Debian package python3-skimage):
//   make_photo_samples <astronaut.png> <tests/data/photo> <assets/samples>
// The person is cut out with GrabCut, put on a white background in a
// 1280x720 camera-like frame, and varied one fault at a time. Deterministic:
// fixed seeds, no clock.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

namespace {

const cv::Size kFrame(1280, 720);
// In astronaut.png: the point between the eyes.
const cv::Point2d kEyes(224, 102);

struct Person {
    cv::Mat colour;  // CV_32FC3, 0..255
    cv::Mat alpha;   // CV_32FC1, 0..1
};

Person cutOut(const cv::Mat &photo)
{
    cv::Mat mask(photo.size(), CV_8UC1, cv::Scalar(cv::GC_BGD));
    cv::Mat bgModel, fgModel;
    cv::grabCut(photo, mask, cv::Rect(40, 4, 420, 508), bgModel, fgModel, 6, cv::GC_INIT_WITH_RECT);
    cv::Mat fg = (mask == cv::GC_FGD) | (mask == cv::GC_PR_FGD);
    // Keep the head and the suit; GrabCut leaves small islands in the flag.
    cv::Mat labels, stats, centroids;
    const int count = cv::connectedComponentsWithStats(fg, labels, stats, centroids, 8);
    cv::Mat keep = cv::Mat::zeros(fg.size(), CV_8UC1);
    for (int i = 1; i < count; ++i) {
        const double cx = centroids.at<double>(i, 0);  // the shuttle model stands at the right
        if (stats.at<int>(i, cv::CC_STAT_AREA) > 4000 && cx > 80 && cx < 380) {
            keep |= labels == i;
        }
    }
    fg = keep;
    cv::morphologyEx(fg, fg, cv::MORPH_CLOSE, cv::getStructuringElement(cv::MORPH_ELLIPSE, {9, 9}));
    Person p;
    photo.convertTo(p.colour, CV_32FC3);
    fg.convertTo(p.alpha, CV_32FC1, 1.0 / 255);
    cv::GaussianBlur(p.alpha, p.alpha, {5, 5}, 1.2);
    return p;
}

cv::Mat background(cv::Scalar colour)
{
    return cv::Mat(kFrame, CV_32FC3, colour);
}

// Pastes the person scaled by `scale`, eyes at `eyes` in the frame, rotated
// by `rollDeg` about the eyes.
void paste(cv::Mat &frame, const Person &person, double scale, cv::Point2d eyes, double rollDeg = 0,
           const cv::Mat &lightGain = {})
{
    cv::Mat m = cv::getRotationMatrix2D(kEyes, rollDeg, scale);
    m.at<double>(0, 2) += eyes.x - kEyes.x;
    m.at<double>(1, 2) += eyes.y - kEyes.y;
    cv::Mat colour, alpha;
    cv::warpAffine(person.colour, colour, m, kFrame, cv::INTER_CUBIC, cv::BORDER_CONSTANT);
    cv::warpAffine(person.alpha, alpha, m, kFrame, cv::INTER_LINEAR, cv::BORDER_CONSTANT);
    if (!lightGain.empty()) {
        cv::Mat gain3;
        cv::merge(std::vector<cv::Mat>{lightGain, lightGain, lightGain}, gain3);
        colour = colour.mul(gain3);
    }
    cv::Mat alpha3, inverse3;
    cv::merge(std::vector<cv::Mat>{alpha, alpha, alpha}, alpha3);
    inverse3 = cv::Scalar(1, 1, 1) - alpha3;
    frame = colour.mul(alpha3) + frame.mul(inverse3);
}

cv::Mat finish(const cv::Mat &frame, uint64_t seed)
{
    cv::Mat noise(frame.size(), CV_32FC3);
    cv::RNG rng(seed);
    rng.fill(noise, cv::RNG::NORMAL, 0, 2.0);  // sensor noise
    cv::Mat out;
    cv::Mat(frame + noise).convertTo(out, CV_8UC3);
    return out;
}

const double kScale = 2.8;
const cv::Point2d kEyesAt(640, 300);

cv::Mat white() { return background(cv::Scalar(243, 243, 243)); }

struct Sample {
    std::string file;
    bool accepted;
    std::string failing;  // a check that must fail; empty for an accepted photo
    std::string what;
    cv::Mat image;
};

}  // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s astronaut.png TEST_DATA_DIR SAMPLES_DIR\n", argv[0]);
        return 2;
    }
    const cv::Mat photo = cv::imread(argv[1], cv::IMREAD_COLOR);
    if (photo.size() != cv::Size(512, 512)) {
        std::fprintf(stderr, "expected scikit-image's 512x512 astronaut.png\n");
        return 2;
    }
    const Person person = cutOut(photo);
    std::vector<Sample> samples;
    auto add = [&](std::string file, bool accepted, std::string failing, std::string what, const cv::Mat &f, int seed) {
        samples.push_back({std::move(file), accepted, std::move(failing), std::move(what), finish(f, seed)});
    };

    cv::Mat f = white();
    paste(f, person, kScale, kEyesAt);
    const cv::Mat good = f.clone();
    add("good.jpg", true, "", "astronaut on white, centred, 4x6 framing possible", f, 1);

    add("dark.jpg", false, "photo.exposure", "whole frame at 30 % brightness", good * 0.30, 2);

    cv::Mat blurred;
    cv::GaussianBlur(good, blurred, {0, 0}, 7);
    add("blurred.jpg", false, "photo.sharpness", "Gaussian blur, sigma 7 px", blurred, 3);

    f = white();
    paste(f, person, kScale, kEyesAt, 14);
    add("rotated.jpg", false, "photo.roll", "head and body rolled 14 degrees", f, 4);

    f = white();
    paste(f, person, kScale, {kEyesAt.x + 300, kEyesAt.y});
    add("shifted.jpg", false, "photo.centring", "person 300 px right of centre", f, 5);

    f = background(cv::Scalar(215, 160, 95));  // light blue (BGR)
    paste(f, person, kScale, kEyesAt);
    add("background_blue.jpg", false, "photo.background", "background recoloured light blue", f, 6);

    {
        // A shadow falling across the right part of the background.
        f = white();
        for (int x = 0; x < kFrame.width; ++x) {
            const double shade = x < 760 ? 1.0 : std::max(0.62, 1.0 - (x - 760) / 180.0 * 0.38);
            f.col(x) *= shade;
        }
        paste(f, person, kScale, kEyesAt);
        add("background_shadow.jpg", false, "photo.background_shadow", "background darkened to 62 % on the right",
            f, 7);
    }
    {
        // Light from the citizen's right only: the face's image-left half darker.
        cv::Mat gain(kFrame, CV_32FC1);
        for (int x = 0; x < kFrame.width; ++x) {
            gain.col(x).setTo(std::clamp(0.45 + (x - 520) / 240.0 * 0.55, 0.45, 1.0));
        }
        f = white();
        paste(f, person, kScale, kEyesAt, 0, gain);
        add("uneven_light.jpg", false, "photo.illumination", "light falling off from right to left across the face",
            f, 8);
    }

    f = white();
    paste(f, person, 1.8, {420, 300});
    paste(f, person, 1.8, {880, 310});
    add("two_faces.jpg", false, "photo.face_count", "two people side by side", f, 9);

    f = white();
    paste(f, person, kScale, {kEyesAt.x, kEyesAt.y + 560});
    add("no_face.jpg", false, "photo.face_count", "only the suit in view, head out of frame", f, 10);

    f = white();
    paste(f, person, 1.3, {640, 300});
    add("too_far.jpg", false, "photo.resolution", "citizen too far: face about 120 px wide", f, 11);

    f = white();
    paste(f, person, 4.6, {640, 330});
    add("too_close.jpg", false, "photo.head_size", "citizen too close: head taller than the frame allows", f, 12);

    const std::string dataDir = argv[2];
    nlohmann::json manifest = nlohmann::json::array();
    for (const auto &s : samples) {
        cv::imwrite(dataDir + "/" + s.file, s.image, {cv::IMWRITE_JPEG_QUALITY, 85});
        manifest.push_back({{"file", s.file}, {"accepted", s.accepted}, {"failing", s.failing}, {"what", s.what}});
    }
    std::ofstream(dataDir + "/manifest.json") << manifest.dump(2) << "\n";

    // The "file" camera's sample: the astronaut swaying slightly, 2 s at 15 fps.
    const std::string video = std::string(argv[3]) + "/photo-astronaut.avi";
    cv::VideoWriter writer(video, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 15, kFrame);
    if (!writer.isOpened()) {
        std::fprintf(stderr, "cannot write %s\n", video.c_str());
        return 1;
    }
    writer.set(cv::VIDEOWRITER_PROP_QUALITY, 70);
    for (int i = 0; i < 30; ++i) {
        const double phase = 2 * CV_PI * i / 30.0;
        f = white();
        paste(f, person, kScale * (1.0 + 0.02 * std::sin(phase)),
              {kEyesAt.x + 18 * std::sin(phase), kEyesAt.y + 6 * std::cos(phase)}, 2.0 * std::sin(2 * phase));
        writer.write(finish(f, 100 + i));
    }
    std::printf("wrote %zu images, manifest.json and %s\n", samples.size(), video.c_str());
    return 0;
}
