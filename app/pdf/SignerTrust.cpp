#include "SignerTrust.h"
#include "OpenSslHandles.h"

#include <QTimeZone>

#include <openssl/err.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509_vfy.h>


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

// The time an RFC 3161 token in the signer's unsigned attributes proves: its imprint must be
// of this signature value, and its TSA's chain must end at an anchor (checked at the time
// the TSA claims, which its own signature vouches for). Invalid, with why, otherwise.
QDateTime verifiedTimestamp(CMS_SignerInfo *signerInfo, const TrustAnchors &anchors, QString *why)
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
    if (!at.isValid()) {
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
    X509_STORE *store = anchors.newStore();
    X509_VERIFY_PARAM_set_time(X509_STORE_get0_param(store), time_t(at.toSecsSinceEpoch()));
    TS_VERIFY_CTX_set_store(context.get(), store);
    if (TS_RESP_verify_token(context.get(), token.get()) != 1) {
        const unsigned long code = ERR_peek_last_error();
        *why = u"the signature time-stamp does not verify: %1"_s.arg(
            code ? QString::fromLatin1(ERR_reason_error_string(code)) : u"?"_s);
        ERR_clear_error();
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
                          const TrustAnchors &anchors, const QDateTime &now)
{
    SignerVerdict verdict;
    // First: does the chain lead to an anchor at all, whatever the dates?
    const ChainCheck anyTime = verifyChain(signer, certificates, anchors, {});
    if (!anyTime.ok) {
        verdict.detail = verifyError(anyTime.error);
        return verdict;
    }
    verdict.simulated = anyTime.anchor == TrustAnchors::Kind::Simulator;
    QString noTimestamp;
    verdict.timestamp = verifiedTimestamp(signerInfo, anchors, &noTimestamp);
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
