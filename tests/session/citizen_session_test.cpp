#include "kiosk/session/citizen_session.h"

#include <gtest/gtest.h>

using namespace motcua;
using namespace std::chrono;

namespace {

struct RecordingObserver : SessionObserver {
    std::vector<std::string> events;
    void sessionStarted(const std::string &, system_clock::time_point) override { events.push_back("started"); }
    void languageChosen(const std::string &, const std::string &language) override
    {
        events.push_back("language:" + language);
    }
    void serviceOpened(const std::string &, const std::string &service) override
    {
        events.push_back("service:" + service);
    }
    void sessionEnded(const std::string &, SessionOutcome outcome, system_clock::time_point) override
    {
        events.push_back(std::string("ended:") + outcomeName(outcome));
    }
};

struct FakeForm : SessionDataHolder {
    std::string name = "Nguyễn Văn An";
    int wipes = 0;
    void wipeCitizenData() override
    {
        name.assign(name.size(), '\0');
        name.clear();
        ++wipes;
    }
};

class SessionTest : public ::testing::Test {
protected:
    ManualClock clock;
    CitizenSession session{clock, IdlePolicy{seconds(90), seconds(20)}, "vi"};
    RecordingObserver observer;
    FakeForm form;

    void SetUp() override
    {
        session.setObserver(&observer);
        session.addHolder(&form);
    }
    void toService()
    {
        ASSERT_TRUE(session.start().has_value());
        ASSERT_TRUE(session.chooseLanguage("en").has_value());
        ASSERT_TRUE(session.openService("site-info").has_value());
    }
};

}  // namespace

TEST_F(SessionTest, HappyPathThroughEveryState)
{
    EXPECT_EQ(session.state(), SessionState::Attract);
    ASSERT_TRUE(session.start().has_value());
    EXPECT_EQ(session.state(), SessionState::Language);
    EXPECT_EQ(session.id().size(), 12u);
    ASSERT_TRUE(session.chooseLanguage("en").has_value());
    EXPECT_EQ(session.state(), SessionState::Home);
    EXPECT_EQ(session.language(), "en");
    ASSERT_TRUE(session.openService("site-info").has_value());
    EXPECT_EQ(session.state(), SessionState::Service);
    ASSERT_TRUE(session.enterStep("details").has_value());
    EXPECT_EQ(session.step(), "details");
    ASSERT_TRUE(session.backToHome().has_value());
    EXPECT_EQ(session.state(), SessionState::Home);
    ASSERT_TRUE(session.finish().has_value());
    EXPECT_EQ(session.state(), SessionState::Attract);
    EXPECT_EQ(observer.events, (std::vector<std::string>{"started", "language:en", "service:site-info",
                                                         "ended:finished"}));
}

TEST_F(SessionTest, WrongTransitionsAreRefusedAsValues)
{
    auto refused = session.openService("site-info");
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, "session.bad_transition");
    EXPECT_FALSE(session.chooseLanguage("en").has_value());
    EXPECT_FALSE(session.finish().has_value());
    ASSERT_TRUE(session.start().has_value());
    EXPECT_FALSE(session.start().has_value());
    EXPECT_FALSE(session.backToHome().has_value());
    EXPECT_EQ(session.state(), SessionState::Language);
}

TEST_F(SessionTest, LanguageCanChangeOnAnyScreen)
{
    toService();
    ASSERT_TRUE(session.chooseLanguage("vi").has_value());
    EXPECT_EQ(session.state(), SessionState::Service);
    EXPECT_EQ(session.language(), "vi");
}

TEST_F(SessionTest, AbandonWipesHoldersAndResetsEverything)
{
    toService();
    const auto id = session.id();
    session.abandon();
    EXPECT_EQ(form.wipes, 1);
    EXPECT_TRUE(form.name.empty());
    EXPECT_EQ(session.state(), SessionState::Attract);
    EXPECT_TRUE(session.id().empty());
    EXPECT_TRUE(session.service().empty());
    EXPECT_EQ(session.language(), "vi");
    EXPECT_EQ(observer.events.back(), "ended:abandoned");
    // The next citizen starts a new session, and nothing leads back to the last one.
    ASSERT_TRUE(session.start().has_value());
    EXPECT_NE(session.id(), id);
    EXPECT_FALSE(session.backToHome().has_value());
}

TEST_F(SessionTest, IdleWarnsThenWipes)
{
    toService();
    clock.advance(seconds(89));
    EXPECT_EQ(session.poll().phase, IdlePhase::Active);
    clock.advance(seconds(1));
    auto warning = session.poll();
    EXPECT_EQ(warning.phase, IdlePhase::Warning);
    EXPECT_EQ(warning.secondsLeft, 20);
    EXPECT_EQ(form.wipes, 0);
    clock.advance(seconds(20));
    EXPECT_EQ(session.poll().phase, IdlePhase::Expired);
    EXPECT_EQ(form.wipes, 1);
    EXPECT_EQ(session.state(), SessionState::Attract);
    EXPECT_EQ(observer.events.back(), "ended:timed_out");
}

TEST_F(SessionTest, TouchDuringWarningKeepsTheSession)
{
    toService();
    clock.advance(seconds(100));
    EXPECT_EQ(session.poll().phase, IdlePhase::Warning);
    session.touch();
    EXPECT_EQ(session.poll().phase, IdlePhase::Active);
    clock.advance(seconds(60));
    EXPECT_EQ(session.poll().phase, IdlePhase::Active);
    EXPECT_EQ(session.state(), SessionState::Service);
}

TEST_F(SessionTest, AttractScreenNeverTimesOut)
{
    clock.advance(hours(5));
    EXPECT_EQ(session.poll().phase, IdlePhase::Active);
    EXPECT_EQ(form.wipes, 0);
}

TEST_F(SessionTest, RemovedHolderIsNotCalled)
{
    session.removeHolder(&form);
    toService();
    session.abandon();
    EXPECT_EQ(form.wipes, 0);
}
