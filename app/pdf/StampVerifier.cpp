#include "StampVerifier.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <memory>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
struct CertStackFree
{
    void operator()(STACK_OF(X509) * certs) const { sk_X509_pop_free(certs, X509_free); }
};
using CertStack = std::unique_ptr<STACK_OF(X509), CertStackFree>;

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    return code ? QString::fromLatin1(ERR_reason_error_string(code)) : QString();
}

QString nameEntry(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString wholeName(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, int(length));
}

QDateTime fromAsn1(const ASN1_TIME *time)
{
    struct tm t = {};
    if (!time || ASN1_TIME_to_tm(time, &t) != 1)
        return {};
    return QDateTime(QDate(t.tm_year + 1900, t.tm_mon + 1, t.tm_mday),
                     QTime(t.tm_hour, t.tm_min, t.tm_sec), QTimeZone::utc());
}

QDateTime signingTimeOf(CMS_SignerInfo *signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    return fromAsn1(value->value.utctime);
}

// A PDF date, "D:20260727123235+07'00'".
QDateTime pdfDate(const QString &text)
{
    static const QRegularExpression pattern(
        u"^D:(\\d{14})(?:([Zz])|([+-])(\\d{2})'?(\\d{2})?'?)?"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(m.captured(1), u"yyyyMMddHHmmss"_s);
    if (!at.isValid())
        return {};
    int offset = 0;
    if (!m.captured(3).isEmpty())
        offset = (m.captured(3) == u"-" ? -1 : 1)
            * (m.captured(4).toInt() * 3600 + m.captured(5).toInt() * 60);
    at.setTimeZone(QTimeZone(offset));
    return at.toUTC();
}

// A /ByteRange [0 a b c] that covers the file but one gap: [0, a) and [b, b + c), every
// number checked before it is added or used to read, so that no value can overflow or point
// outside the file.
bool rangeFits(const QList<qint64> &r, qint64 size)
{
    return r.size() == 4 && r[0] == 0 && r[1] > 0 && r[1] < size && r[2] > r[1] && r[2] <= size
        && r[3] > 0 && r[3] <= size - r[2];
}

// The file's bytes in the gap must be exactly the hex string of /Contents: "<", its bytes in
// hex (padding included), ">", and nothing else.
bool gapIsContents(const QByteArray &pdf, qint64 from, qint64 to, const std::string &contents)
{
    const qint64 digits = to - from - 2;
    if (digits < 2 || digits % 2 != 0 || digits / 2 != qint64(contents.size())
        || pdf.at(from) != '<' || pdf.at(to - 1) != '>')
        return false;
    const QByteArrayView hex = QByteArrayView(pdf).sliced(from + 1, digits);
    for (const char c : hex) {
        if (!std::isxdigit(static_cast<unsigned char>(c)))
            return false;
    }
    return QByteArray::fromHex(hex.toByteArray())
        == QByteArrayView(contents.data(), qsizetype(contents.size()));
}

// More indirect objects than any real validation data holds (a DSS has dozens): a walk that
// meets more stops, and the update counts as more than validation data.
constexpr int kReachableBudget = 100'000;

// Every indirect object reachable from an object, walked with a work list rather than by
// recursion, so that a long chain of objects cannot overflow the stack; false when the
// budget ran out.
bool collectReachable(QPDFObjectHandle start, QSet<QString> &seen)
{
    std::vector<QPDFObjectHandle> work{start};
    while (!work.empty()) {
        QPDFObjectHandle object = work.back();
        work.pop_back();
        if (object.isIndirect()) {
            const QString id = QString::fromStdString(object.getObjGen().unparse(' '));
            if (seen.contains(id))
                continue;
            if (seen.size() >= kReachableBudget)
                return false;
            seen.insert(id);
        }
        if (object.isArray()) {
            for (QPDFObjectHandle item : object.aitems())
                work.push_back(item);
        } else if (object.isDictionary() || object.isStream()) {
            QPDFObjectHandle dict = object.isStream() ? object.getDict() : object;
            for (auto &[key, value] : dict.ditems())
                work.push_back(value);
        }
    }
    return true;
}

struct LaterChangeResult
{
    SignatureCheck::LaterChanges kind = SignatureCheck::LaterChanges::None;
    QString detail;
};

// What the incremental updates after the signed revision do. Only validation data is
// allowed: new objects reachable from the catalog's /DSS (or /Extensions, which PAdES tools
// add alongside), the catalog itself gaining those keys, and the updates' own xref and
// object streams. Any other new or changed object is a change to the signed document.
LaterChangeResult laterChanges(QPDF &full, const QByteArray &pdf, qint64 signedEnd)
{
    using Kind = SignatureCheck::LaterChanges;
    if (signedEnd >= pdf.size())
        return {};
    // What follows the signed revision must be whole incremental updates, each ending in
    // startxref … %%EOF. Bytes after the last one (or an update without its cross-reference)
    // are a change of their own, whatever the objects say.
    for (qint64 at = signedEnd; at < pdf.size();) {
        while (at < pdf.size() && std::isspace(static_cast<unsigned char>(pdf.at(at))))
            ++at;
        if (at == pdf.size())
            break;
        const qint64 eof = pdf.indexOf("%%EOF", at);
        if (eof < 0 || pdf.lastIndexOf("startxref", eof) < at)
            return {
                Kind::Other,
                u"%1 bytes after the signed revision are not a PDF update"_s.arg(pdf.size() - at)};
        at = eof + 5;
    }
    const QByteArray revisionBytes = pdf.left(signedEnd);
    QPDF revision;
    try {
        revision.setSuppressWarnings(true);
        revision.setAttemptRecovery(false);
        revision.processMemoryFile("revision.pdf", revisionBytes.constData(),
                                   size_t(revisionBytes.size()));
    } catch (const std::exception &e) {
        return {Kind::Other,
                u"the signed revision does not stand alone: %1"_s.arg(QString::fromUtf8(e.what()))};
    }

    const std::map<QPDFObjGen, QPDFXRefEntry> xref = full.getXRefTable();
    const auto offsetOf = [&xref](const QPDFXRefEntry &entry) -> qint64 {
        if (entry.getType() == 1)
            return entry.getOffset();
        if (entry.getType() == 2) {
            const auto stream = xref.find(QPDFObjGen(entry.getObjStreamNumber(), 0));
            return stream == xref.end() ? -1 : stream->second.getOffset();
        }
        return -1;
    };

    QPDFObjectHandle root = full.getRoot();
    QSet<QString> validationData;
    if (!collectReachable(root.getKey("/DSS"), validationData)
        || !collectReachable(root.getKey("/Extensions"), validationData))
        return {
            Kind::Other,
            u"more than %1 objects hang from /DSS: not validation data"_s.arg(kReachableBudget)};

    // Nothing of the signed revision may be taken away: an update can also free an object
    // (a page's contents, say) without redefining anything.
    for (const auto &[objGen, entry] : revision.getXRefTable()) {
        const auto now = xref.find(objGen);
        if (now == xref.end() || now->second.getType() == 0)
            return {Kind::Other,
                    u"object %1 was removed after signing"_s.arg(
                        QString::fromStdString(objGen.unparse(' ')))};
    }

    int changed = 0;
    for (const auto &[objGen, entry] : xref) {
        if (offsetOf(entry) < signedEnd)
            continue;
        ++changed;
        const QString id = QString::fromStdString(objGen.unparse(' '));
        QPDFObjectHandle before = revision.getObject(objGen);
        QPDFObjectHandle after = full.getObject(objGen);
        if (objGen == root.getObjGen() && before.isDictionary()) {
            std::set<std::string> keys = before.getKeys();
            for (const std::string &key : after.getKeys())
                keys.insert(key);
            for (const std::string &key : keys) {
                if (key == "/DSS" || key == "/Extensions")
                    continue;
                if (before.getKey(key).unparse() != after.getKey(key).unparse())
                    return {Kind::Other,
                            u"the catalog's %1 changed"_s.arg(QString::fromStdString(key))};
            }
        } else if (!before.isNull()) {
            return {Kind::Other, u"object %1 changed after signing"_s.arg(id)};
        } else if (!validationData.contains(id)) {
            const bool updateMachinery = after.isStream()
                && (after.getDict().getKey("/Type").isNameAndEquals("/XRef")
                    || after.getDict().getKey("/Type").isNameAndEquals("/ObjStm"));
            if (!updateMachinery)
                return {Kind::Other,
                        u"object %1 added after signing is not validation data"_s.arg(id)};
        }
    }
    if (changed == 0)
        return {Kind::Other,
                u"%1 bytes after the signed revision are not a PDF update"_s.arg(pdf.size()
                                                                                 - signedEnd)};
    return {Kind::DssOnly, u"%1 object(s) of validation data added"_s.arg(changed)};
}

} // namespace

