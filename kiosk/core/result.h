#pragma once
// Errors as values at every library boundary: a machine-readable code for logs
// and tests, and a sentence a person can act on.
#include <expected>
#include <string>
#include <utility>

namespace motcua {

struct Error {
    std::string code;     // stable, e.g. "config.unknown_key"
    std::string message;  // human-readable, no personal data
};

template <class T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(std::string code, std::string message)
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message)});
}

}  // namespace motcua
