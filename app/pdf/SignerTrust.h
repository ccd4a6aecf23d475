#pragma once

#include "StampVerifier.h"

#include <openssl/cms.h>
#include <openssl/x509.h>

namespace bubuh {

// Who vouches for one signature: whether its signer's chain ends at a configured anchor, and
// whether it was valid when the signature was made, by the time an RFC 3161 signature
// time-stamp proves, never by the time the signer claims.
struct SignerVerdict
{
    SignatureCheck::Chain chain = SignatureCheck::Chain::Untrusted;
    bool validAtSigning = false;
    bool simulated = false; // the chain ends at a simulator's anchor
    QDateTime timestamp;    // a verified time-stamp's time; invalid when there is none
    QString detail;
};

SignerVerdict judgeSigner(CMS_SignerInfo *signerInfo, X509 *signer, STACK_OF(X509) * certificates,
                          const TrustAnchors &anchors, const TrustAnchors &tsaAnchors,
                          const QDateTime &now);

// An ASN.1 time as UTC; invalid when there is none.
QDateTime dateTimeOf(const ASN1_TIME *time);

} // namespace bubuh