void StampVerifier::addTrustAnchors(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        unsigned char *der = nullptr;
        const int length = i2d_X509(cert, &der);
        if (length > 0)
            m_anchors << QByteArray(reinterpret_cast<const char *>(der), length);
        OPENSSL_free(der);
        X509_free(cert);
    }
    ERR_clear_error(); // the end of the PEM data reads as an error
}

bool StampVerifier::addTrustAnchorFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const qsizetype before = m_anchors.size();
    addTrustAnchors(file.readAll());
    return m_anchors.size() > before;
}

namespace {

struct ChainResult
{
    SignatureCheck::Chain chain = SignatureCheck::Chain::Untrusted;
    bool validAtSigning = false;
    QString detail;
};

} // namespace

static ChainResult checkChain(X509 *signer, STACK_OF(X509) * intermediates,
                              const QList<QByteArray> &anchors, bool systemStore,
                              const QDateTime &now, const QDateTime &signingTime)
{
    StorePtr store(X509_STORE_new());
    for (const QByteArray &der : anchors) {
        const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
        X509Ptr cert(d2i_X509(nullptr, &p, der.size()));
        if (cert)
            X509_STORE_add_cert(store.get(), cert.get());
    }
    if (systemStore)
        X509_STORE_set_default_paths(store.get());
    // A person may trust an intermediate CA rather than the root.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);

    const auto verifyAt = [&](const QDateTime &at, unsigned long flags, int *error) {
        StoreCtxPtr context(X509_STORE_CTX_new());
        X509_STORE_CTX_init(context.get(), store.get(), signer, intermediates);
        X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(context.get());
        X509_VERIFY_PARAM_set_flags(param, flags);
        if (at.isValid())
            X509_VERIFY_PARAM_set_time(param, time_t(at.toSecsSinceEpoch()));
        const bool ok = X509_verify_cert(context.get()) == 1;
        *error = X509_STORE_CTX_get_error(context.get());
        ERR_clear_error();
        return ok;
    };
    int error = 0;
    // First: does the chain lead to an anchor at all, whatever the dates?
    if (!verifyAt({}, X509_V_FLAG_NO_CHECK_TIME, &error))
        return {SignatureCheck::Chain::Untrusted, false,
                QString::fromLatin1(X509_verify_cert_error_string(error))};
    if (verifyAt(now, 0, &error))
        return {SignatureCheck::Chain::Trusted, true, {}};
    const QString reason = QString::fromLatin1(X509_verify_cert_error_string(error));
    int atSigning = 0;
    return {SignatureCheck::Chain::Expired,
            signingTime.isValid() && verifyAt(signingTime, 0, &atSigning), reason};
}

