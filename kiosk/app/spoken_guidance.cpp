#include "kiosk/app/spoken_guidance.h"

#include <QtConcurrent/QtConcurrentRun>

#include "kiosk/core/log_categories.h"

namespace motcua {

SpokenGuidance::SpokenGuidance(std::filesystem::path cacheDir, QObject *parent)
    : QObject(parent), m_synthesizer(std::move(cacheDir))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &SpokenGuidance::finished);
    if (!m_player.available()) {
        qCWarning(lcUi) << "spoken guidance: no audio player (pw-play, paplay, aplay); instructions are not heard";
    }
}

SpokenGuidance::~SpokenGuidance()
{
    m_watcher.waitForFinished();
}

void SpokenGuidance::setLanguage(const QString &language)
{
    const auto voice = voice::espeakVoiceFor(language.toStdString());
    if (voice != m_voice) {
        m_voice = voice;
        stop();
        emit languageChanged();
    }
}

void SpokenGuidance::speak(const QString &text)
{
    const auto sentence = text.simplified();
    if (sentence.isEmpty() || !available()) {
        return;
    }
    m_player.stop();
    if (m_watcher.isRunning()) {
        m_pendingText = sentence;  // the newest request wins; the one being made is kept in the cache
        return;
    }
    m_busy = true;
    emit busyChanged();
    m_watcher.setFuture(QtConcurrent::run(
        [synthesizer = m_synthesizer, voice = m_voice, sentence = sentence.toStdString()] {
            return synthesizer.speechAudio(sentence, voice);
        }));
}

void SpokenGuidance::stop()
{
    m_pendingText.clear();
    m_player.stop();
}

void SpokenGuidance::finished()
{
    if (!m_pendingText.isEmpty()) {
        const auto next = m_pendingText;
        m_pendingText.clear();
        m_busy = false;
        speak(next);
        return;
    }
    m_busy = false;
    emit busyChanged();
    const auto audio = m_watcher.result();
    if (!audio) {
        qCWarning(lcUi) << "spoken guidance:" << audio.error().code.c_str();
        emit failed(QString::fromStdString(audio.error().message));
        return;
    }
    m_lastAudio = QString::fromStdString(audio->string());
    m_player.play(*audio);
    emit spoken(m_lastAudio);
}

}  // namespace motcua
