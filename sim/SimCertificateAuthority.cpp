#include "SimCertificateAuthority.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

constexpr long kDay = 24 * 3600;

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

enum class Role { Ca, Signer, TimeStamping, Server };

X509Ptr makeCertificate(const char *commonName, EVP_PKEY *key, X509 *issuer, EVP_PKEY *issuerKey,
                        long days, Role role)
{
    X509Ptr cert(X509_new());
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f; // positive
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_set_version(cert.get(), 2);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kDay);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * kDay);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto add = [name](const char *field, const char *value) {
        X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(value), -1, -1, 0);
    };
    add("C", "ID");
    add("O", "Bubuh Simulator - SIMULASI TIDAK SAH");
    add("CN", commonName);
    X509 *issuerCert = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(issuerCert));
    bool ok = addExtension(cert.get(), issuerCert, NID_subject_key_identifier, "hash")
        && addExtension(cert.get(), issuerCert, NID_authority_key_identifier, "keyid:always");
    if (role == Role::Ca) {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:TRUE")
            && addExtension(cert.get(), issuerCert, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        ok = ok && addExtension(cert.get(), issuerCert, NID_basic_constraints, "critical,CA:FALSE")
            && addExtension(cert.get(), issuerCert, NID_key_usage,
                            "critical,digitalSignature,nonRepudiation");
    }
    if (role == Role::Server)
        ok = ok && addExtension(cert.get(), issuerCert, NID_subject_alt_name, "IP:127.0.0.1")
            && addExtension(cert.get(), issuerCert, NID_ext_key_usage, "serverAuth");
    // RFC 3161 asks a TSA certificate for exactly this one, critical, extended key usage.
    if (role == Role::TimeStamping)
        ok = ok && addExtension(cert.get(), issuerCert, NID_ext_key_usage, "critical,timeStamping");
    if (!ok || X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioContents(bio.get());
}

QByteArray certDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioContents(bio.get());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(bytes);
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return f.commit();
}

const char *const kNames[] = {"root", "intermediate", "signer", "tsa"};

} // namespace

std::unique_ptr<SimCertificateAuthority> SimCertificateAuthority::loadOrCreate(
    const QString &dataDir, QString *error)
{
    std::unique_ptr<SimCertificateAuthority> ca(new SimCertificateAuthority);
    const QString dir = dataDir + u"/ca"_s;
    if (ca->load(dir))
        return ca;
    if (!ca->generate()) {
        *error = u"could not generate the simulator CA"_s;
        return {};
    }
    if (!QDir().mkpath(dir) || !ca->save(dir)) {
        *error = u"could not save the simulator CA to %1"_s.arg(dir);
        return {};
    }
    return ca;
}

bool SimCertificateAuthority::generate()
{
    m_rootKey.reset(EVP_RSA_gen(2048));
    m_intermediateKey.reset(EVP_RSA_gen(2048));
    m_signerKey.reset(EVP_RSA_gen(2048));
    m_tsaKey.reset(EVP_RSA_gen(2048));
    if (!m_rootKey || !m_intermediateKey || !m_signerKey || !m_tsaKey)
        return false;
    m_root = makeCertificate("Bubuh SIMULASI Root CA - TIDAK SAH", m_rootKey.get(), nullptr,
                             nullptr, 20 * 365, Role::Ca);
    if (!m_root)
        return false;
    m_intermediate
        = makeCertificate("Bubuh SIMULASI Intermediate CA - TIDAK SAH", m_intermediateKey.get(),
                          m_root.get(), m_rootKey.get(), 10 * 365, Role::Ca);
    if (!m_intermediate)
        return false;
    m_signer
        = makeCertificate("SIMULASI e-Meterai Signer - TIDAK SAH", m_signerKey.get(),
                          m_intermediate.get(), m_intermediateKey.get(), 5 * 365, Role::Signer);
    m_tsa = makeCertificate("SIMULASI Time-Stamping Authority - TIDAK SAH", m_tsaKey.get(),
                            m_intermediate.get(), m_intermediateKey.get(), 10 * 365,
                            Role::TimeStamping);
    return m_signer && m_tsa;
}