Verification StampVerifier::verifyFile(const QString &path, const QString &originalPath) const
{
    Verification unreadable;
    unreadable.file = path;
    const auto read = [&unreadable](const QString &file, QByteArray *bytes) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            unreadable.problem = tr("%1 cannot be read: %2").arg(file, f.errorString());
            return false;
        }
        *bytes = f.readAll();
        return true;
    };
    QByteArray pdf, original;
    if (!read(path, &pdf) || (!originalPath.isEmpty() && !read(originalPath, &original)))
        return unreadable;
    return verify(pdf, path, originalPath.isEmpty() ? nullptr : &original);
}

Verification StampVerifier::verify(const QByteArray &pdf, const QString &fileName,
                                   const QByteArray *original) const
{
    Verification result;
    result.file = fileName;
    if (original)
        result.originalIsPrefix = pdf.size() > original->size() && pdf.startsWith(*original);

    QPDF qpdf;
    try {
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
    } catch (const std::exception &e) {
        result.problem
            = tr("%1 is not a readable PDF document.").arg(QFileInfo(fileName).fileName());
        return result;
    }
    try {
        QPDFAcroFormDocumentHelper forms(qpdf);
        QHash<QString, int> pageOfObject;
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
        for (size_t i = 0; i < pages.size(); ++i) {
            for (QPDFAnnotationObjectHelper &annotation :
                 forms.getWidgetAnnotationsForPage(pages[i])) {
                pageOfObject.insert(
                    QString::fromStdString(annotation.getObjectHandle().getObjGen().unparse(' ')),
                    int(i) + 1);
            }
        }
        const QDateTime now = m_checkTime.isValid() ? m_checkTime : QDateTime::currentDateTimeUtc();
        for (QPDFFormFieldObjectHelper &field : forms.getFormFields()) {
            if (field.getFieldType() != "/Sig")
                continue;
            QPDFObjectHandle value = field.getValue();
            if (!value.isDictionary())
                continue; // an empty signature field: nothing signed
            SignatureCheck check;
            check.field = QString::fromStdString(field.getFullyQualifiedName());
            if (check.field.startsWith(u"Emet"_s))
                check.sn = check.field.mid(4);
            if (value.getKey("/Reason").isString())
                check.reason = QString::fromStdString(value.getKey("/Reason").getUTF8Value());
            static const QRegularExpression bracketed(u"^\\[([A-Za-z0-9]+)\\]"_s);
            if (const auto match = bracketed.match(check.reason); match.hasMatch())
                check.reasonSn = match.captured(1);
            if (value.getKey("/SubFilter").isName())
                check.subFilter
                    = QString::fromStdString(value.getKey("/SubFilter").getName()).mid(1);
            for (QPDFAnnotationObjectHelper &widget : forms.getAnnotationsForField(field)) {
                const QPDFObjectHandle::Rectangle r = widget.getRect();
                check.rect = QRectF(QPointF(r.llx, r.lly), QPointF(r.urx, r.ury));
                check.page = pageOfObject.value(
                    QString::fromStdString(widget.getObjectHandle().getObjGen().unparse(' ')));
                break;
            }

            // The byte range: [0, a) and [b, b + c) with exactly /Contents between them.
            QPDFObjectHandle range = value.getKey("/ByteRange");
            QList<qint64> r;
            if (range.isArray()) {
                for (QPDFObjectHandle item : range.aitems())
                    r << (item.isInteger() ? item.getIntValue() : -1);
            }
            const std::string contents = value.getKey("/Contents").isString()
                ? value.getKey("/Contents").getStringValue()
                : std::string();
            const bool rangeOk
                = rangeFits(r, pdf.size()) && gapIsContents(pdf, r[1], r[2], contents);
            if (!rangeOk) {
                check.integrityDetail = u"the byte range does not cover the file but /Contents"_s;
                result.signatures << check;
                continue;
            }
            check.signedBytes = r[2] + r[3];
            check.coversWholeFile = check.signedBytes == pdf.size();
            const LaterChangeResult later = laterChanges(qpdf, pdf, check.signedBytes);
            check.laterChanges = later.kind;
            check.laterChangesDetail = later.detail;

            // The CMS signature over those bytes: messageDigest and the signed attributes.
            const unsigned char *der = reinterpret_cast<const unsigned char *>(contents.data());
            CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &der, long(contents.size())));
            if (!cms) {
                check.integrityDetail
                    = u"/Contents is not a CMS signature: %1"_s.arg(openSslError());
                result.signatures << check;
                continue;
            }
            const QByteArray signedData = pdf.left(r[1]) + pdf.mid(r[2], r[3]);
            BioPtr data(BIO_new_mem_buf(signedData.constData(), int(signedData.size())));
            const bool intact = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                           CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
                == 1;
            check.integrity
                = intact ? SignatureCheck::Integrity::Valid : SignatureCheck::Integrity::Invalid;
            if (!intact)
                check.integrityDetail
                    = u"the signature does not match the signed bytes: %1"_s.arg(openSslError());
            ERR_clear_error();

            STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
            CertStack certs(CMS_get1_certs(cms.get()));
            if (signers && sk_CMS_SignerInfo_num(signers) > 0) {
                CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signers, 0);
                X509 *signer = nullptr;
                for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
                    if (CMS_SignerInfo_cert_cmp(signerInfo, sk_X509_value(certs.get(), i)) == 0)
                        signer = sk_X509_value(certs.get(), i);
                }
                check.signingTime = signingTimeOf(signerInfo);
                if (!check.signingTime.isValid() && value.getKey("/M").isString())
                    check.signingTime
                        = pdfDate(QString::fromStdString(value.getKey("/M").getUTF8Value()));
                if (signer) {
                    check.signer = nameEntry(X509_get_subject_name(signer), NID_commonName);
                    check.simulated
                        = wholeName(X509_get_subject_name(signer)).contains(u"SIMULASI"_s)
                        || wholeName(X509_get_issuer_name(signer)).contains(u"SIMULASI"_s);
                    const ChainResult chain = checkChain(signer, certs.get(), m_anchors,
                                                         m_useSystemStore, now, check.signingTime);
                    check.chain = chain.chain;
                    check.chainValidAtSigning = chain.validAtSigning;
                    check.chainDetail = chain.detail;
                } else {
                    check.chainDetail = u"the signer's certificate is not in the signature"_s;
                }
            }
            result.signatures << check;
        }
    } catch (const std::exception &e) {
        result.problem = tr("%1 is damaged: %2")
                             .arg(QFileInfo(fileName).fileName(), QString::fromStdString(e.what()));
    }
    return result;
}

