#pragma once
// "Ảnh chân dung": the live passport-photo step. Frames from the shared
// camera go through kiosk/photo on a worker thread (newest frame wins); the
// citizen is guided one message at a time, a steady pass starts a 3-2-1
// countdown, the best frame of a short burst is cropped to 4x6 and shown,
// and the accepted JPEG is attached to the application. Frames are never
// stored: leaving the step or wiping the session stops the worker, closes
// the camera and overwrites the buffers.
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>
#include <thread>

#include "kiosk/app/frame_publisher.h"
#include "kiosk/app/passport_wizard.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/app/shared_camera.h"
#include "kiosk/photo/capture_sequence.h"
#include "kiosk/photo/photo_analyzer.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class PhotoCapture : public QObject, public QmlInstance<PhotoCapture>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A camera backend is configured (the step is in the flow).
    Q_PROPERTY(bool available READ available CONSTANT)
    // "idle", "starting", "live", "result", "error"
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    Q_PROPERTY(FramePublisher *preview READ preview CONSTANT)
    Q_PROPERTY(FramePublisher *result READ result CONSTANT)
    Q_PROPERTY(QString guidance READ guidance NOTIFY guidanceChanged)
    Q_PROPERTY(QString guidanceCode READ guidanceCode NOTIFY guidanceChanged)
    Q_PROPERTY(QString guidanceIcon READ guidanceIcon NOTIFY guidanceChanged)
    // [{key, passed}] for face, pose, eyes, light, background, sharpness.
    Q_PROPERTY(QVariantList checkStates READ checkStates NOTIFY guidanceChanged)
    Q_PROPERTY(int countdown READ countdown NOTIFY guidanceChanged)
    Q_PROPERTY(bool steady READ steady NOTIFY guidanceChanged)
    // "camera.no_device", "camera.disconnected", "camera.frozen",
    // "camera.timeout", "camera.open_failed", "photo.detector_missing" …
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stateChanged)
    Q_PROPERTY(int retakesLeft READ retakesLeft NOTIFY stateChanged)
    Q_PROPERTY(bool guideCalled READ guideCalled NOTIFY stateChanged)
    Q_PROPERTY(bool attached READ attached NOTIFY stateChanged)
    // The failing checks of the shown result ("" when it passed every check):
    // what a guide's override notes.
    Q_PROPERTY(QString resultFailures READ resultFailures NOTIFY stateChanged)
    // Timing of the capture (tests shorten it).
    Q_PROPERTY(int steadyMs READ steadyMs WRITE setSteadyMs NOTIFY timingChanged)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds WRITE setCountdownSeconds NOTIFY timingChanged)

public:
    static constexpr int kMaxRetakes = 3;

    PhotoCapture(SharedCamera &camera, PassportWizard &wizard, QObject *parent = nullptr);
    ~PhotoCapture() override;

    bool available() const { return m_available; }
    QString state() const { return m_state; }
    FramePublisher *preview() { return &m_preview; }
    FramePublisher *result() { return &m_result; }
    QString guidance() const;
    QString guidanceCode() const { return m_guidanceCode; }
    QString guidanceIcon() const { return m_guidanceIcon; }
    QVariantList checkStates() const { return m_checkStates; }
    int countdown() const { return m_countdown; }
    bool steady() const { return m_steady; }
    QString errorCode() const { return m_errorCode; }
    int retakesLeft() const { return m_retakesLeft; }
    bool guideCalled() const { return m_guideCalled; }
    bool attached() const { return m_wizard.hasPhoto(); }
    QString resultFailures() const { return m_resultFailures; }
    int steadyMs() const { return static_cast<int>(m_timing.steady.count()); }
    void setSteadyMs(int ms);
    int countdownSeconds() const { return m_timing.countdownSeconds; }
    void setCountdownSeconds(int seconds);

    // Opens the camera and starts guiding (the step calls it when shown).
    Q_INVOKABLE void start();
    // Stops the worker, closes the camera, forgets every frame.
    Q_INVOKABLE void stop();
    // "Chụp lại": back to the live camera (up to kMaxRetakes times).
    Q_INVOKABLE void retake();
    // "Dùng ảnh này": attaches the shown photo when it passed every check.
    Q_INVOKABLE bool accept();
    // Guide mode: takes the next frame with a face at once, whatever its
    // checks say (the result then lists the failures).
    Q_INVOKABLE void captureNow();
    // Guide mode: attaches the shown photo although a check failed, with the
    // guide's note (kept with the application).
    Q_INVOKABLE bool acceptWithException(const QString &note);
    // "Gọi cán bộ hướng dẫn".
    Q_INVOKABLE void callGuide();

    void wipeCitizenData() override;

signals:
    void stateChanged();
    void guidanceChanged();
    void timingChanged();
    // The citizen asked for a guide (the guide call is wired by the kiosk).
    void guideRequested();

private:
    struct FrameState;  // posted from the worker
    void setState(const QString &state);
    void stopWorker();
    void runWorker(photo::Camera *camera, int generation, photo::CaptureTiming timing);
    void finishCapture(photo::CaptureSequence &sequence, int generation);  // worker thread
    void onFrameState(int generation, const FrameState &frame);
    void onCaptured(int generation, QByteArray jpeg, QString failures, cv::Mat image);
    void onWorkerError(int generation, const QString &code);
    void onStepChanged();
    void forgetResult();
    QString gate() const;

    SharedCamera &m_camera;
    PassportWizard &m_wizard;
    const bool m_available;
    FramePublisher m_preview;
    FramePublisher m_result;
    std::unique_ptr<photo::PhotoAnalyzer> m_analyzer;  // used by the worker only
    photo::CaptureTiming m_timing;
    std::thread m_worker;
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_captureNow{false};
    int m_generation = 0;  // posts from an older worker are dropped

    QString m_state = QStringLiteral("idle");
    QString m_guidanceCode, m_guidanceIcon;
    QByteArray m_guidanceEn;
    QVariantList m_checkStates;
    int m_countdown = 0;
    bool m_steady = false;
    QString m_errorCode;
    int m_retakesLeft = kMaxRetakes;
    bool m_guideCalled = false;
    QByteArray m_resultJpeg;
    QString m_resultFailures;
};

}  // namespace motcua