bool SimCertificateAuthority::load(const QString &dir)
{
    X509Ptr *certs[] = {&m_root, &m_intermediate, &m_signer, &m_tsa};
    PKeyPtr *keys[] = {&m_rootKey, &m_intermediateKey, &m_signerKey, &m_tsaKey};
    for (int i = 0; i < 4; ++i) {
        const QString base = dir + u'/' + QLatin1StringView(kNames[i]);
        const QByteArray cert = readFile(base + u".crt.pem"_s);
        const QByteArray key = readFile(base + u".key.pem"_s);
        if (cert.isEmpty() || key.isEmpty())
            return false;
        certs[i]->reset(PEM_read_bio_X509(memoryBio(cert).get(), nullptr, nullptr, nullptr));
        keys[i]->reset(PEM_read_bio_PrivateKey(memoryBio(key).get(), nullptr, nullptr, nullptr));
        if (!*certs[i] || !*keys[i])
            return false;
    }
    // A signer or TSA past its validity is replaced (with the rest of the CA).
    return X509_cmp_current_time(X509_get0_notAfter(m_signer.get())) > 0
        && X509_cmp_current_time(X509_get0_notAfter(m_tsa.get())) > 0;
}

bool SimCertificateAuthority::save(const QString &dir) const
{
    const X509Ptr *certs[] = {&m_root, &m_intermediate, &m_signer, &m_tsa};
    const PKeyPtr *keys[] = {&m_rootKey, &m_intermediateKey, &m_signerKey, &m_tsaKey};
    for (int i = 0; i < 4; ++i) {
        const QString base = dir + u'/' + QLatin1StringView(kNames[i]);
        if (!writeFile(base + u".crt.pem"_s, certPem(certs[i]->get()), false)
            || !writeFile(base + u".key.pem"_s, keyPem(keys[i]->get()), true))
            return false;
    }
    return true;
}

SimCertificateAuthority::ServerCredentials SimCertificateAuthority::serverCredentials() const
{
    PKeyPtr key(EVP_RSA_gen(2048));
    if (!key)
        return {};
    X509Ptr cert = makeCertificate("127.0.0.1", key.get(), m_intermediate.get(),
                                   m_intermediateKey.get(), 30, Role::Server);
    if (!cert)
        return {};
    return {certPem(cert.get()) + certPem(m_intermediate.get()), keyPem(key.get())};
}

QByteArray SimCertificateAuthority::rootPem() const
{
    return certPem(m_root.get());
}

QByteArray SimCertificateAuthority::chainPem() const
{
    return certPem(m_signer.get()) + certPem(m_intermediate.get()) + certPem(m_root.get());
}

QList<QByteArray> SimCertificateAuthority::chainDer() const
{
    return {certDer(m_signer.get()), certDer(m_intermediate.get()), certDer(m_root.get())};
}