bool SignatureCheck::valid() const
{
    return integrity == Integrity::Valid && laterChanges != LaterChanges::Other
        && (chain == Chain::Trusted || (chain == Chain::Expired && chainValidAtSigning));
}

bool Verification::valid() const
{
    if (!problem.isEmpty() || originalIsPrefix == false || !emeterai())
        return false;
    return std::all_of(signatures.cbegin(), signatures.cend(),
                       [](const SignatureCheck &s) { return s.valid(); });
}

const SignatureCheck *Verification::emeterai(const QString &sn) const
{
    for (const SignatureCheck &s : signatures) {
        if (s.isEmeterai() && (sn.isEmpty() || s.sn == sn))
            return &s;
    }
    return nullptr;
}

namespace {

QString laterChangesKey(SignatureCheck::LaterChanges kind)
{
    switch (kind) {
    case SignatureCheck::LaterChanges::None: return u"none"_s;
    case SignatureCheck::LaterChanges::DssOnly: return u"dss-only"_s;
    case SignatureCheck::LaterChanges::Other: break;
    }
    return u"other"_s;
}

QString chainKey(SignatureCheck::Chain chain)
{
    switch (chain) {
    case SignatureCheck::Chain::Trusted: return u"trusted"_s;
    case SignatureCheck::Chain::Expired: return u"expired"_s;
    case SignatureCheck::Chain::Untrusted: break;
    }
    return u"untrusted"_s;
}

} // namespace

