// motcua-hub: wiring only. Flags and the [queue] configuration → options → server.
#include <CLI/CLI.hpp>
#include <QCoreApplication>
#include <cstdio>

#include "kiosk/core/config_loader.h"
#include "kiosk/core/data_paths.h"
#include "kiosk/core/log_categories.h"
#include "kiosk/queue/services_from_config.h"
#include "tools/hub/hub_server.h"
#include "tools/portal-sim/serve_until_signalled.h"
#include "tools/portal-sim/test_pki.h"

int main(int argc, char **argv)
{
    QCoreApplication qt(argc, argv);
    motcua::installLogFormat();
    std::signal(SIGPIPE, SIG_IGN);  // a client gone in the middle of an answer is not a reason to stop
    CLI::App app{"motcua-hub: the site's queue (tickets, counters, display) over HTTPS for its kiosks", "motcua-hub"};
    motcua::HubOptions options;
    std::string pkiDir, configFile;
    app.add_option("--config", configFile, "TOML configuration; its [queue] section lists the services");
    app.add_option("--bind", options.bind, "Address to listen on (0.0.0.0 for the site's LAN)")->capture_default_str();
    app.add_option("--port", options.port, "Port; 0 picks a free one")->capture_default_str()->check(CLI::Range(0, 65535));
    app.add_option("--pki", pkiDir, "Directory with server.crt and server.key (made by `pki`)");
    app.add_option("--cert", options.cert, "Server certificate (PEM)");
    app.add_option("--key", options.key, "Server private key (PEM)");
    app.add_option("--client-ca", options.clientCa, "Require client certificates issued by this CA (mutual TLS)");
    app.add_option("--data", options.dataFile, "SQLite file of the queue (default: queue-hub.sqlite in the data dir)");
    app.add_option("--synchronous", options.synchronous,
                   "full: fsync every commit group (survives power loss); normal: survives a hub crash only")
        ->capture_default_str()
        ->check(CLI::IsMember({"full", "normal"}));
    app.add_option("--threads", options.threads, "Connections served at once")->capture_default_str()->check(CLI::Range(4, 1024));

    auto *pki = app.add_subcommand("pki", "Create a local CA, the hub's certificate and client certificates, and exit");
    std::string pkiOut;
    std::vector<std::string> clients{"kiosk-01"};
    pki->add_option("DIR", pkiOut, "Output directory")->required();
    pki->add_option("--client", clients, "Kiosk, counter and display ids to issue client certificates for");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError &error) {
        return app.exit(error) == 0 ? 0 : 2;
    }
    if (pki->parsed()) {
        auto files = motcua::makeTestPki(pkiOut, clients);
        if (!files) {
            std::fprintf(stderr, "motcua-hub: %s\n", files.error().message.c_str());
            return 1;
        }
        std::printf("PKI in %s\n", pkiOut.c_str());
        return 0;
    }
    motcua::Config config;
    if (!configFile.empty()) {
        auto loaded = motcua::loadConfigFile(configFile);
        if (!loaded) {
            std::fprintf(stderr, "%s\n", loaded.error().describe().c_str());
            return 2;
        }
        config = *loaded;
    }
    options.services = motcua::queue::servicesFromConfig(config.queue);
    if (options.dataFile.empty()) {
        auto dir = motcua::ensureDataDirectory(config);
        if (!dir) {
            std::fprintf(stderr, "motcua-hub: %s\n", dir.error().message.c_str());
            return 1;
        }
        options.dataFile = *dir / "queue-hub.sqlite";
    }
    if (!pkiDir.empty()) {
        const motcua::PkiFiles files{pkiDir};
        if (options.cert.empty()) options.cert = files.serverCert();
        if (options.key.empty()) options.key = files.serverKey();
    }
    if (options.cert.empty() || options.key.empty()) {
        std::fprintf(stderr, "motcua-hub: a certificate is needed: --pki DIR or --cert and --key\n");
        return 2;
    }
    return motcua::serveUntilSignalled("motcua-hub", motcua::HubServer::create(options), options.bind);
}
