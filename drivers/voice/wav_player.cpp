#include "drivers/voice/wav_player.h"

#include <QStandardPaths>

namespace motcua::voice {

QString findWavPlayer()
{
    for (const auto *name : {"pw-play", "paplay", "aplay"}) {
        const auto path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty()) {
            return path;
        }
    }
    return {};
}

WavPlayer::WavPlayer(QObject *parent) : QObject(parent), m_program(findWavPlayer())
{
    connect(&m_process, &QProcess::stateChanged, this, &WavPlayer::playingChanged);
}

void WavPlayer::play(const std::filesystem::path &file)
{
    stop();
    if (available()) {
        m_process.start(m_program, {QString::fromStdString(file.string())});
    }
}

void WavPlayer::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

}  // namespace motcua::voice
