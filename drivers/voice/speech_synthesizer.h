#pragma once
// Any sentence to speech through espeak-ng's command line, into WAV files kept
// in a cache keyed on voice, speed and text: on-screen instructions repeat all
// day, so after the first citizen each is played at once. A cache entry is
// whole or absent (written to .part, then renamed).
#include <filesystem>
#include <string>

#include "kiosk/core/result.h"

namespace motcua::voice {

// espeak-ng's voice for a kiosk language ("vi", "en", "zh", "ko"); "" when
// there is none worth hearing (Japanese: espeak-ng reads only kana, and
// on-screen Japanese is mostly kanji).
std::string espeakVoiceFor(const std::string &language);

class SpeechSynthesizer {
public:
    // Cache files are named "<prefix>-<voice>-<hash>.wav".
    SpeechSynthesizer(std::filesystem::path cacheDir, std::string espeakProgram = "espeak-ng",
                      std::string filePrefix = "say");

    // WAV of `text` spoken by `voice` (an espeak-ng voice name) at `wordsPerMinute`.
    Result<std::filesystem::path> speechAudio(const std::string &text, const std::string &voice,
                                              int wordsPerMinute = 140) const;

private:
    std::filesystem::path m_cacheDir;
    std::string m_espeak;
    std::string m_prefix;
};

}  // namespace motcua::voice
