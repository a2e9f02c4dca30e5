#include "kiosk/portal/portal_json.h"

#include <gtest/gtest.h>

using namespace motcua;

TEST(PortalJson, ReceiptRoundTrip)
{
    SubmissionReceipt receipt{"HN-261123-000001", 200000, "2026-12-03", "received",
                              PaymentDetails{"970415", "113000000000", 200000, "HN261123000001"}};
    auto parsed = parseReceipt(receiptToJson(receipt));
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
    EXPECT_EQ(parsed->receiptNumber, "HN-261123-000001");
    EXPECT_EQ(parsed->feeVnd, 200000);
    ASSERT_TRUE(parsed->payment.has_value());
    EXPECT_EQ(parsed->payment->bankBin, "970415");
}

TEST(PortalJson, StatusRoundTripForEveryState)
{
    for (const auto state : allApplicationStates()) {
        ApplicationStatus status{"HN-DEMO-000001", state, "lý do", "2026-11-23T08:00:00Z", "2026-12-03"};
        auto parsed = parseStatus(statusToJson(status));
        ASSERT_TRUE(parsed.has_value()) << applicationStateName(state);
        EXPECT_EQ(parsed->state, state);
        EXPECT_EQ(parsed->reason, "lý do");
    }
}

TEST(PortalJson, SubmissionRoundTripKeepsEveryField)
{
    ApplicationSubmission submission{"KIOSK-01-261123-0001", "key", "kiosk-01", "hn-cn1", "passport.ordinary",
                                     R"({"full_name":"NGUYỄN VĂN AN","request":"first"})",
                                     std::string("\xFF\xD8\xFF\xE0jpeg\0bytes", 14), R"({"id":"001090123456"})"};
    auto parsed = submissionFromJson(submissionToJson(submission));
    ASSERT_TRUE(parsed.has_value()) << parsed.error().message;
    EXPECT_EQ(parsed->localReference, submission.localReference);
    EXPECT_EQ(parsed->formJson, submission.formJson);
    EXPECT_EQ(parsed->photoJpeg, submission.photoJpeg);
    EXPECT_EQ(parsed->idScanJson, submission.idScanJson);
}

TEST(PortalJson, RefusesWhatBreaksTheContract)
{
    EXPECT_EQ(parseReceipt("").error().code, "portal.bad_response");
    EXPECT_EQ(parseReceipt("[]").error().code, "portal.bad_response");
    EXPECT_EQ(parseReceipt(R"({"receipt_number":"x","fee_vnd":1,"expected_return_date":"2026-12-03"})").error().code,
              "portal.bad_response");  // malformed receipt number
    EXPECT_FALSE(parseReceipt(R"({"receipt_number":"HN-1234","fee_vnd":-5,"expected_return_date":"2026-12-03"})"));
    EXPECT_FALSE(parseReceipt(R"({"receipt_number":"HN-1234","fee_vnd":5,"expected_return_date":"03/12/2026"})"));
    EXPECT_FALSE(parseReceipt(R"({"receipt_number":"HN-1234","fee_vnd":"5","expected_return_date":"2026-12-03"})"));
    EXPECT_FALSE(parseStatus(R"({"receipt_number":"HN-1234","status":"teleported"})"));
    EXPECT_FALSE(parseStatus(R"({"receipt_number":"HN 1234","status":"received"})"));
    EXPECT_FALSE(parseCatalogue(R"({"version":"2026-11-01","procedures":[{"id":"a"}]})"));
    EXPECT_FALSE(parseCatalogue(R"({"procedures":[]})"));
    EXPECT_EQ(parseErrorMessage(R"({"error":{"code":"x","message":"Hết hạn"}})"), "Hết hạn");
    EXPECT_EQ(parseErrorMessage("<html>"), "");
}

TEST(PortalJson, Base64)
{
    EXPECT_EQ(toBase64("motcua"), "bW90Y3Vh");
    EXPECT_EQ(*fromBase64("bW90Y3Vh"), "motcua");
    EXPECT_FALSE(fromBase64("bW90Y3Vh!!").has_value());
}
