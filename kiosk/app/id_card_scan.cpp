#include "kiosk/app/id_card_scan.h"

#include <QCoreApplication>
#include <algorithm>
#include <QMetaObject>

#include "drivers/scanner/keyboard_wedge_scanner.h"
#include "drivers/scanner/scanner_factory.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/scan/card_form_answers.h"
#include "kiosk/scan/code_kind.h"

namespace motcua {
namespace {

using namespace std::chrono_literals;

QString tr(const char *text)
{
    return QCoreApplication::translate("IdCardScan", text);
}

QString qs(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The refusal in the citizen's language, by the parser's stable error code.
QString reasonFor(const std::string &code)
{
    if (code == "cccd.url") {
        return QCoreApplication::translate("IdCardScan", "This QR code is not from an ID card (it is a web link)");
    }
    if (code == "cccd.payment") {
        return QCoreApplication::translate("IdCardScan", "This QR code is not from an ID card (it is a payment code)");
    }
    if (code == "cccd.receipt") {
        return QCoreApplication::translate("IdCardScan", "This QR code is not from an ID card (it is an application receipt)");
    }
    if (code == "cccd.not_cccd" || code == "cccd.field_count" || code == "cccd.too_long") {
        return QCoreApplication::translate("IdCardScan", "This QR code is not from an ID card");
    }
    if (code == "cccd.empty") {
        return QCoreApplication::translate("IdCardScan", "The QR code could not be read, please scan again");
    }
    if (code == "cccd.utf8") {
        return QCoreApplication::translate("IdCardScan", "The QR code was read with wrong characters, please scan again with the camera");
    }
    if (code.starts_with("cccd.id_length") || code.starts_with("cccd.id_digits") ||
        code.starts_with("cccd.id_province")) {
        return QCoreApplication::translate("IdCardScan", "The personal ID number in the QR code is not valid");
    }
    if (code == "cccd.old_id") {
        return QCoreApplication::translate("IdCardScan", "The old ID card number in the QR code is not valid");
    }
    if (code == "cccd.name") {
        return QCoreApplication::translate("IdCardScan", "The name in the QR code is not valid");
    }
    if (code == "cccd.address") {
        return QCoreApplication::translate("IdCardScan", "The address in the QR code is not valid");
    }
    if (code == "cccd.sex") {
        return QCoreApplication::translate("IdCardScan", "The sex in the QR code is not valid");
    }
    if (code == "cccd.birth_date") {
        return QCoreApplication::translate("IdCardScan", "The date of birth in the QR code is not valid");
    }
    if (code == "cccd.issue_date") {
        return QCoreApplication::translate("IdCardScan", "The date of issue in the QR code is not valid");
    }
    if (code == "cccd.issue_before_birth") {
        return QCoreApplication::translate("IdCardScan", "The date of issue in the QR code is before the date of birth, please scan again");
    }
    if (code == "cccd.issue_future") {
        return QCoreApplication::translate("IdCardScan", "The date of issue in the QR code is after today, please scan again");
    }
    if (code == "cccd.id_sex") {
        return QCoreApplication::translate("IdCardScan", "The ID number does not match the sex in the QR code, please scan again");
    }
    if (code == "cccd.id_birth_year") {
        return QCoreApplication::translate("IdCardScan", "The ID number does not match the year of birth in the QR code, please scan again");
    }
    if (code == "scan.accents_lost") {
        return QCoreApplication::translate("IdCardScan", "This scanner loses Vietnamese accents: please hold the back of the card to the camera");
    }
    // cccd.control, cccd.extra_field and anything new.
    return QCoreApplication::translate("IdCardScan", "The QR code was not read correctly, please scan the back of the card again");
}

bool asciiOnly(const std::string &text)
{
    return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::optional<form::AdminUnits> loadUnits()
{
    auto units = form::AdminUnits::load(assetDirectory() / "admin-units" / "admin-units.json");
    if (!units) {
        qCWarning(lcUi) << "ID card scan: administrative units not loaded:" << units.error().code.c_str();
        return std::nullopt;
    }
    return std::move(*units);
}

}  // namespace

IdCardScan::IdCardScan(SharedCamera &camera, PassportWizard &wizard, const ScannerConfig &scanner,
                       const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_camera(camera)
    , m_wizard(wizard)
    , m_scannerConfig(scanner)
    , m_clock(clock)
    , m_units(loadUnits())
{
    if (scanner.backend != "none") {
        if (auto made = makeCodeScanner(scanner)) {
            m_scanner = std::move(*made);
        } else {
            qCWarning(lcDevice) << "code scanner not available:" << made.error().code.c_str();
        }
    }
    plugIfUsable();
    // Leaving the step stops the camera, whichever way the citizen left.
    connect(&m_wizard, &PassportWizard::stepChanged, this, [this] {
        if (m_state != State::Off && m_wizard.stepKey() != QLatin1String("id_scan")) {
            stop();
        }
    });
}

IdCardScan::~IdCardScan() { stop(); }

void IdCardScan::plugIfUsable()
{
    // A keyboard-wedge scanner alone does not bring the step: it cannot carry
    // the card's Vietnamese text (see handleCode).
    const bool camera = m_camera.config().backend != "none";
    const bool scanner = m_scanner && m_scanner->carriesUtf8Intact();
    if (!m_plugged && (camera || scanner)) {
        m_wizard.plugStep(QStringLiteral("id_scan"));
        m_plugged = true;
    }
}

void IdCardScan::devicesChanged()
{
    stop();
    plugIfUsable();
    emit stateChanged();
}

QString IdCardScan::state() const
{
    switch (m_state) {
    case State::Off: return QStringLiteral("off");
    case State::Waiting: return QStringLiteral("waiting");
    case State::Read: return QStringLiteral("read");
    case State::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString IdCardScan::reason() const
{
    return m_state == State::Rejected ? reasonFor(m_refusal) : QString();
}

QString IdCardScan::fullName() const
{
    return m_card ? qs(m_card->fullName) : QString();
}

QString IdCardScan::idNumber() const
{
    return m_card ? qs(m_card->id.digits) : QString();
}

QString IdCardScan::birthDate() const
{
    return m_card ? qs(formatDdMmYyyy(m_card->birthDate)) : QString();
}

void IdCardScan::start()
{
    if (m_state != State::Off) {
        return;
    }
    forgetCard();
    ++m_generation;
    m_state = State::Waiting;
    startCamera();
    startScanner();
    emit stateChanged();
}

void IdCardScan::startCamera()
{
    m_cameraWorking = false;
    if (m_camera.config().backend == "none") {
        return;
    }
    auto camera = m_camera.open();
    if (!camera) {
        qCWarning(lcDevice) << "ID card scan: camera not available:" << camera.error().code.c_str();
        return;
    }
    m_cameraOpened = true;
    m_cameraWorking = true;
    m_decoder.forgetRegion();
    const auto generation = m_generation.load();
    m_decodeWorker = std::make_unique<DecodeWorker>(
        [this](const cv::Mat &frame) { return m_decoder.decode(frame); },
        [this, generation](const FrameDecodeResult &result) {
            if (result.codes.empty()) {
                return;
            }
            std::vector<std::string> texts;
            for (const auto &code : result.codes) {
                texts.push_back(code.text);
            }
            QMetaObject::invokeMethod(
                this, [this, generation, texts = std::move(texts)] { onFrameDecoded(generation, texts); },
                Qt::QueuedConnection);
        });
    m_decoding = true;
    m_pulling = true;
    m_puller = std::thread([this, device = *camera, generation] { pullFrames(device, generation); });
}

void IdCardScan::pullFrames(photo::Camera *camera, std::uint64_t generation)
{
    std::uint64_t last = 0;
    while (m_pulling) {
        auto frame = camera->nextFrame(last, 200ms);
        if (!frame) {
            if (frame.error().code == "camera.timeout") {
                continue;
            }
            QMetaObject::invokeMethod(
                this, [this, generation, code = frame.error().code] { onCameraFailed(generation, code); },
                Qt::QueuedConnection);
            return;
        }
        last = frame->sequence;
        m_preview.publish(frame->image);  // shares the buffer; nobody writes into it
        if (m_decoding) {
            m_decodeWorker->offer(frame->image);  // dropped while the worker is busy
        }
    }
}

void IdCardScan::onCameraFailed(std::uint64_t generation, const std::string &code)
{
    if (generation != m_generation) {
        return;
    }
    qCWarning(lcDevice) << "ID card scan: camera stopped:" << code.c_str();
    m_cameraWorking = false;
    emit stateChanged();
}

void IdCardScan::startScanner()
{
    m_scannerWorking = false;
    if (!m_scanner) {
        return;
    }
    const auto generation = m_generation.load();
    const bool intact = m_scanner->carriesUtf8Intact();
    auto started = m_scanner->start(
        [this, generation, intact](const ScannedCode &code) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, intact, text = code.text] {
                    if (generation == m_generation) {
                        handleCode(text, intact);
                    }
                },
                Qt::QueuedConnection);
        },
        [](const Error &error) { qCWarning(lcDevice) << "code scanner:" << error.code.c_str(); });
    if (!started) {
        qCWarning(lcDevice) << "code scanner did not start:" << started.error().code.c_str();
        return;
    }
    m_scannerWorking = true;
}

void IdCardScan::onFrameDecoded(std::uint64_t generation, std::vector<std::string> texts)
{
    if (generation != m_generation || m_state != State::Waiting || texts.empty()) {
        return;
    }
    // Two codes in view: the one that looks like an ID card's.
    std::string text = texts.front();
    for (const auto &candidate : texts) {
        if (classifyCode(candidate) == CodeKind::CccdLike) {
            text = candidate;
            break;
        }
    }
    if (text != m_candidate) {
        m_candidate = text;  // wait for a second frame to say the same
        return;
    }
    handleCode(text, true);
}

void IdCardScan::handleCode(const std::string &text, bool utf8Intact)
{
    if (m_state != State::Waiting) {
        return;
    }
    m_decoding = false;  // until the citizen answers
    std::fill(m_candidate.begin(), m_candidate.end(), ' ');
    m_candidate.clear();
    const auto today = civilDateInVietnam(m_clock.wallNow());
    auto card = parseCccdPayload(text, today);
    if (!card) {
        qCInfo(lcUi) << "ID card scan refused:" << card.error().code.c_str();
        m_refusal = card.error().code;
        setState(State::Rejected);
        return;
    }
    // A keyboard wedge drops or swaps what it cannot type; a name and address
    // without a single accent through one is more likely damaged than real.
    if (!utf8Intact && (asciiOnly(card->fullName) || asciiOnly(card->address))) {
        qCInfo(lcUi) << "ID card scan refused: scan.accents_lost";
        m_refusal = "scan.accents_lost";
        setState(State::Rejected);
        return;
    }
    qCInfo(lcUi) << "ID card scan accepted, variant" << variantName(card->variant);
    m_card = std::move(*card);
    setState(State::Read);
}

void IdCardScan::useCard()
{
    if (m_state != State::Read || !m_card) {
        return;
    }
    auto answers = m_units ? cardFormAnswers(*m_card, *m_units) : cardFormAnswers(*m_card, form::AdminUnits{});
    m_wizard.prefillFromCard(answers);
    for (auto &[key, value] : answers) {
        std::fill(value.begin(), value.end(), ' ');
    }
    stop();
    m_wizard.next();
}

void IdCardScan::rescan()
{
    if (m_state == State::Off) {
        return;
    }
    forgetCard();
    setState(State::Waiting);
    m_decoding = true;
}

void IdCardScan::typeByHand()
{
    stop();
    m_wizard.next();
}

bool IdCardScan::keyPressed(const QString &text, int key)
{
    auto *wedge = dynamic_cast<KeyboardWedgeScanner *>(m_scanner.get());
    if (wedge == nullptr || m_state != State::Waiting) {
        return false;
    }
    const auto now = KeyboardWedgeAssembler::Clock::now();  // key timing is physical time
    if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab) {
        wedge->onEnter(now);
        return true;
    }
    if (text.isEmpty()) {
        return false;
    }
    wedge->onKey(text.toStdString(), now);
    return true;
}

void IdCardScan::stop()
{
    if (m_state == State::Off) {
        return;  // nothing running; the camera may be another step's now
    }
    ++m_generation;
    m_decoding = false;
    m_pulling = false;
    if (m_puller.joinable()) {
        m_puller.join();
    }
    m_decodeWorker.reset();  // finishes the frame in hand, joins
    if (m_cameraOpened) {
        m_camera.close();
        m_cameraOpened = false;
    }
    if (m_scanner) {
        m_scanner->stop();
    }
    m_preview.clear();
    m_cameraWorking = false;
    m_scannerWorking = false;
    forgetCard();
    setState(State::Off);
}

void IdCardScan::forgetCard()
{
    if (m_card) {
        for (auto *field : {&m_card->fullName, &m_card->address, &m_card->oldIdNumber, &m_card->id.digits}) {
            std::fill(field->begin(), field->end(), ' ');
        }
        for (auto &extra : m_card->extraFields) {
            std::fill(extra.begin(), extra.end(), ' ');
        }
    }
    m_card.reset();
    std::fill(m_candidate.begin(), m_candidate.end(), ' ');
    m_candidate.clear();
    m_refusal.clear();
}

void IdCardScan::setState(State state)
{
    m_state = state;
    emit stateChanged();
}

void IdCardScan::wipeCitizenData()
{
    stop();
}

}  // namespace motcua
