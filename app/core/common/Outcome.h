#pragma once

#include "common/AppError.h"

#include <optional>
#include <utility>

namespace mathakine {

// A value or an AppError (std::expected is C++23; GCC 12 lacks it).
template<typename T>
class [[nodiscard]] Outcome {
public:
    Outcome(T value) : m_value(std::move(value)) {}
    Outcome(AppError error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const AppError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    AppError m_error;
};

// For operations that return nothing but may fail.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(AppError error) : m_failed(true), m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const AppError &error() const { return m_error; }

private:
    bool m_failed = false;
    AppError m_error;
};

}  // namespace mathakine
