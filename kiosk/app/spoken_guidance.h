#pragma once
// Reads a screen's instruction aloud in the session's language: espeak-ng
// makes the WAV on a worker thread (cached, so a replay or the next citizen's
// same step plays at once) and a command-line player plays it. Pressing the
// speaker again replays; a newer request replaces an older one.
#include <QFutureWatcher>
#include <QObject>
#include <QtQml/qqmlregistration.h>
#include <filesystem>

#include "drivers/voice/speech_synthesizer.h"
#include "drivers/voice/wav_player.h"
#include "kiosk/app/qml_instance.h"

namespace motcua {

class SpokenGuidance : public QObject, public QmlInstance<SpokenGuidance> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY languageChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastAudio READ lastAudio NOTIFY spoken)

public:
    explicit SpokenGuidance(std::filesystem::path cacheDir, QObject *parent = nullptr);
    ~SpokenGuidance() override;

    void setLanguage(const QString &language);
    // A voice exists for the session's language (vi, en, zh, ko; not ja).
    bool available() const { return !m_voice.empty(); }
    bool busy() const { return m_busy; }
    QString lastAudio() const { return m_lastAudio; }

    // Speaks `text` (the instruction on screen); again = replay.
    Q_INVOKABLE void speak(const QString &text);
    Q_INVOKABLE void stop();

signals:
    void languageChanged();
    void busyChanged();
    void spoken(const QString &audioFile);  // the WAV is ready and playing (or would be, with no player)
    void failed(const QString &reason);

private:
    void finished();

    voice::SpeechSynthesizer m_synthesizer;
    voice::WavPlayer m_player;
    std::string m_voice;
    QFutureWatcher<Result<std::filesystem::path>> m_watcher;
    QString m_pendingText;  // asked for while another was being made
    bool m_busy = false;
    QString m_lastAudio;
};

}  // namespace motcua
