#include "drivers/voice/speech_synthesizer.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QStringList>
#include <functional>
#include <thread>

namespace motcua::voice {

std::string espeakVoiceFor(const std::string &language)
{
    if (language == "vi" || language == "ko") {
        return language;
    }
    if (language == "en") {
        return "en-us";
    }
    if (language == "zh") {
        return "cmn";  // Mandarin, for the simplified Chinese screens
    }
    return {};
}

SpeechSynthesizer::SpeechSynthesizer(std::filesystem::path cacheDir, std::string espeakProgram,
                                     std::string filePrefix)
    : m_cacheDir(std::move(cacheDir)), m_espeak(std::move(espeakProgram)), m_prefix(std::move(filePrefix))
{
}

Result<std::filesystem::path> SpeechSynthesizer::speechAudio(const std::string &text, const std::string &voice,
                                                             int wordsPerMinute) const
{
    if (text.empty() || voice.empty()) {
        return fail("voice.nothing", "no text or no voice to speak it");
    }
    const auto speed = std::to_string(wordsPerMinute);
    const auto key = QCryptographicHash::hash(QByteArray::fromStdString(voice + "|" + speed + "|" + text),
                                              QCryptographicHash::Sha1)
                         .toHex()
                         .left(20)
                         .toStdString();
    std::error_code error;
    std::filesystem::create_directories(m_cacheDir, error);
    const auto file = m_cacheDir / (m_prefix + "-" + voice + "-" + key + ".wav");
    if (std::filesystem::exists(file, error) && std::filesystem::file_size(file, error) > 44) {
        return file;
    }
    // Unique per call: two threads may make the same sentence at once.
    const auto thread = std::hash<std::thread::id>{}(std::this_thread::get_id());
    const auto partial = std::filesystem::path(file.string() + "." + std::to_string(thread) + ".part");
    QProcess espeak;
    // The text goes on stdin, so a sentence starting with '-' is never taken for an option.
    espeak.start(QString::fromStdString(m_espeak),
                 {QStringLiteral("-v"), QString::fromStdString(voice), QStringLiteral("-s"),
                  QString::fromStdString(speed), QStringLiteral("-w"), QString::fromStdString(partial.string()),
                  QStringLiteral("--stdin")});
    if (espeak.waitForStarted(5000)) {
        espeak.write(QByteArray::fromStdString(text));
        espeak.closeWriteChannel();
    }
    if (!espeak.waitForFinished(20000) || espeak.exitStatus() != QProcess::NormalExit || espeak.exitCode() != 0) {
        std::filesystem::remove(partial, error);
        return fail("voice.espeak", "espeak-ng could not speak: " +
                                        espeak.readAllStandardError().trimmed().toStdString() +
                                        espeak.errorString().toStdString());
    }
    std::filesystem::rename(partial, file, error);
    if (error) {
        return fail("voice.cache", "cannot keep the speech audio in " + m_cacheDir.string());
    }
    return file;
}

}  // namespace motcua::voice
