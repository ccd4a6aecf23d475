#include "TrustAnchors.h"

#include "OpenSslHandles.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

namespace bubuh {

namespace {

QByteArray derOf(X509 *certificate)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(certificate, &der);
    QByteArray out
        = length > 0 ? QByteArray(reinterpret_cast<const char *>(der), length) : QByteArray();
    OPENSSL_free(der);
    return out;
}

bool namesItselfSimulated(X509 *certificate)
{
    char buffer[512] = {};
    X509_NAME_oneline(X509_get_subject_name(certificate), buffer, sizeof buffer - 1);
    return QByteArray(buffer).contains("SIMULASI");
}

} // namespace

int TrustAnchors::add(const QByteArray &pem, Kind kind)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    int added = 0;
    while (X509 *certificate = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        const QByteArray der = derOf(certificate);
        if (!der.isEmpty()) {
            m_anchors.append({der, namesItselfSimulated(certificate) ? Kind::Simulator : kind});
            ++added;
        }
        X509_free(certificate);
    }
    ERR_clear_error(); // the end of the PEM data reads as an error
    return added;
}

bool TrustAnchors::addFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && add(file.readAll()) > 0;
}

X509_STORE *TrustAnchors::newStore() const
{
    X509_STORE *store = X509_STORE_new();
    for (const Anchor &anchor : m_anchors) {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(anchor.der.constData());
        if (X509 *certificate = d2i_X509(nullptr, &p, long(anchor.der.size()))) {
            X509_STORE_add_cert(store, certificate);
            X509_free(certificate);
        }
    }
    X509_STORE_set_flags(store, X509_V_FLAG_PARTIAL_CHAIN);
    ERR_clear_error(); // a certificate added twice reads as an error
    return store;
}

TrustAnchors::Kind TrustAnchors::kindOf(X509 *certificate) const
{
    const QByteArray der = derOf(certificate);
    for (const Anchor &anchor : m_anchors) {
        if (anchor.der == der)
            return anchor.kind;
    }
    return Kind::Real;
}

} // namespace bubuh
