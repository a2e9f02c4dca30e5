// motcua-portal-sim: wiring only. Flags → options → server.
#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <cstdio>

#include "tools/portal-sim/fault_plan.h"
#include "tools/portal-sim/portal_sim_server.h"
#include "tools/portal-sim/serve_until_signalled.h"
#include "tools/portal-sim/test_pki.h"

int main(int argc, char **argv)
{
    QCoreApplication qt(argc, argv);
    CLI::App app{"motcua-portal-sim: HTTPS simulator of the public-service portal contract (docs/portal-api.yaml)",
                 "motcua-portal-sim"};
    motcua::SimOptions options;
    std::string pkiDir;
    app.add_option("--bind", options.bind, "Address to listen on")->capture_default_str();
    app.add_option("--port", options.port, "Port; 0 picks a free one")->capture_default_str()->check(CLI::Range(0, 65535));
    app.add_option("--pki", pkiDir, "Directory with ca.crt, server.crt, server.key (made by `pki`)");
    app.add_option("--cert", options.cert, "Server certificate (PEM)");
    app.add_option("--key", options.key, "Server private key (PEM)");
    app.add_option("--client-ca", options.clientCa, "Require client certificates issued by this CA (mutual TLS)");
    app.add_option("--data", options.dataFile, "SQLite file for the simulator's state (required to serve)");
    app.add_option("--fail-rate", options.failRate, "Fraction of requests that meet a fault")->check(CLI::Range(0.0, 1.0));
    app.add_option("--faults", options.faults, "Faults to draw from: 500,503,429,drop,drop_after_commit,slow (default all)")
        ->check([](const std::string &kinds) {
            return motcua::FaultPlan::validKinds(kinds) ? std::string() : "unknown fault in " + kinds;
        });
    app.add_option("--latency", options.latencyMs, "Added latency per request, ms")->check(CLI::Range(0, 60000));
    app.add_option("--seed", options.seed, "Seed of the fault plan");
    app.add_option("--catalogue", options.catalogueFile, "Procedures and fees JSON (default: the bundled copy)");
    app.add_option("--status-step", options.statusStepSeconds, "Seconds each status lasts before the next")
        ->capture_default_str()->check(CLI::Range(1, 86400 * 30));

    auto *pki = app.add_subcommand("pki", "Create a local CA, server and per-kiosk client certificates, and exit");
    std::string pkiOut;
    std::vector<std::string> kiosks{"kiosk-01"};
    pki->add_option("DIR", pkiOut, "Output directory")->required();
    pki->add_option("--kiosk", kiosks, "Kiosk ids to issue client certificates for");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &error) {
        return app.exit(error) == 0 ? 0 : 2;
    }
    if (pki->parsed()) {
        auto files = motcua::makeTestPki(pkiOut, kiosks);
        if (!files) {
            std::fprintf(stderr, "motcua-portal-sim: %s\n", files.error().message.c_str());
            return 1;
        }
        auto pin = motcua::publicKeyPin(files->serverCert());
        std::printf("PKI in %s (server pin %s)\n", pkiOut.c_str(), pin ? pin->c_str() : "?");
        return 0;
    }
    if (options.dataFile.empty()) {
        std::fprintf(stderr, "motcua-portal-sim: --data FILE is required\n");
        return 2;
    }
    if (!pkiDir.empty()) {
        const motcua::PkiFiles files{pkiDir};
        if (options.cert.empty()) options.cert = files.serverCert();
        if (options.key.empty()) options.key = files.serverKey();
    }
    return motcua::serveUntilSignalled("motcua-portal-sim", motcua::PortalSimServer::create(options), options.bind);
}
