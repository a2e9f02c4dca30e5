#pragma once
// "Quét thẻ căn cước": reads the QR on the back of the citizen's chip ID card
// from the camera or a hardware scanner, checks it (kiosk/scan) and prefills
// the passport form. A read that fails the cross-checks never prefills.
//
// Camera path: a puller thread takes the newest frame from the shared camera,
// leaves it for the preview (FramePublisher) and offers it to a DecodeWorker,
// which drops frames while busy and tries the region of the last code first.
// A camera read counts once two frames agree. Hardware scanners (serial,
// HID-POS, fake; keyboard-wedge through keyPressed) go through the same checks.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <atomic>
#include <memory>
#include <optional>
#include <thread>

#include "kiosk/app/frame_publisher.h"
#include "kiosk/app/passport_wizard.h"
#include "kiosk/app/qml_instance.h"
#include "kiosk/app/shared_camera.h"
#include "kiosk/core/clock.h"
#include "kiosk/core/config.h"
#include "kiosk/form/admin_units.h"
#include "kiosk/scan/cccd_payload.h"
#include "kiosk/scan/code_scanner.h"
#include "kiosk/scan/decode_worker.h"
#include "kiosk/session/session_data_holder.h"

namespace motcua {

class IdCardScan : public QObject, public QmlInstance<IdCardScan>, public SessionDataHolder {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "off" (not on screen), "waiting" (hold the card to the frame), "read"
    // (a checked card: show it and ask), "rejected" (reason in words).
    Q_PROPERTY(QString state READ state NOTIFY stateChanged)
    // The step is in the wizard: a camera or a scanner that keeps accents is configured.
    Q_PROPERTY(bool available READ available NOTIFY stateChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY stateChanged)
    Q_PROPERTY(QString fullName READ fullName NOTIFY stateChanged)
    Q_PROPERTY(QString idNumber READ idNumber NOTIFY stateChanged)
    Q_PROPERTY(QString birthDate READ birthDate NOTIFY stateChanged)
    Q_PROPERTY(bool cameraWorking READ cameraWorking NOTIFY stateChanged)
    Q_PROPERTY(bool scannerWorking READ scannerWorking NOTIFY stateChanged)
    Q_PROPERTY(FramePublisher *preview READ preview CONSTANT)

public:
    IdCardScan(SharedCamera &camera, PassportWizard &wizard, const ScannerConfig &scanner, const Clock &clock,
               QObject *parent = nullptr);
    ~IdCardScan() override;

    QString state() const;
    bool available() const { return m_plugged; }
    QString reason() const;
    QString fullName() const;
    QString idNumber() const;
    QString birthDate() const;  // dd/mm/yyyy
    bool cameraWorking() const { return m_cameraWorking; }
    bool scannerWorking() const { return m_scannerWorking; }
    FramePublisher *preview() { return &m_preview; }

    // The step page calls start() when it appears and stop() when it goes;
    // leaving the step or ending the session stops it too.
    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    // "Dùng thông tin này": prefills the form from the checked card, goes on.
    Q_INVOKABLE void useCard();
    // "Quét lại": forgets the read or the refusal, looks again.
    Q_INVOKABLE void rescan();
    // "Nhập tay": forgets any read and goes on to type by hand.
    Q_INVOKABLE void typeByHand();
    // A key event on the step page (keyboard-wedge scanners type their codes).
    // True when the keyboard-wedge scanner took it.
    Q_INVOKABLE bool keyPressed(const QString &text, int key);

    // The text of one code, as a scanner or the camera read it (GUI thread).
    void handleCode(const std::string &text, bool utf8Intact);
    // The camera was reconfigured (a technician, tests): the step appears if it now can.
    void devicesChanged();

    void wipeCitizenData() override;

signals:
    void stateChanged();

private:
    enum class State { Off, Waiting, Read, Rejected };

    void plugIfUsable();
    void startCamera();
    void pullFrames(photo::Camera *camera, std::uint64_t generation);
    void onFrameDecoded(std::uint64_t generation, std::vector<std::string> texts);
    void onCameraFailed(std::uint64_t generation, const std::string &code);
    void startScanner();
    void forgetCard();
    void setState(State state);

    SharedCamera &m_camera;
    PassportWizard &m_wizard;
    ScannerConfig m_scannerConfig;
    const Clock &m_clock;
    std::optional<form::AdminUnits> m_units;  // for the address; none: street only
    std::unique_ptr<CodeScanner> m_scanner;
    bool m_plugged = false;

    FramePublisher m_preview;
    QrDecoder m_decoder{QrDecoder::Effort::Live};  // used on the decode thread only
    std::unique_ptr<DecodeWorker> m_decodeWorker;
    std::thread m_puller;
    std::atomic<bool> m_pulling = false;
    std::atomic<bool> m_decoding = false;
    std::atomic<std::uint64_t> m_generation = 0;  // results of an older run are ignored

    State m_state = State::Off;
    bool m_cameraOpened = false;  // by this step, so this step closes it
    bool m_cameraWorking = false;
    bool m_scannerWorking = false;
    std::string m_candidate;  // a camera text seen once, waiting for a second frame to agree
    std::optional<CccdPayload> m_card;
    std::string m_refusal;  // error code of the refused read
};

}  // namespace motcua
