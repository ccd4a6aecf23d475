#include "States.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// One table per enum, in the enum's order: the only place the texts are written.
constexpr std::array kOrderTexts = {u"PENDING",   u"SENT",    u"AWAITING_PAYMENT", u"PAID",
                                    u"FULFILLED", u"EXPIRED", u"FAILED",           u"UNKNOWN"};
constexpr std::array kJobTexts
    = {u"CREATED", u"UPLOADED", u"SERIAL_PENDING", u"SERIAL",   u"STAMPING",
       u"STAMPED", u"SAVED",    u"FAILED",         u"CANCELLED"};
constexpr std::array kVerdictTexts = {u"", u"valid", u"intact", u"rejected"};

template<typename Enum, std::size_t N>
std::optional<Enum> fromText(const std::array<const char16_t *, N> &texts, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QStringView(texts[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

bool isFinished(OrderState state)
{
    return state == OrderState::Fulfilled || state == OrderState::Expired
        || state == OrderState::Failed;
}

bool isFinished(JobState state)
{
    return state == JobState::Saved || state == JobState::Failed || state == JobState::Cancelled;
}

bool mayHoldSerial(JobState state)
{
    return state == JobState::SerialPending || state == JobState::Serial
        || state == JobState::Stamping || state == JobState::Stamped;
}

int progressStep(JobState state)
{
    return std::min(int(state) + 1, kJobSteps);
}

QString toText(OrderState state)
{
    return QString::fromUtf16(kOrderTexts[std::size_t(state)]);
}

QString toText(JobState state)
{
    return QString::fromUtf16(kJobTexts[std::size_t(state)]);
}

QString toText(StampVerdict verdict)
{
    return QString::fromUtf16(kVerdictTexts[std::size_t(verdict)]);
}

std::optional<OrderState> orderStateFromText(QStringView text)
{
    return fromText<OrderState>(kOrderTexts, text);
}

std::optional<JobState> jobStateFromText(QStringView text)
{
    return fromText<JobState>(kJobTexts, text);
}

std::optional<StampVerdict> verdictFromText(QStringView text)
{
    return fromText<StampVerdict>(kVerdictTexts, text);
}

} // namespace bubuh
