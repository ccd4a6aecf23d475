#pragma once

#include "OpenSslPtr.h"

#include <QString>
#include <memory>

namespace sim {

// The simulator's own three-level CA: root -> intermediate -> signer. Generated once into
// <dataDir>/ca/ and reused, so every run signs under the same root. Its names all say
// "SIMULASI - TIDAK SAH": nothing it signs can pass for a real e-Meterai.
class SimCertificateAuthority
{
public:
    static std::unique_ptr<SimCertificateAuthority> loadOrCreate(const QString &dataDir,
                                                                 QString *error);

    QByteArray rootPem() const;
    QByteArray chainPem() const; // signer, intermediate, root
    QList<QByteArray> chainDer() const;
    // An empty CRL issued by the intermediate, as the DSS of a real stamp carries one.
    QByteArray intermediateCrlDer() const;

    // A CAdES detached CMS signature (SHA-256; contentType, messageDigest, signingTime and
    // signingCertificateV2 signed attributes) over data, DER encoded. Empty on failure.
    QByteArray signDetached(const QByteArray &data) const;

private:
    SimCertificateAuthority() = default;
    bool generate();
    bool load(const QString &dir);
    bool save(const QString &dir) const;

    X509Ptr m_root, m_intermediate, m_signer;
    PKeyPtr m_rootKey, m_intermediateKey, m_signerKey;
};

} // namespace sim
