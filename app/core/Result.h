#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace bubuh {

// What went wrong, for two readers: the applicant (message, already translated, saying what to
// do next) and the log (detail, technical, never shown as the only explanation). Code decides
// on kind and the structured fields below, never on the text of detail.
struct Failure
{
    enum class Kind {
        Refused,       // a definite no: bad input, wrong password, a business refusal
        Unknown,       // the request may have been done: to be reconciled, never "failed"
        Unavailable,   // the service stayed busy or unreachable until the deadline
        QueueRequired, // the shop's waiting room must be joined first
        Unrecognized,  // the service answered in a shape Bubuh does not know: not retried
    };
    Failure() = default;
    Failure(QString message, QString detail, Kind kind = Kind::Refused)
        : message(std::move(message)), detail(std::move(detail)), kind(kind)
    { }

    QString message;
    QString detail;
    Kind kind = Kind::Refused;
    int httpStatus = 0;            // of the answer; 0 = no HTTP answer, or none involved
    QString serviceCode;           // the body's statusCode / status / errorCode, e.g. "01", "97"
    QString serviceReason;         // the service's own words: result.err, message, errorMessage
    bool serverDidNothing = false; // certainly nothing was done: a definite refusal, never sent
    int attempts = 0;              // how many times the request went out
};

// Errors are values (see style.md): either a T or a Failure.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Failure failure) : m_failure(std::move(failure)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T value() && { return std::move(*m_value); } // safe on a temporary, e.g. in a range-for
    const T *operator->() const { return &*m_value; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

} // namespace bubuh
