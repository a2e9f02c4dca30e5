// Real HTTPS between HttpsPortalClient and motcua-portal-sim's server, with a
// certificate chain made at test time: the right chain is accepted, and every
// kind of wrong certificate is refused.
#include <gtest/gtest.h>

#include <filesystem>

#include "kiosk/core/data_paths.h"
#include "kiosk/core/vietnam_time.h"
#include "kiosk/form/fee_catalogue.h"
#include "kiosk/portal/https_portal_client.h"
#include "kiosk/portal/outbox_sender.h"
#include "outbox_test_support.h"
#include "tools/portal-sim/portal_sim_server.h"
#include "tools/portal-sim/test_pki.h"

using namespace motcua;
namespace fs = std::filesystem;

namespace {

// What the simulator charges today for a first issue: the bundled catalogue's fee on Hanoi's date.
long long bundledFirstIssueFeeToday()
{
    const auto fees = motcua::form::FeeCatalogue::load(motcua::assetDirectory() / "catalogue" / "procedures.json");
    return fees ? fees->feeFor("first_issue", motcua::vietnamIsoDate(std::chrono::system_clock::now()))->feeVnd : -1;
}

class PortalTls : public ::testing::Test {
protected:
    static inline fs::path s_dir;
    static inline PkiFiles s_pki;

    static void SetUpTestSuite()
    {
        s_dir = fs::temp_directory_path() / ("motcua-tls-" + std::to_string(::getpid()));
        auto pki = makeTestPki(s_dir / "pki", {"kiosk-01"});
        ASSERT_TRUE(pki.has_value()) << pki.error().message;
        s_pki = *pki;
    }
    static void TearDownTestSuite() { fs::remove_all(s_dir); }

    std::unique_ptr<PortalSimServer> m_server;

    PortalConfig start(const fs::path &cert, const fs::path &key, const fs::path &clientCa = {},
                       const std::string &faults = {}, double failRate = 0)
    {
        SimOptions options;
        options.port = 0;
        options.cert = cert;
        options.key = key;
        options.clientCa = clientCa;
        options.dataFile = s_dir / ("sim-" + std::to_string(++s_servers) + ".sqlite");
        options.faults = faults;
        options.failRate = failRate;
        auto server = PortalSimServer::create(options);
        EXPECT_TRUE(server.has_value()) << server.error().message;
        m_server = std::move(*server);
        auto port = m_server->start();
        EXPECT_TRUE(port.has_value());
        PortalConfig config;
        config.backend = "https";
        config.url = "https://127.0.0.1:" + std::to_string(*port);
        config.caFile = s_pki.caCert();
        config.connectTimeoutSeconds = 3;
        config.totalTimeoutSeconds = 5;
        return config;
    }
    static inline int s_servers = 0;
};

std::string codeOf(const PortalResult<std::string> &result)
{
    return result ? "ok" : result.error().error.code;
}

}  // namespace

TEST_F(PortalTls, RightChainIsAccepted)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey());
    HttpsPortalClient client(config);
    EXPECT_EQ(codeOf(client.health()), "ok");
    auto status = client.lookupStatus("HN-DEMO-000004");
    ASSERT_TRUE(status.has_value()) << status.error().error.message;
    EXPECT_EQ(status->state, ApplicationState::ReadyForPickup);
    auto missing = client.lookupStatus("HN-000-NOPE");
    ASSERT_FALSE(missing.has_value());
    EXPECT_EQ(missing.error().error.code, "portal.not_found");
    auto catalogue = client.fetchCatalogue();
    ASSERT_TRUE(catalogue.has_value());
    EXPECT_FALSE(catalogue->procedures.empty());
}

TEST_F(PortalTls, UnknownCaIsRefused)
{
    auto config = start(s_pki.strangerCert(), s_pki.strangerKey());
    HttpsPortalClient client(config);
    EXPECT_EQ(codeOf(client.health()), "portal.tls");
}

TEST_F(PortalTls, ClientTrustingAnotherCaRefuses)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey());
    config.caFile = s_pki.otherCaCert();
    HttpsPortalClient client(config);
    EXPECT_EQ(codeOf(client.health()), "portal.tls");
}

TEST_F(PortalTls, WrongHostNameIsRefused)
{
    auto config = start(s_pki.wrongHostCert(), s_pki.wrongHostKey());
    HttpsPortalClient client(config);
    EXPECT_EQ(codeOf(client.health()), "portal.tls");
}

