#include "SignerTrust.h"
#include "OpenSslHandles.h"

#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

QString verifyError(int code)
{
    return QString::fromLatin1(X509_verify_cert_error_string(code));
}

struct ChainCheck
{
    bool ok = false;
    int error = 0;
    TrustAnchors::Kind anchor = TrustAnchors::Kind::Real;
};

// The signer's chain against the anchors alone, at a time (or whatever the dates, when
// `at` is invalid).
ChainCheck verifyChain(X509 *signer, STACK_OF(X509) * certificates, const TrustAnchors &anchors,
                       const QDateTime &at)
{
    StorePtr store(anchors.newStore());
    StoreCtxPtr context(X509_STORE_CTX_new());
    X509_STORE_CTX_init(context.get(), store.get(), signer, certificates);
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
    if (at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
    else
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_NO_CHECK_TIME);
    ChainCheck check;
    check.ok = X509_verify_cert(context.get()) == 1;
    check.error = X509_STORE_CTX_get_error(context.get());
    if (check.ok) {
        STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(context.get());
        check.anchor = anchors.kindOf(sk_X509_value(chain, sk_X509_num(chain) - 1));
    }
    ERR_clear_error();
    return check;
}

// Why a certificate cannot be an e-Meterai signer whatever its chain: a CA, a time-stamping
// authority, or a key not meant for signatures. Empty when it may be one.
QString unfitSigner(X509 *signer)
{
    if (X509_check_ca(signer) != 0)
        return u"the signer's certificate is a CA's"_s;
    const uint32_t flags = X509_get_extension_flags(signer);
    if ((flags & EXFLAG_KUSAGE)
        && !(X509_get_key_usage(signer) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return u"the signer's key is not meant for signatures"_s;
    if ((flags & EXFLAG_XKUSAGE) && X509_get_extended_key_usage(signer) == XKU_TIMESTAMP)
        return u"the signer's certificate is a time-stamping authority's"_s;
    return {};
}

// The time an RFC 3161 token in the signer's unsigned attributes proves: its imprint must be
// of this signature's value, and its TSA's chain must end, today, at a TSA anchor of the same
// kind as the signer's (a simulator's TSA proves nothing about a real stamp). Invalid, with
// why, otherwise.
QDateTime verifiedTimestamp(CMS_SignerInfo *signerInfo, const TrustAnchors &tsaAnchors,
                            TrustAnchors::Kind signerKind, const QDateTime &now, QString *why)
{
    const int index = CMS_unsigned_get_attr_by_NID(signerInfo, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0) {
        *why = u"no signature time-stamp"_s;
        return {};
    }
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signerInfo, index), 0);
    if (!value || value->type != V_ASN1_SEQUENCE) {
        *why = u"the signature time-stamp is not a token"_s;
        return {};
    }
    const unsigned char *p = ASN1_STRING_get0_data(value->value.sequence);
    Pkcs7Ptr token(d2i_PKCS7(nullptr, &p, ASN1_STRING_length(value->value.sequence)));
    TstInfoPtr info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    const QDateTime at = info ? dateTimeOf(TS_TST_INFO_get_time(info.get())) : QDateTime();
    if (!at.isValid() || !PKCS7_type_is_signed(token.get())) {
        *why = u"the signature time-stamp cannot be read"_s;
        ERR_clear_error();
        return {};
    }
    const ASN1_OCTET_STRING *signature = CMS_SignerInfo_get0_signature(signerInfo);
    TsVerifyPtr context(TS_VERIFY_CTX_new());
    TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_SIGNATURE | TS_VFY_DATA);
    // The context owns the data and the store from here.
    TS_VERIFY_CTX_set_data(
        context.get(),
        BIO_new_mem_buf(ASN1_STRING_get0_data(signature), ASN1_STRING_length(signature)));
    // Today, not at the time the token claims: a retired TSA key could claim any time.
    X509_STORE *store = tsaAnchors.newStore();
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), time_t(now.toSecsSinceEpoch()));
    TS_VERIFY_CTX_set_store(context.get(), store);
    if (TS_RESP_verify_token(context.get(), token.get()) != 1) {
        const unsigned long code = ERR_peek_last_error();
        *why = u"the signature time-stamp does not verify: %1"_s.arg(
            code ? QString::fromLatin1(ERR_reason_error_string(code)) : u"?"_s);
        ERR_clear_error();
        return {};
    }
    STACK_OF(X509) *tokenCertificates = token->d.sign->cert;
    STACK_OF(X509) *tsa = PKCS7_get0_signers(token.get(), nullptr, 0);
    const ChainCheck tsaChain = sk_X509_num(tsa) == 1
        ? verifyChain(sk_X509_value(tsa, 0), tokenCertificates, tsaAnchors, now)
        : ChainCheck();
    sk_X509_free(tsa);
    ERR_clear_error();
    if (!tsaChain.ok || tsaChain.anchor != signerKind) {
        *why = u"the signature time-stamp is not from a time-stamping authority of the same kind "
               "as the signer"_s;
        return {};
    }
    return at;
}

} // namespace

QDateTime dateTimeOf(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
}

SignerVerdict judgeSigner(CMS_SignerInfo *signerInfo, X509 *signer, STACK_OF(X509) * certificates,
                          const TrustAnchors &anchors, const TrustAnchors &tsaAnchors,
                          const QDateTime &now)
{
    SignerVerdict verdict;
    verdict.detail = unfitSigner(signer);
    if (!verdict.detail.isEmpty())
        return verdict;
    // First: does the chain lead to an anchor at all, whatever the dates?
    const ChainCheck anyTime = verifyChain(signer, certificates, anchors, {});
    if (!anyTime.ok) {
        verdict.detail = verifyError(anyTime.error);
        return verdict;
    }
    verdict.simulated = anyTime.anchor == TrustAnchors::Kind::Simulator;
    QString noTimestamp;
    verdict.timestamp
        = verifiedTimestamp(signerInfo, tsaAnchors, anyTime.anchor, now, &noTimestamp);
    const ChainCheck today = verifyChain(signer, certificates, anchors, now);
    if (today.ok) {
        verdict.chain = SignatureCheck::Chain::Trusted;
        verdict.validAtSigning = true;
        if (!verdict.timestamp.isValid())
            verdict.detail = noTimestamp;
        return verdict;
    }
    verdict.chain = SignatureCheck::Chain::Expired;
    verdict.detail = verifyError(today.error);
    if (!verdict.timestamp.isValid()) {
        // The signer's own signingTime proves nothing: whoever holds an expired key can
        // write any date there.
        verdict.detail += u"; %1, so nothing proves it was valid when signed"_s.arg(noTimestamp);
        return verdict;
    }
    const ChainCheck atSigning = verifyChain(signer, certificates, anchors, verdict.timestamp);
    verdict.validAtSigning = atSigning.ok;
    if (!atSigning.ok)
        verdict.detail += u"; at the time-stamp's time (%1): %2"_s.arg(
            verdict.timestamp.toString(Qt::ISODate), verifyError(atSigning.error));
    return verdict;
}

} // namespace bubuh