QJsonObject Verification::toJson() const
{
    QJsonArray list;
    for (const SignatureCheck &s : signatures) {
        list.append(QJsonObject{
            {u"field"_s, s.field},
            {u"sn"_s, s.sn},
            {u"reason"_s, s.reason},
            {u"reasonSn"_s, s.reasonSn},
            {u"signer"_s, s.signer},
            {u"subFilter"_s, s.subFilter},
            {u"signingTime"_s, s.signingTime.toUTC().toString(Qt::ISODate)},
            {u"integrity"_s,
             s.integrity == SignatureCheck::Integrity::Valid ? u"valid"_s : u"invalid"_s},
            {u"integrityDetail"_s, s.integrityDetail},
            {u"coversWholeFile"_s, s.coversWholeFile},
            {u"laterChanges"_s, laterChangesKey(s.laterChanges)},
            {u"laterChangesDetail"_s, s.laterChangesDetail},
            {u"chain"_s, chainKey(s.chain)},
            {u"chainDetail"_s, s.chainDetail},
            {u"chainValidAtSigning"_s, s.chainValidAtSigning},
            {u"simulated"_s, s.simulated},
            {u"page"_s, s.page},
            {u"rect"_s, QJsonArray{s.rect.left(), s.rect.top(), s.rect.right(), s.rect.bottom()}},
        });
    }
    QJsonObject json{{u"file"_s, file}, {u"signatures"_s, list}, {u"valid"_s, valid()}};
    json.insert(u"originalIsPrefix"_s,
                originalIsPrefix ? QJsonValue(*originalIsPrefix) : QJsonValue(QJsonValue::Null));
    if (!problem.isEmpty())
        json.insert(u"problem"_s, problem);
    return json;
}

