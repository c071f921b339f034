#pragma once
// Result<T>: the return type of every fallible call. An Error says, for a person, what was wrong and where.

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace ckx {

/// What went wrong, for a person: `message` names the file, field or host that was wrong and what was expected.
/// `code` is a short stable identifier for programs (for example "docker.unreachable", "labpack.json").
struct Error
{
    QString code;
    QString message;
};

/// Either a value or an Error (std::expected is C++23; this is the subset we use).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    /// The value passed through `fn` (T -> U), or this error.
    template<typename F>
    auto transform(F &&fn) const & -> Result<std::invoke_result_t<F, const T &>>
    {
        if (!ok())
            return error();
        if constexpr (std::is_void_v<std::invoke_result_t<F, const T &>>) {
            fn(value());
            return {};
        } else {
            return fn(value());
        }
    }
    /// The next fallible step (T -> Result<U>), run only when this holds a value.
    template<typename F>
    auto and_then(F &&fn) const & -> std::invoke_result_t<F, const T &>
    {
        if (!ok())
            return error();
        return fn(value());
    }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

    /// The next fallible step (() -> Result<U>), run only when this succeeded.
    template<typename F>
    auto and_then(F &&fn) const -> std::invoke_result_t<F>
    {
        if (!ok())
            return error();
        return fn();
    }

private:
    std::optional<Error> m_error;
};

/// Returns the error of `expr` (any Result) from the enclosing function, which returns a Result; else goes on.
/// Replaces the `if (auto r = f(); !r) return r.error();` ladder.
#define CKX_TRY(expr)                                                                                                  \
    do {                                                                                                               \
        if (auto ckx_try_result_ = (expr); !ckx_try_result_)                                                           \
            return ckx_try_result_.error();                                                                            \
    } while (false)

inline Error makeError(QString code, QString message)
{
    return Error{std::move(code), std::move(message)};
}

} // namespace ckx