QByteArray SimCertificateAuthority::intermediateCrlDer(int revokedEntries) const
{
    using CrlPtr = std::unique_ptr<X509_CRL, OpenSslDeleter<X509_CRL_free>>;
    using TimePtr = std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME_free>>;
    CrlPtr crl(X509_CRL_new());
    X509_CRL_set_version(crl.get(), 1);
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(m_intermediate.get()));
    TimePtr now(X509_gmtime_adj(nullptr, 0));
    TimePtr next(X509_gmtime_adj(nullptr, 7 * kDay));
    X509_CRL_set1_lastUpdate(crl.get(), now.get());
    X509_CRL_set1_nextUpdate(crl.get(), next.get());
    // Serial numbers derived from the entry's index, so the list is the same on every run;
    // none can be the signer's, whose serial is random and 20 bytes long.
    for (int i = 0; i < revokedEntries; ++i) {
        const QByteArray serial
            = QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha1).left(16);
        X509_REVOKED *entry = X509_REVOKED_new();
        BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()),
                               int(serial.size()), nullptr);
        ASN1_INTEGER *number = BN_to_ASN1_INTEGER(bn, nullptr);
        TimePtr when(X509_gmtime_adj(nullptr, -long(i % 700) * kDay));
        X509_REVOKED_set_serialNumber(entry, number);
        X509_REVOKED_set_revocationDate(entry, when.get());
        X509_CRL_add0_revoked(crl.get(), entry);
        ASN1_INTEGER_free(number);
        BN_free(bn);
    }
    X509_CRL_sort(crl.get());
    QByteArray out;
    if (X509_CRL_sign(crl.get(), m_intermediateKey.get(), EVP_sha256()) > 0) {
        unsigned char *der = nullptr;
        const int len = i2d_X509_CRL(crl.get(), &der);
        if (len > 0)
            out = QByteArray(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
    return out;
}

QList<QByteArray> SimCertificateAuthority::ocspResponsesDer() const
{
    using BasicPtr = std::unique_ptr<OCSP_BASICRESP, OpenSslDeleter<OCSP_BASICRESP_free>>;
    using ResponsePtr = std::unique_ptr<OCSP_RESPONSE, OpenSslDeleter<OCSP_RESPONSE_free>>;
    using IdPtr = std::unique_ptr<OCSP_CERTID, OpenSslDeleter<OCSP_CERTID_free>>;
    using TimePtr = std::unique_ptr<ASN1_TIME, OpenSslDeleter<ASN1_TIME_free>>;
    QList<QByteArray> out;
    for (X509 *subject : {m_signer.get(), m_tsa.get()}) {
        BasicPtr basic(OCSP_BASICRESP_new());
        IdPtr id(OCSP_cert_to_id(EVP_sha1(), subject, m_intermediate.get()));
        TimePtr now(X509_gmtime_adj(nullptr, 0));
        TimePtr next(X509_gmtime_adj(nullptr, 7 * kDay));
        if (!basic || !id
            || !OCSP_basic_add1_status(basic.get(), id.get(), V_OCSP_CERTSTATUS_GOOD, 0, nullptr,
                                       now.get(), next.get())
            || !OCSP_basic_sign(basic.get(), m_intermediate.get(), m_intermediateKey.get(),
                                EVP_sha256(), nullptr, 0))
            continue;
        ResponsePtr response(OCSP_response_create(OCSP_RESPONSE_STATUS_SUCCESSFUL, basic.get()));
        unsigned char *der = nullptr;
        const int len = response ? i2d_OCSP_RESPONSE(response.get(), &der) : 0;
        if (len > 0)
            out.append(QByteArray(reinterpret_cast<const char *>(der), len));
        OPENSSL_free(der);
    }
    return out;
}

QByteArray SimCertificateAuthority::timestampToken(const QByteArray &signatureValue) const
{
    // The request a client would send: the SHA-256 imprint of the signature value.
    using ReqPtr = std::unique_ptr<TS_REQ, OpenSslDeleter<TS_REQ_free>>;
    using ImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OpenSslDeleter<TS_MSG_IMPRINT_free>>;
    using AlgorPtr = std::unique_ptr<X509_ALGOR, OpenSslDeleter<X509_ALGOR_free>>;
    using RespCtxPtr = std::unique_ptr<TS_RESP_CTX, OpenSslDeleter<TS_RESP_CTX_free>>;
    using RespPtr = std::unique_ptr<TS_RESP, OpenSslDeleter<TS_RESP_free>>;
    using ObjectPtr = std::unique_ptr<ASN1_OBJECT, OpenSslDeleter<ASN1_OBJECT_free>>;
    QByteArray digest = QCryptographicHash::hash(signatureValue, QCryptographicHash::Sha256);
    ReqPtr request(TS_REQ_new());
    ImprintPtr imprint(TS_MSG_IMPRINT_new());
    AlgorPtr algorithm(X509_ALGOR_new());
    X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
    if (!TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get())
        || !TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char *>(digest.data()),
                                   int(digest.size()))
        || !TS_REQ_set_version(request.get(), 1)
        || !TS_REQ_set_msg_imprint(request.get(), imprint.get())
        || !TS_REQ_set_cert_req(request.get(), 1))
        return {};
    BioPtr requestBio(BIO_new(BIO_s_mem()));
    if (i2d_TS_REQ_bio(requestBio.get(), request.get()) != 1)
        return {};

    // The TSA's answer, under a policy that is the simulator's own (a private arc).
    RespCtxPtr tsa(TS_RESP_CTX_new());
    ObjectPtr policy(OBJ_txt2obj("1.3.6.1.4.1.55555.1.1", 1));
    STACK_OF(X509) *chain = sk_X509_new_null();
    sk_X509_push(chain, m_intermediate.get());
    const bool ready = TS_RESP_CTX_set_signer_cert(tsa.get(), m_tsa.get())
        && TS_RESP_CTX_set_signer_key(tsa.get(), m_tsaKey.get())
        && TS_RESP_CTX_set_signer_digest(tsa.get(), EVP_sha256())
        && TS_RESP_CTX_set_def_policy(tsa.get(), policy.get())
        && TS_RESP_CTX_add_md(tsa.get(), EVP_sha256()) && TS_RESP_CTX_set_certs(tsa.get(), chain);
    sk_X509_free(chain); // the context took its own references
    if (!ready)
        return {};
    TS_RESP_CTX_set_serial_cb(
        tsa.get(),
        [](TS_RESP_CTX *, void *) -> ASN1_INTEGER * {
            unsigned char serial[8];
            RAND_bytes(serial, sizeof serial);
            serial[0] &= 0x7f;
            BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
            ASN1_INTEGER *number = BN_to_ASN1_INTEGER(bn, nullptr);
            BN_free(bn);
            return number;
        },
        nullptr);
    RespPtr response(TS_RESP_create_response(tsa.get(), requestBio.get()));
    if (!response
        || ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(response.get())))
            != TS_STATUS_GRANTED)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(TS_RESP_get_token(response.get()), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

QByteArray SimCertificateAuthority::signDetached(const QByteArray &data, bool timestamp) const
{
    const unsigned flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
    STACK_OF(X509) *extra = sk_X509_new_null();
    sk_X509_push(extra, m_intermediate.get());
    sk_X509_push(extra, m_root.get());
    CmsPtr cms(CMS_sign(nullptr, nullptr, extra, nullptr, flags));
    sk_X509_free(extra); // CMS_sign took its own references
    if (!cms)
        return {};
    // CMS_CADES with SHA-256 adds signingCertificateV2, as PAdES (ETSI.CAdES.detached) asks.
    if (!CMS_add1_signer(cms.get(), m_signer.get(), m_signerKey.get(), EVP_sha256(),
                         CMS_BINARY | CMS_CADES | CMS_NOSMIMECAP))
        return {};
    BioPtr in = memoryBio(data);
    if (CMS_final(cms.get(), in.get(), nullptr, flags) != 1)
        return {};
    if (timestamp) {
        // The token goes in the signer's unsigned attributes (id-aa-signatureTimeStampToken),
        // over the signature value just made.
        CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
        const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(signer);
        const QByteArray token = timestampToken(
            QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                       ASN1_STRING_length(value)));
        if (token.isEmpty()
            || CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken,
                                             V_ASN1_SEQUENCE, token.constData(), int(token.size()))
                != 1)
            return {};
    }
    unsigned char *der = nullptr;
    const int len = i2d_CMS_ContentInfo(cms.get(), &der);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace sim
