#pragma once
// Errors as values at every library boundary: a machine-readable code for logs
// and tests, and a sentence a person can act on. A small std::expected look-
// alike, because the fuzzing compiler (clang 14) has no <expected>.
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace motcua {

struct Error {
    std::string code;     // stable, e.g. "config.unknown_key"
    std::string message;  // human-readable, no personal data
};

template <class E>
struct Unexpected {
    E value;
};

template <class E>
Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return {std::forward<E>(error)};
}

template <class T, class E>
class [[nodiscard]] Expected {
public:
    Expected(const T &value) : m_state(std::in_place_index<0>, value) {}
    Expected(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    template <class U>
        requires(std::is_constructible_v<T, U &&> && !std::is_same_v<std::decay_t<U>, T> &&
                 !std::is_same_v<std::decay_t<U>, Expected>)
    Expected(U &&value) : m_state(std::in_place_index<0>, std::forward<U>(value))
    {
    }
    template <class G>
    Expected(Unexpected<G> error) : m_state(std::in_place_index<1>, std::move(error.value))
    {
    }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T &&operator*() && { return std::get<0>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    E &error() & { return std::get<1>(m_state); }
    const E &error() const & { return std::get<1>(m_state); }

    template <class U>
    T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

private:
    std::variant<T, E> m_state;
};

template <class E>
class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    template <class G>
    Expected(Unexpected<G> error) : m_error(std::move(error.value))
    {
    }

    bool has_value() const { return !m_error.has_value(); }
    explicit operator bool() const { return has_value(); }
    E &error() & { return *m_error; }
    const E &error() const & { return *m_error; }

private:
    std::optional<E> m_error;
};

template <class T>
using Result = Expected<T, Error>;

using Status = Expected<void, Error>;

inline Unexpected<Error> fail(std::string code, std::string message)
{
    return {Error{std::move(code), std::move(message)}};
}

}  // namespace motcua
