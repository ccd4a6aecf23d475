#pragma once

#include "OpenSslPtr.h"

#include <QString>
#include <memory>

namespace sim {

// The simulator's own three-level CA: root -> intermediate -> signer, and a time-stamping
// authority beside the signer. Generated once into <dataDir>/ca/ and reused, so every run
// signs under the same root. Its names all say "SIMULASI - TIDAK SAH": nothing it signs can
// pass for a real e-Meterai.
class SimCertificateAuthority
{
public:
    static std::unique_ptr<SimCertificateAuthority> loadOrCreate(const QString &dataDir,
                                                                 QString *error);

    QByteArray rootPem() const;
    // A fresh HTTPS server certificate for 127.0.0.1 (and no other name), under the
    // intermediate: the chain (server, intermediate) and the key, as PEM.
    struct ServerCredentials
    {
        QByteArray chainPem, keyPem;
    };
    ServerCredentials serverCredentials() const;
    QByteArray chainPem() const; // signer, intermediate, root
    QList<QByteArray> chainDer() const;
    // A CRL issued by the intermediate listing revokedEntries made-up serial numbers: a real
    // CA's CRL lists thousands, and it is most of what makes a real stamped file grow.
    QByteArray intermediateCrlDer(int revokedEntries = 0) const;
    // OCSP responses ("good") from the intermediate for the signer and the TSA, DER encoded,
    // as the DSS of a real stamp carries them.
    QList<QByteArray> ocspResponsesDer() const;

    // A CAdES detached CMS signature (SHA-256; contentType, messageDigest, signingTime and
    // signingCertificateV2 signed attributes) over data, DER encoded. Empty on failure. With
    // timestamp, it carries an RFC 3161 signature time-stamp token from the simulator's TSA,
    // as real e-Meterai stamps do (Part A).
    QByteArray signDetached(const QByteArray &data, bool timestamp = true) const;

private:
    SimCertificateAuthority() = default;
    bool generate();
    bool load(const QString &dir);
    bool save(const QString &dir) const;
    // A TimeStampToken (RFC 3161) over the SHA-256 of a signature value; empty on failure.
    QByteArray timestampToken(const QByteArray &signatureValue) const;

    X509Ptr m_root, m_intermediate, m_signer, m_tsa;
    PKeyPtr m_rootKey, m_intermediateKey, m_signerKey, m_tsaKey;
};

} // namespace sim
