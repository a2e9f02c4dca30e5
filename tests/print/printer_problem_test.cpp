#include <gtest/gtest.h>

#include "kiosk/print/printer.h"
#include "kiosk/print/printer_problem.h"

using namespace motcua;

TEST(PrinterProblem, MapsIppReasonsToCodesAndVietnamese)
{
    const auto problems = problemsFromReasons({"media-empty-error", "cover-open", "marker-supply-low-warning"});
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].code, "printer.media_empty");
    EXPECT_EQ(problems[0].citizenMessage, "Máy in đã hết giấy.");
    EXPECT_EQ(problems[1].code, "printer.cover_open");
    EXPECT_EQ(problems[2].code, "printer.marker_low");
    EXPECT_EQ(problems[2].severity, ProblemSeverity::Warning);
}

TEST(PrinterProblem, JamOfflineAndConnecting)
{
    EXPECT_EQ(problemsFromReasons({"media-jam-error"}).at(0).citizenMessage, "Máy in bị kẹt giấy.");
    EXPECT_EQ(problemsFromReasons({"offline-report"}).at(0).code, "printer.offline");
    EXPECT_EQ(problemsFromReasons({"connecting-to-device"}).at(0).severity, ProblemSeverity::Transient);
}

TEST(PrinterProblem, IgnoresReportsAndUnknownKeywords)
{
    EXPECT_TRUE(problemsFromReasons({"none", "cups-waiting-for-job-completed", "media-low-report"}).empty());
    // A warning-level media-empty does not stop printing.
    EXPECT_EQ(problemsFromReasons({"media-empty-warning"}).at(0).severity, ProblemSeverity::Warning);
}

TEST(PrinterStatus, StoppedQueueBlocksEvenWithoutReasons)
{
    PrinterStatus status;
    status.state = PrinterState::Stopped;
    ASSERT_TRUE(status.blockingProblem().has_value());
    EXPECT_EQ(status.blockingProblem()->code, "printer.stopped");
    status.state = PrinterState::Idle;
    EXPECT_FALSE(status.blockingProblem().has_value());
}

TEST(PrinterProblem, ErrorsRoundTripToProblems)
{
    EXPECT_EQ(problemFromError(printerError(printerMissingProblem())).citizenMessage, "Không tìm thấy máy in.");
    EXPECT_EQ(problemFromError(Error{"printer.media_jam", "x"}).citizenMessage, "Máy in bị kẹt giấy.");
    EXPECT_NE(citizenMessageAfterFailure(printerTimeoutProblem()).find("cán bộ hướng dẫn"), std::string::npos);
}