TEST_F(PortalTls, ExpiredCertificateIsRefused)
{
    auto config = start(s_pki.expiredCert(), s_pki.expiredKey());
    HttpsPortalClient client(config);
    EXPECT_EQ(codeOf(client.health()), "portal.tls");
}

TEST_F(PortalTls, PinnedKeyMustMatch)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey());
    auto rightPin = publicKeyPin(s_pki.serverCert());
    auto wrongPin = publicKeyPin(s_pki.wrongHostCert());
    ASSERT_TRUE(rightPin && wrongPin);
    config.pinnedPublicKey = *rightPin;
    EXPECT_EQ(codeOf(HttpsPortalClient(config).health()), "ok");
    config.pinnedPublicKey = *wrongPin;
    EXPECT_EQ(codeOf(HttpsPortalClient(config).health()), "portal.tls");
}

TEST_F(PortalTls, MutualTlsNeedsTheKioskCertificate)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey(), s_pki.caCert());
    EXPECT_NE(codeOf(HttpsPortalClient(config).health()), "ok");
    config.clientCert = s_pki.clientCert("kiosk-01");
    config.clientKey = s_pki.clientKey("kiosk-01");
    EXPECT_EQ(codeOf(HttpsPortalClient(config).health()), "ok");
}

TEST_F(PortalTls, NothingListeningIsUnreachable)
{
    PortalConfig config;
    config.backend = "https";
    config.url = "https://127.0.0.1:1";
    config.caFile = s_pki.caCert();
    EXPECT_EQ(codeOf(HttpsPortalClient(config).health()), "portal.unreachable");
}

// The answer is lost after the portal stored the application: the resend with
// the same idempotency key gets the same receipt, and the portal holds one.
TEST_F(PortalTls, LostAnswerThenResendGivesOneApplication)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey(), {}, "drop_after_commit", 1.0);
    HttpsPortalClient client(config);
    ApplicationSubmission submission{"KIOSK-01-261123-0001", "key-1", "kiosk-01", "hn-cn1", "passport.ordinary",
                                     R"({"request.type":"first_issue"})", "jpeg", "{}"};
    auto first = client.submit(submission);
    ASSERT_FALSE(first.has_value());
    EXPECT_EQ(first.error().error.code, "portal.dropped");
    auto second = client.submit(submission);  // the fault plan drops every answer
    ASSERT_FALSE(second.has_value());
    m_server.reset();

    // Same database, no faults: the resend is answered with the stored receipt.
    SimOptions options;
    options.port = 0;
    options.cert = s_pki.serverCert();
    options.key = s_pki.serverKey();
    options.dataFile = s_dir / ("sim-" + std::to_string(s_servers) + ".sqlite");
    auto server = PortalSimServer::create(options);
    ASSERT_TRUE(server.has_value());
    m_server = std::move(*server);
    config.url = "https://127.0.0.1:" + std::to_string(*m_server->start());
    HttpsPortalClient again(config);
    auto third = again.submit(submission);
    ASSERT_TRUE(third.has_value()) << third.error().error.message;
    EXPECT_EQ(third->feeVnd, bundledFirstIssueFeeToday());
    auto fourth = again.submit(submission);
    ASSERT_TRUE(fourth.has_value());
    EXPECT_EQ(third->receiptNumber, fourth->receiptNumber);
    submission.formJson = R"({"request.type":"reissue_lost"})";  // same key, different application
    auto conflict = again.submit(submission);
    ASSERT_FALSE(conflict.has_value());
    EXPECT_EQ(conflict.error().error.code, "portal.rejected");
}

TEST_F(PortalTls, ServerFaultsAreRetryableErrors)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey(), {}, "429", 1.0);
    HttpsPortalClient client(config);
    auto limited = client.lookupStatus("HN-DEMO-000001");
    ASSERT_FALSE(limited.has_value());
    EXPECT_EQ(limited.error().error.code, "portal.rate_limited");
    ASSERT_TRUE(limited.error().retryAfter.has_value());
    EXPECT_EQ(limited.error().retryAfter->count(), 1);
}

TEST_F(PortalTls, SlowBodyStillArrivesWhole)
{
    auto config = start(s_pki.serverCert(), s_pki.serverKey(), {}, "slow", 1.0);
    HttpsPortalClient client(config);
    auto status = client.lookupStatus("HN-DEMO-000007");
    ASSERT_TRUE(status.has_value()) << status.error().error.message;
    EXPECT_EQ(status->state, ApplicationState::Rejected);
    EXPECT_FALSE(status->reason.empty());
}
