#include "kiosk/privacy/payload_cipher.h"

#include <sodium.h>

#include "kiosk/privacy/sodium_init.h"

namespace motcua {
namespace {

constexpr std::string_view kMagic = "mcp1";
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(std::string_view text)
{
    return reinterpret_cast<const unsigned char *>(text.data());
}

}  // namespace

bool isSealedPayload(std::string_view stored)
{
    return stored.size() >= kMagic.size() + kNonceBytes + kTagBytes && stored.substr(0, kMagic.size()) == kMagic;
}

Result<std::string> sealPayload(const DataKey &key, std::string_view plain, std::string_view context)
{
    if (auto ready = ensureSodium(); !ready) {
        return unexpected(ready.error());
    }
    std::string sealed(kMagic.size() + kNonceBytes + plain.size() + kTagBytes, '\0');
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    std::copy(kMagic.begin(), kMagic.end(), out);
    unsigned char *nonce = out + kMagic.size();
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, bytes(plain), plain.size(),
                                               bytes(context), context.size(), nullptr, nonce, key.data());
    sealed.resize(kMagic.size() + kNonceBytes + written);
    return sealed;
}

Result<std::string> openPayload(const DataKey &key, std::string_view sealed, std::string_view context)
{
    if (!isSealedPayload(sealed)) {
        return fail("privacy.not_sealed", "the stored payload is not sealed");
    }
    if (auto ready = ensureSodium(); !ready) {
        return unexpected(ready.error());
    }
    const unsigned char *nonce = bytes(sealed) + kMagic.size();
    const unsigned char *cipher = nonce + kNonceBytes;
    const size_t cipherBytes = sealed.size() - kMagic.size() - kNonceBytes;
    std::string plain(cipherBytes - kTagBytes, '\0');
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   cipher, cipherBytes, bytes(context), context.size(), nonce,
                                                   key.data()) != 0) {
        return fail("privacy.open_failed",
                    "a stored payload cannot be decrypted: wrong data key, or the row was damaged or moved");
    }
    plain.resize(written);
    return plain;
}

}  // namespace motcua
