#include "drivers/voice/call_announcer.h"

#include <cmath>
#include <cstdint>
#include <fstream>
#include <vector>

namespace motcua::voice {
namespace {

// Numbers are read as numbers ("A12" → "A mười hai"), the letter on its own.
std::string spokenLabel(const std::string &label)
{
    size_t digits = 0;
    while (digits < label.size() && !std::isdigit(static_cast<unsigned char>(label[digits]))) {
        ++digits;
    }
    const std::string letters = label.substr(0, digits);
    const std::string number = digits < label.size() ? std::to_string(std::stoi(label.substr(digits))) : "";
    return letters + " " + number;
}

void writeLe(std::ofstream &out, uint32_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i) {
        out.put(static_cast<char>((value >> (8 * i)) & 0xff));
    }
}

Status writeWav(const std::filesystem::path &file, const std::vector<int16_t> &samples, int rate)
{
    std::ofstream out(file, std::ios::binary);
    const uint32_t dataBytes = static_cast<uint32_t>(samples.size() * 2);
    out.write("RIFF", 4);
    writeLe(out, 36 + dataBytes, 4);
    out.write("WAVEfmt ", 8);
    writeLe(out, 16, 4);
    writeLe(out, 1, 2);  // PCM
    writeLe(out, 1, 2);  // mono
    writeLe(out, static_cast<uint32_t>(rate), 4);
    writeLe(out, static_cast<uint32_t>(rate * 2), 4);
    writeLe(out, 2, 2);
    writeLe(out, 16, 2);
    out.write("data", 4);
    writeLe(out, dataBytes, 4);
    out.write(reinterpret_cast<const char *>(samples.data()), static_cast<std::streamsize>(dataBytes));
    return out ? Status{} : fail("voice.write", "cannot write " + file.string());
}

}  // namespace

std::string callSentence(const std::string &label, int counter, const std::string &language)
{
    if (language == "en") {
        return "Number " + spokenLabel(label) + ", please go to counter " + std::to_string(counter) + ".";
    }
    if (language == "ko") {
        return spokenLabel(label) + "번 고객님, " + std::to_string(counter) + "번 창구로 와 주십시오.";
    }
    if (language == "ja") {
        // Kana and digits only: espeak-ng's Japanese reads kana, not kanji.
        return spokenLabel(label) + " ばんの かた、 " + std::to_string(counter) + " ばん まどぐちへ どうぞ。";
    }
    return "Mời số " + spokenLabel(label) + " đến quầy số " + std::to_string(counter) + ".";
}

CallAnnouncer::CallAnnouncer(std::filesystem::path cacheDir, std::string espeakProgram)
    : m_cacheDir(cacheDir), m_speech(std::move(cacheDir), std::move(espeakProgram), "call")
{
}

Result<std::filesystem::path> CallAnnouncer::callAudio(const std::string &label, int counter,
                                                       const std::string &language)
{
    // Mandarin is left out: espeak-ng 1.51's cmn reads the tone digits of its pinyin in English
    // ("qing three"), which no one would understand; Chinese-speaking citizens hear vi or en.
    const std::string voice = language == "en" || language == "ko" || language == "ja" ? language : "vi";
    return m_speech.speechAudio(callSentence(label, counter, voice), voice, 140);
}

Result<std::filesystem::path> CallAnnouncer::chimeAudio()
{
    std::error_code error;
    std::filesystem::create_directories(m_cacheDir, error);
    const auto file = m_cacheDir / "chime.wav";
    if (std::filesystem::exists(file, error)) {
        return file;
    }
    // Two soft tones, high then low ("ding-dong"), with a decaying envelope.
    constexpr int kRate = 22050;
    std::vector<int16_t> samples;
    for (const double frequency : {880.0, 659.25}) {
        const int count = kRate * 6 / 10;
        for (int i = 0; i < count; ++i) {
            const double t = static_cast<double>(i) / kRate;
            const double envelope = std::exp(-4.0 * t) * std::min(1.0, t * 200);
            samples.push_back(static_cast<int16_t>(12000 * envelope * std::sin(2 * M_PI * frequency * t)));
        }
    }
    if (auto written = writeWav(file, samples, kRate); !written) {
        return unexpected(written.error());
    }
    return file;
}

Result<WavSummary> summarizeWav(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 44 || std::string(bytes.data(), 4) != "RIFF" || std::string(bytes.data() + 8, 4) != "WAVE") {
        return fail("voice.wav", "not a WAV file: " + file.string());
    }
    auto le = [&](size_t at, int n) {
        uint32_t v = 0;
        for (int i = 0; i < n; ++i) {
            v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + static_cast<size_t>(i)])) << (8 * i);
        }
        return v;
    };
    WavSummary summary;
    size_t at = 12;
    size_t dataAt = 0, dataBytes = 0;
    int bits = 0;
    while (at + 8 <= bytes.size()) {
        const std::string id(bytes.data() + at, 4);
        const size_t size = le(at + 4, 4);
        if (id == "fmt ") {
            summary.channels = static_cast<int>(le(at + 10, 2));
            summary.sampleRate = static_cast<int>(le(at + 12, 4));
            bits = static_cast<int>(le(at + 22, 2));
        } else if (id == "data") {
            dataAt = at + 8;
            dataBytes = std::min(size, bytes.size() - dataAt);
            break;
        }
        at += 8 + size + (size & 1);
    }
    if (bits != 16 || summary.sampleRate <= 0 || summary.channels <= 0 || dataAt == 0) {
        return fail("voice.wav", "expected 16-bit PCM: " + file.string());
    }
    const size_t count = dataBytes / 2;
    const auto *pcm = reinterpret_cast<const int16_t *>(bytes.data() + dataAt);
    double sum = 0;
    const size_t frame = static_cast<size_t>(summary.sampleRate * summary.channels / 50);
    size_t frames = 0, voiced = 0;
    for (size_t start = 0; start + frame <= count; start += frame) {
        double energy = 0;
        for (size_t i = start; i < start + frame; ++i) {
            const double s = pcm[i] / 32768.0;
            energy += s * s;
        }
        sum += energy;
        ++frames;
        voiced += std::sqrt(energy / static_cast<double>(frame)) > 0.01 ? 1 : 0;
    }
    summary.seconds = static_cast<double>(count) / summary.channels / summary.sampleRate;
    summary.rms = frames ? std::sqrt(sum / static_cast<double>(frames * frame)) : 0;
    summary.voicedFraction = frames ? static_cast<double>(voiced) / static_cast<double>(frames) : 0;
    return summary;
}

}  // namespace motcua::voice
