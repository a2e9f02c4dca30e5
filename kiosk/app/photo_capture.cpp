#include "kiosk/app/photo_capture.h"

#include "kiosk/privacy/secure_wipe.h"

#include <QCoreApplication>
#include <QVariantMap>
#include <algorithm>
#include <opencv2/imgcodecs.hpp>

#include "kiosk/core/log_categories.h"
#include "kiosk/photo/photo_guidance.h"
#include "kiosk/photo/photo_output.h"

namespace motcua {
namespace {

using namespace std::chrono_literals;

// No new frame for this long: the camera is frozen or gone.
constexpr auto kNoFrameLimit = 3s;
constexpr auto kFrameWait = 250ms;

// The guidance texts of kiosk/photo/photo_guidance.cpp, for lupdate; shown
// through QCoreApplication::translate("PhotoGuidance", English text).
[[maybe_unused]] constexpr const char *kGuidanceTexts[] = {
    QT_TRANSLATE_NOOP("PhotoGuidance", "Please stand inside the frame"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Only one person in the frame"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Move to the centre of the frame"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Step back a little"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Come closer"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Lower yourself a little"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Stand up a little straighter"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Keep your head level"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Look straight at the camera"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Open your eyes and look at the camera"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Close your mouth, neutral face"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Please take off your glasses"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "The light is not right; please call a guide"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Stand in front of the white background"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Hold still"),
    QT_TRANSLATE_NOOP("PhotoGuidance", "Hold that pose"),
};

struct CheckGroup {
    const char *key;
    std::vector<photo::CheckId> checks;
};

const CheckGroup kGroups[] = {
    {"face", {photo::CheckId::FaceCount, photo::CheckId::Centring, photo::CheckId::HeadSize,
              photo::CheckId::Resolution, photo::CheckId::EyeLine}},
    {"pose", {photo::CheckId::Roll, photo::CheckId::Yaw, photo::CheckId::Pitch}},
    {"expression", {photo::CheckId::EyesOpen, photo::CheckId::MouthClosed, photo::CheckId::Glare}},
    {"light", {photo::CheckId::Exposure, photo::CheckId::Illumination}},
    {"background", {photo::CheckId::Background, photo::CheckId::BackgroundShadow}},
    {"sharpness", {photo::CheckId::Sharpness}},
};

QString failureList(const photo::PhotoReport &report)
{
    QStringList codes;
    for (const auto id : report.failedChecks()) {
        codes << QString::fromUtf8(photo::checkCode(id).data(), static_cast<qsizetype>(photo::checkCode(id).size()));
    }
    return codes.join(QLatin1Char(','));
}

}  // namespace

struct PhotoCapture::FrameState {
    QString code, icon;
    QByteArray textEn;
    QVariantList checks;
    int countdown = 0;
    bool steady = false;
};

PhotoCapture::PhotoCapture(SharedCamera &camera, PassportWizard &wizard, QObject *parent)
    : QObject(parent)
    , m_camera(camera)
    , m_wizard(wizard)
    , m_available(camera.config().backend != "none")
{
    if (!m_available) {
        return;
    }
    m_wizard.plugStep(QStringLiteral("photo"), [this] { return gate(); });
    connect(&m_wizard, &PassportWizard::stepChanged, this, &PhotoCapture::onStepChanged);
    connect(&m_wizard, &PassportWizard::photoChanged, this, &PhotoCapture::stateChanged);
}

PhotoCapture::~PhotoCapture()
{
    stopWorker();
}

QString PhotoCapture::gate() const
{
    if (m_wizard.hasPhoto()) {
        return {};
    }
    return QCoreApplication::translate("PhotoCapture", "Please take your photo first, or call a guide for help.");
}

QString PhotoCapture::guidance() const
{
    return m_guidanceEn.isEmpty() ? QString() : QCoreApplication::translate("PhotoGuidance", m_guidanceEn.constData());
}

void PhotoCapture::setSteadyMs(int ms)
{
    m_timing.steady = std::chrono::milliseconds(std::max(0, ms));
    emit timingChanged();
}

void PhotoCapture::setCountdownSeconds(int seconds)
{
    m_timing.countdownSeconds = std::clamp(seconds, 0, 10);
    emit timingChanged();
}

void PhotoCapture::setState(const QString &state)
{
    m_state = state;
    emit stateChanged();
}

void PhotoCapture::onStepChanged()
{
    const bool onStep = m_wizard.stepKind() == QLatin1String("photo");
    if (onStep && m_state == QLatin1String("idle")) {
        start();
    } else if (!onStep && m_state != QLatin1String("idle")) {
        stop();
    }
}

void PhotoCapture::start()
{
    if (!m_available) {
        m_errorCode = QStringLiteral("camera.none");
        setState(QStringLiteral("error"));
        return;
    }
    if (m_state == QLatin1String("live") || m_state == QLatin1String("starting")) {
        return;
    }
    stopWorker();
    m_guideCalled = false;
    m_errorCode.clear();
    if (m_wizard.hasPhoto()) {
        // Back on the step with a photo attached: show it, offer a retake.
        m_resultJpeg = m_wizard.photoJpeg();
        m_resultFailures.clear();
        const std::vector<uchar> bytes(m_resultJpeg.begin(), m_resultJpeg.end());
        m_result.publish(cv::imdecode(bytes, cv::IMREAD_COLOR));
        setState(QStringLiteral("result"));
        return;
    }
    auto camera = m_camera.open();
    if (!camera) {
        qCWarning(lcDevice) << "photo: camera not available:" << camera.error().code.c_str();
        m_errorCode = QString::fromStdString(camera.error().code);
        setState(QStringLiteral("error"));
        return;
    }
    m_guidanceCode.clear();
    m_guidanceIcon.clear();
    m_guidanceEn.clear();
    m_checkStates.clear();
    m_countdown = 0;
    m_steady = false;
    emit guidanceChanged();
    setState(QStringLiteral("starting"));
    m_stopRequested = false;
    m_captureNow = false;
    const int generation = ++m_generation;
    m_worker = std::thread([this, cam = *camera, generation, timing = m_timing] { runWorker(cam, generation, timing); });
}

void PhotoCapture::stopWorker()
{
    ++m_generation;  // whatever the old worker already posted is dropped
    m_stopRequested = true;
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

void PhotoCapture::stop()
{
    stopWorker();
    m_camera.close();
    m_preview.clear();
    forgetResult();
    m_guidanceCode.clear();
    m_guidanceIcon.clear();
    m_guidanceEn.clear();
    m_countdown = 0;
    m_steady = false;
    m_guideCalled = false;
    m_errorCode.clear();
    emit guidanceChanged();
    setState(QStringLiteral("idle"));
}

void PhotoCapture::forgetResult()
{
    m_result.clear();
    m_resultJpeg.fill('\0');
    m_resultJpeg.clear();
    m_resultFailures.clear();
}

void PhotoCapture::retake()
{
    if (m_state != QLatin1String("result") || m_retakesLeft <= 0) {
        return;
    }
    --m_retakesLeft;
    forgetResult();
    if (m_wizard.hasPhoto()) {
        m_wizard.attachPhoto({});
    }
    setState(QStringLiteral("idle"));
    start();
}

bool PhotoCapture::accept()
{
    if (m_state != QLatin1String("result") || m_resultJpeg.isEmpty() || !m_resultFailures.isEmpty()) {
        return false;
    }
    if (!m_wizard.hasPhoto() || m_wizard.photoJpeg() != m_resultJpeg) {
        m_wizard.attachPhoto(m_resultJpeg);
    }
    qCInfo(lcUi) << "photo: attached," << m_resultJpeg.size() << "bytes";
    emit stateChanged();
    return true;
}

bool PhotoCapture::acceptWithException(const QString &note)
{
    if (m_state != QLatin1String("result") || m_resultJpeg.isEmpty() || note.trimmed().isEmpty()) {
        return false;
    }
    m_wizard.attachPhoto(m_resultJpeg, note.trimmed());
    qCInfo(lcUi) << "photo: attached by a guide with an exception; failed checks:" << m_resultFailures;
    emit stateChanged();
    return true;
}

void PhotoCapture::captureNow()
{
    m_captureNow = true;
}

void PhotoCapture::callGuide()
{
    m_guideCalled = true;
    qCInfo(lcUi) << "photo: guide requested" << m_errorCode;
    emit guideRequested();
    emit stateChanged();
}

void PhotoCapture::wipeCitizenData()
{
    wipeBytes(m_resultJpeg);  // in place: the copy attached to the application reads zeros too
    stop();
    m_retakesLeft = kMaxRetakes;
    emit stateChanged();
}

void PhotoCapture::runWorker(photo::Camera *camera, int generation, photo::CaptureTiming timing)
{
    if (!m_analyzer) {
        auto analyzer = photo::PhotoAnalyzer::create(photo::PhotoAnalyzer::Mode::Live);
        if (!analyzer) {
            const QString code = QString::fromStdString(analyzer.error().code);
            QMetaObject::invokeMethod(this, [this, generation, code] { onWorkerError(generation, code); },
                                      Qt::QueuedConnection);
            return;
        }
        m_analyzer = std::move(*analyzer);
    }
    m_analyzer->reset();
    photo::CaptureSequence sequence(timing);
    std::uint64_t last = 0;
    auto lastFrameAt = std::chrono::steady_clock::now();
    while (!m_stopRequested) {
        auto frame = camera->nextFrame(last, kFrameWait);
        if (!frame) {
            const bool waiting = frame.error().code == "camera.timeout" &&
                                 std::chrono::steady_clock::now() - lastFrameAt < kNoFrameLimit;
            if (waiting || m_stopRequested) {
                continue;
            }
            const QString code = QString::fromStdString(frame.error().code);
            QMetaObject::invokeMethod(this, [this, generation, code] { onWorkerError(generation, code); },
                                      Qt::QueuedConnection);
            return;
        }
        last = frame->sequence;
        lastFrameAt = std::chrono::steady_clock::now();
        m_preview.publish(frame->image);  // shares the frame's buffer
        const photo::PhotoReport report = m_analyzer->analyze(frame->image);
        auto phase = sequence.feed(frame->image, report, frame->captured);
        if (m_captureNow && report.faceCount >= 1 && report.face && phase != photo::CaptureSequence::Phase::Done) {
            m_captureNow = false;
            sequence.keep(frame->image, report);
            phase = sequence.phase();
        }

        const photo::Guidance guidance = photo::guidanceFor(report);
        FrameState state;
        state.code = QString::fromStdString(guidance.code);
        state.icon = QString::fromStdString(guidance.icon);
        state.textEn = QByteArray::fromStdString(guidance.textEn);
        for (const auto &group : kGroups) {
            bool passed = true;
            for (const auto id : group.checks) {
                const auto *check = report.check(id);
                passed = passed && check && check->outcome == photo::Outcome::Pass;
            }
            state.checks.append(QVariantMap{{QStringLiteral("key"), QString::fromLatin1(group.key)},
                                            {QStringLiteral("passed"), passed}});
        }
        state.countdown = sequence.countdown();
        state.steady = phase != photo::CaptureSequence::Phase::Aligning;
        QMetaObject::invokeMethod(this, [this, generation, state] { onFrameState(generation, state); },
                                  Qt::QueuedConnection);

        if (phase == photo::CaptureSequence::Phase::Done) {
            finishCapture(sequence, generation);
            return;
        }
    }
}

void PhotoCapture::finishCapture(photo::CaptureSequence &sequence, int generation)
{
    const auto &best = sequence.best();
    const QString failures = failureList(best.report());
    auto crop = photo::cropPassportPhoto(best.frame(), best.report(), m_analyzer->rules());
    cv::Mat kept = best.frame();
    kept.setTo(0);  // the burst's copy of the frame: overwritten, not just released
    sequence.reset();
    if (!crop) {
        const QString code = QString::fromStdString(crop.error().code);
        QMetaObject::invokeMethod(this, [this, generation, code] { onWorkerError(generation, code); },
                                  Qt::QueuedConnection);
        return;
    }
    auto jpeg = photo::encodeBaselineJpeg(*crop);
    if (!jpeg) {
        const QString code = QString::fromStdString(jpeg.error().code);
        QMetaObject::invokeMethod(this, [this, generation, code] { onWorkerError(generation, code); },
                                  Qt::QueuedConnection);
        return;
    }
    QByteArray bytes(reinterpret_cast<const char *>(jpeg->data()), static_cast<qsizetype>(jpeg->size()));
    std::fill(jpeg->begin(), jpeg->end(), 0);
    cv::Mat image = *crop;
    QMetaObject::invokeMethod(
        this, [this, generation, bytes, failures, image] { onCaptured(generation, bytes, failures, image); },
        Qt::QueuedConnection);
}

void PhotoCapture::onFrameState(int generation, const FrameState &frame)
{
    if (generation != m_generation) {
        return;
    }
    if (m_state == QLatin1String("starting")) {
        setState(QStringLiteral("live"));
    }
    m_guidanceCode = frame.code;
    m_guidanceIcon = frame.icon;
    m_guidanceEn = frame.textEn;
    m_checkStates = frame.checks;
    m_countdown = frame.countdown;
    m_steady = frame.steady;
    emit guidanceChanged();
}

void PhotoCapture::onCaptured(int generation, QByteArray jpeg, QString failures, cv::Mat image)
{
    if (generation != m_generation) {
        return;
    }
    stopWorker();
    m_camera.close();
    m_preview.clear();
    m_resultJpeg = std::move(jpeg);
    m_resultFailures = std::move(failures);
    m_result.publish(std::move(image));
    m_countdown = 0;
    emit guidanceChanged();
    qCInfo(lcUi) << "photo: captured," << m_resultJpeg.size() << "bytes";
    setState(QStringLiteral("result"));
}

void PhotoCapture::onWorkerError(int generation, const QString &code)
{
    if (generation != m_generation) {
        return;
    }
    stopWorker();
    m_camera.close();
    m_preview.clear();
    qCWarning(lcDevice) << "photo: camera stopped:" << code;
    m_errorCode = code;
    m_countdown = 0;
    emit guidanceChanged();
    setState(QStringLiteral("error"));
}

}  // namespace motcua
