#pragma once
// Certificates for tests, demos and `make run`, made on the machine that
// uses them (no private key is ever committed): a local CA, the simulator's
// server certificate, a client certificate per kiosk, and the bad ones the
// TLS tests need (expired, wrong host name, signed by an unknown CA).
#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/core/result.h"

namespace motcua {

struct PkiFiles {
    std::filesystem::path dir;
    std::filesystem::path caCert() const { return dir / "ca.crt"; }
    std::filesystem::path serverCert() const { return dir / "server.crt"; }
    std::filesystem::path serverKey() const { return dir / "server.key"; }
    std::filesystem::path clientCert(const std::string &kiosk) const { return dir / (kiosk + ".crt"); }
    std::filesystem::path clientKey(const std::string &kiosk) const { return dir / (kiosk + ".key"); }
    std::filesystem::path expiredCert() const { return dir / "expired.crt"; }
    std::filesystem::path expiredKey() const { return dir / "expired.key"; }
    std::filesystem::path wrongHostCert() const { return dir / "wronghost.crt"; }
    std::filesystem::path wrongHostKey() const { return dir / "wronghost.key"; }
    std::filesystem::path otherCaCert() const { return dir / "other-ca.crt"; }
    std::filesystem::path strangerCert() const { return dir / "stranger.crt"; }  // server cert from the other CA
    std::filesystem::path strangerKey() const { return dir / "stranger.key"; }
};

// Creates every file under `dir` (keys mode 0600) unless they already exist.
Result<PkiFiles> makeTestPki(const std::filesystem::path &dir, const std::vector<std::string> &kiosks);

// "sha256//BASE64" of a certificate's public key, for CURLOPT_PINNEDPUBLICKEY.
Result<std::string> publicKeyPin(const std::filesystem::path &certificate);

}  // namespace motcua
