// StampVerifier::verify on arbitrary bytes, with the seed stamps' simulator root trusted so
// that the chain, time-stamp and later-change checks are reached, not only the parser.
#include "FuzzInput.h"

#include "pdf/StampVerifier.h"

#include <QFile>

namespace {

const bubuh::StampVerifier &verifier()
{
    static const bubuh::StampVerifier v = [] {
        bubuh::StampVerifier made;
        QFile root(QStringLiteral(BUBUH_FUZZ_ROOT));
        if (root.open(QIODevice::ReadOnly)) {
            const QByteArray pem = root.readAll();
            made.addTrustAnchors(pem, bubuh::TrustAnchors::Kind::Simulator);
            made.addTimestampAnchors(pem, bubuh::TrustAnchors::Kind::Simulator);
        }
        return made;
    }();
    return v;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    verifier().verify(bytes, QStringLiteral("fuzz.pdf"), &bytes);
    return 0;
}
