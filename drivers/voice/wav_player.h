#pragma once
// Plays a WAV file on the default audio device with a command-line player
// from Debian (pw-play, paplay or aplay, whichever is installed), one sound at
// a time: a new sound stops the one playing.
#include <QObject>
#include <QProcess>
#include <filesystem>

namespace motcua::voice {

// The first of pw-play, paplay, aplay on PATH; "" when none is installed.
QString findWavPlayer();

class WavPlayer : public QObject {
    Q_OBJECT

public:
    explicit WavPlayer(QObject *parent = nullptr);

    bool available() const { return !m_program.isEmpty(); }
    bool playing() const { return m_process.state() != QProcess::NotRunning; }
    void play(const std::filesystem::path &file);
    void stop();

signals:
    void playingChanged();

private:
    QString m_program;
    QProcess m_process;
};

}  // namespace motcua::voice
