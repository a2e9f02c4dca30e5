#pragma once
// The display board's spoken call: "Mời số A012 đến quầy số 3" in Vietnamese
// (and English on request), synthesized by espeak-ng through its command line
// into WAV files kept in a cache, since the same few hundred calls repeat every
// day; and a two-tone chime played before each call.
#include <filesystem>
#include <string>

#include "drivers/voice/speech_synthesizer.h"
#include "kiosk/core/result.h"

namespace motcua::voice {

// The sentence spoken for a call.
std::string callSentence(const std::string &label, int counter, const std::string &language);

class CallAnnouncer {
public:
    CallAnnouncer(std::filesystem::path cacheDir, std::string espeakProgram = "espeak-ng");

    // WAV of the call in `language` ("vi", "en", "ko" or "ja"; anything else is Vietnamese), from the
    // cache or made now.
    Result<std::filesystem::path> callAudio(const std::string &label, int counter, const std::string &language);
    // WAV of the chime (made once).
    Result<std::filesystem::path> chimeAudio();

private:
    std::filesystem::path m_cacheDir;
    SpeechSynthesizer m_speech;
};

struct WavSummary {
    int sampleRate = 0;
    int channels = 0;
    double seconds = 0;
    double rms = 0;  // of 16-bit samples scaled to -1…1
    double voicedFraction = 0;  // share of 20 ms frames louder than -40 dBFS
};

Result<WavSummary> summarizeWav(const std::filesystem::path &file);

}  // namespace motcua::voice
