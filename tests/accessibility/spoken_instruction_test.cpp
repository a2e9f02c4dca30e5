// A step's instruction spoken by the real espeak-ng, as the speaker button
// makes it: a WAV of plausible length that is mostly speech, in Vietnamese and
// English (and Mandarin, Korean), cached so a replay costs nothing.
#include "drivers/voice/call_announcer.h"
#include "drivers/voice/speech_synthesizer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

namespace motcua::voice {
namespace {

class SpokenInstructionTest : public ::testing::Test {
protected:
    std::filesystem::path dir =
        std::filesystem::temp_directory_path() / ("motcua-say-" + std::to_string(::getpid()));
    void TearDown() override { std::filesystem::remove_all(dir); }

    // Speech of `words` words at 140 a minute: between half and twice that long.
    void expectSpeech(const std::filesystem::path &file, int words)
    {
        auto summary = summarizeWav(file);
        ASSERT_TRUE(summary) << summary.error().message;
        const double expected = words * 60.0 / 140.0;
        EXPECT_GT(summary->seconds, expected * 0.5) << file;
        EXPECT_LT(summary->seconds, expected * 2.0) << file;
        EXPECT_GT(summary->rms, 0.02) << file;
        EXPECT_GT(summary->voicedFraction, 0.5) << file;
    }
};

TEST_F(SpokenInstructionTest, HomeInstructionInVietnamese)
{
    SpeechSynthesizer synthesizer(dir);
    // The home screen's title and instruction as shown in Vietnamese (26 syllables).
    const std::string text = "Hôm nay bạn cần làm thủ tục gì? Chạm vào một dịch vụ để bắt đầu. "
                             "Nếu cần giúp đỡ, cán bộ hướng dẫn luôn ở gần bạn.";
    auto audio = synthesizer.speechAudio(text, espeakVoiceFor("vi"));
    ASSERT_TRUE(audio) << audio.error().message;
    expectSpeech(*audio, 26);
    const auto madeAt = std::filesystem::last_write_time(*audio);
    auto replay = synthesizer.speechAudio(text, espeakVoiceFor("vi"));
    ASSERT_TRUE(replay);
    EXPECT_EQ(*replay, *audio);
    EXPECT_EQ(std::filesystem::last_write_time(*replay), madeAt);  // from the cache
}

TEST_F(SpokenInstructionTest, PassportStepInEnglish)
{
    SpeechSynthesizer synthesizer(dir);
    auto audio = synthesizer.speechAudio("Step 2: About you. Check your name, date of birth and sex.",
                                         espeakVoiceFor("en"));
    ASSERT_TRUE(audio) << audio.error().message;
    expectSpeech(*audio, 12);
}

TEST_F(SpokenInstructionTest, MandarinAndKoreanVoicesNoJapanese)
{
    SpeechSynthesizer synthesizer(dir);
    auto chinese = synthesizer.speechAudio("请选择一项服务。", espeakVoiceFor("zh"));
    ASSERT_TRUE(chinese) << chinese.error().message;
    EXPECT_GT(summarizeWav(*chinese)->voicedFraction, 0.5);
    auto korean = synthesizer.speechAudio("서비스를 선택하세요.", espeakVoiceFor("ko"));
    ASSERT_TRUE(korean) << korean.error().message;
    EXPECT_GT(summarizeWav(*korean)->voicedFraction, 0.5);
    EXPECT_EQ(espeakVoiceFor("ja"), "");
    EXPECT_EQ(synthesizer.speechAudio("サービス", espeakVoiceFor("ja")).error().code, "voice.nothing");
}

TEST_F(SpokenInstructionTest, MissingEngineIsAnError)
{
    SpeechSynthesizer synthesizer(dir, "/nonexistent/espeak-ng");
    EXPECT_EQ(synthesizer.speechAudio("Xin chào", "vi").error().code, "voice.espeak");
}

}  // namespace
}  // namespace motcua::voice