QString Verification::summary() const
{
    if (!problem.isEmpty())
        return problem;
    const SignatureCheck *stamp = emeterai();
    if (!stamp)
        return StampVerifier::tr("This document carries no e-Meterai.");
    if (originalIsPrefix == false)
        return StampVerifier::tr("The stamped document does not begin with the original unchanged: "
                                 "it is not the original with an e-Meterai added.");
    for (const SignatureCheck &s : signatures) {
        if (s.integrity != SignatureCheck::Integrity::Valid)
            return StampVerifier::tr("The document was changed after it was signed: signature %1 "
                                     "no longer matches. Ask the sender for the original file.")
                .arg(s.field);
        if (s.laterChanges == SignatureCheck::LaterChanges::Other)
            return StampVerifier::tr("The document was changed after signature %1 was made (not "
                                     "only validation data was added). Ask the sender for the "
                                     "original file.")
                .arg(s.field);
        if (s.chain == SignatureCheck::Chain::Expired && !s.chainValidAtSigning)
            return StampVerifier::tr("Signature %1 is intact, but its certificate was not valid "
                                     "when it was made.")
                .arg(s.field);
        if (s.chain == SignatureCheck::Chain::Untrusted)
            return StampVerifier::tr("Signature %1 is intact, but its issuer is not one Bubuh "
                                     "trusts, so it cannot be confirmed as a real e-Meterai.")
                .arg(s.field);
    }
    QString text = StampVerifier::tr("e-Meterai %1 is valid: the document is unchanged since it "
                                     "was stamped.")
                       .arg(stamp->sn);
    if (stamp->simulated)
        text += u' '
            + StampVerifier::tr("It was made by the simulator: SIMULATED, NOT LEGALLY VALID.");
    return text;
}

QStringList Verification::details() const
{
    QStringList lines;
    for (const SignatureCheck &s : signatures) {
        const QString integrity = s.integrity == SignatureCheck::Integrity::Valid
            ? StampVerifier::tr("intact")
            : StampVerifier::tr("CHANGED or damaged");
        QString later;
        switch (s.laterChanges) {
        case SignatureCheck::LaterChanges::None:
            later = StampVerifier::tr("nothing added since");
            break;
        case SignatureCheck::LaterChanges::DssOnly:
            later = StampVerifier::tr("only validation data (DSS) added since");
            break;
        case SignatureCheck::LaterChanges::Other: later = StampVerifier::tr("changed since"); break;
        }
        QString chain;
        switch (s.chain) {
        case SignatureCheck::Chain::Trusted: chain = StampVerifier::tr("trusted issuer"); break;
        case SignatureCheck::Chain::Expired:
            chain = s.chainValidAtSigning
                ? StampVerifier::tr("trusted issuer, certificate expired since signing")
                : StampVerifier::tr("trusted issuer, but the certificate was not valid when "
                                    "signing");
            break;
        case SignatureCheck::Chain::Untrusted:
            chain = StampVerifier::tr("issuer not trusted");
            break;
        }
        lines << StampVerifier::tr("%1 (serial number %2), signed by %3: %4; %5; %6; page %7.")
                     .arg(s.field, s.sn.isEmpty() ? u"–"_s : s.sn,
                          s.signer.isEmpty() ? u"?"_s : s.signer, integrity, later, chain)
                     .arg(s.page);
        if (s.simulated)
            lines << StampVerifier::tr("Made by the simulator: SIMULATED, NOT LEGALLY VALID.");
    }
    return lines;
}

} // namespace bubuh
