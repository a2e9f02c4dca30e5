#include "tools/portal-sim/test_pki.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/sha.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

namespace motcua {
namespace fs = std::filesystem;
namespace {

using KeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using CertPtr = std::unique_ptr<X509, decltype(&X509_free)>;

KeyPtr newKey()
{
    return KeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"), &EVP_PKEY_free);
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (extension == nullptr) {
        return false;
    }
    const bool added = X509_add_ext(cert, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

struct CertSpec {
    std::string commonName;
    bool isCa = false;
    std::string subjectAltName;  // e.g. "DNS:localhost,IP:127.0.0.1"
    const char *extendedUsage = nullptr;  // "serverAuth" / "clientAuth"
    long notBeforeDays = -1;
    long notAfterDays = 825;
};

CertPtr makeCert(const CertSpec &spec, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey)
{
    static long serial = 1000;
    CertPtr cert(X509_new(), &X509_free);
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), ++serial + static_cast<long>(time(nullptr) % 100000) * 1000);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), spec.notBeforeDays * 86400);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), spec.notAfterDays * 86400);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("motcua test PKI"), -1,
                               -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(spec.commonName.c_str()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer != nullptr ? X509_get_subject_name(issuer) : name);
    X509_set_pubkey(cert.get(), key);
    X509 *issuerCert = issuer != nullptr ? issuer : cert.get();
    bool ok = addExtension(cert.get(), issuerCert, NID_basic_constraints, spec.isCa ? "critical,CA:TRUE" : "CA:FALSE");
    ok = ok && addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash");
    ok = ok && addExtension(cert.get(), issuerCert, NID_key_usage,
                            spec.isCa ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature,keyAgreement");
    if (issuer != nullptr) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    }
    if (!spec.subjectAltName.empty()) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_subject_alt_name, spec.subjectAltName.c_str());
    }
    if (spec.extendedUsage != nullptr) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_ext_key_usage, spec.extendedUsage);
    }
    if (!ok || X509_sign(cert.get(), issuerKey != nullptr ? issuerKey : key, EVP_sha256()) == 0) {
        return CertPtr(nullptr, &X509_free);
    }
    return cert;
}

Status writeCert(const fs::path &file, X509 *cert)
{
    FILE *out = std::fopen(file.c_str(), "w");
    if (out == nullptr || PEM_write_X509(out, cert) != 1) {
        if (out != nullptr) {
            std::fclose(out);
        }
        return fail("pki.write", "cannot write " + file.string());
    }
    std::fclose(out);
    return {};
}

Status writeKey(const fs::path &file, EVP_PKEY *key)
{
    FILE *out = std::fopen(file.c_str(), "w");
    if (out == nullptr) {
        return fail("pki.write", "cannot write " + file.string());
    }
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    const bool written = PEM_write_PrivateKey(out, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    std::fclose(out);
    return written ? Status{} : fail("pki.write", "cannot write " + file.string());
}

// Issues a leaf certificate and writes it and its key.
Status issue(const CertSpec &spec, X509 *ca, EVP_PKEY *caKey, const fs::path &certFile, const fs::path &keyFile)
{
    auto key = newKey();
    auto cert = makeCert(spec, key.get(), ca, caKey);
    if (!key || !cert) {
        return fail("pki.issue", "cannot issue " + spec.commonName);
    }
    if (auto written = writeKey(keyFile, key.get()); !written) {
        return written;
    }
    return writeCert(certFile, cert.get());
}

}  // namespace

Result<PkiFiles> makeTestPki(const fs::path &dir, const std::vector<std::string> &kiosks)
{
    PkiFiles files{dir};
    std::error_code error;
    fs::create_directories(dir, error);
    bool complete = fs::exists(files.caCert()) && fs::exists(files.serverCert()) && fs::exists(files.strangerCert());
    for (const auto &kiosk : kiosks) {
        complete = complete && fs::exists(files.clientCert(kiosk));
    }
    if (complete) {
        return files;
    }
    auto caKey = newKey();
    auto ca = makeCert({"motcua test CA", true, "", nullptr, -1, 3650}, caKey.get(), nullptr, nullptr);
    auto otherKey = newKey();
    auto other = makeCert({"unknown CA", true, "", nullptr, -1, 3650}, otherKey.get(), nullptr, nullptr);
    if (!ca || !other) {
        return fail("pki.ca", "cannot create the test CA");
    }
    const std::string hosts = "DNS:localhost,IP:127.0.0.1,IP:::1";
    Status status = writeCert(files.caCert(), ca.get());
    if (status) status = writeKey(dir / "ca.key", caKey.get());
    if (status) status = writeCert(files.otherCaCert(), other.get());
    if (status) status = issue({"localhost", false, hosts, "serverAuth"}, ca.get(), caKey.get(), files.serverCert(), files.serverKey());
    if (status) status = issue({"localhost", false, hosts, "serverAuth", -30, -1}, ca.get(), caKey.get(), files.expiredCert(), files.expiredKey());
    if (status) status = issue({"portal.example", false, "DNS:portal.example", "serverAuth"}, ca.get(), caKey.get(), files.wrongHostCert(), files.wrongHostKey());
    if (status) status = issue({"localhost", false, hosts, "serverAuth"}, other.get(), otherKey.get(), files.strangerCert(), files.strangerKey());
    for (const auto &kiosk : kiosks) {
        if (status) status = issue({kiosk, false, "", "clientAuth"}, ca.get(), caKey.get(), files.clientCert(kiosk), files.clientKey(kiosk));
    }
    if (!status) {
        return unexpected(status.error());
    }
    return files;
}

Result<std::string> publicKeyPin(const fs::path &certificate)
{
    FILE *in = std::fopen(certificate.c_str(), "r");
    if (in == nullptr) {
        return fail("pki.read", "cannot read " + certificate.string());
    }
    CertPtr cert(PEM_read_X509(in, nullptr, nullptr, nullptr), &X509_free);
    std::fclose(in);
    if (!cert) {
        return fail("pki.read", "not a PEM certificate: " + certificate.string());
    }
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(X509_get0_pubkey(cert.get()), &der);
    if (length <= 0) {
        return fail("pki.read", "no public key in " + certificate.string());
    }
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(der, static_cast<size_t>(length), digest);
    OPENSSL_free(der);
    unsigned char encoded[64] = {};
    EVP_EncodeBlock(encoded, digest, SHA256_DIGEST_LENGTH);
    return "sha256//" + std::string(reinterpret_cast<const char *>(encoded));
}

}  // namespace motcua
