#include "StampVerifier.h"

#include "LaterChanges.h"
#include "OpenSslHandles.h"
#include "SignerTrust.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/x509.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <memory>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

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

QDateTime signingTimeOf(CMS_SignerInfo *signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return {};
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return {};
    return dateTimeOf(value->value.utctime);
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

} // namespace

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
        // A stamped document is read as written, never as qpdf would repair it: a repair may
        // differ from what a viewer shows.
        qpdf.setAttemptRecovery(false);
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
        QHash<qint64, LaterChangeReport> laterBySignedEnd;
        int fields = 0;
        for (QPDFFormFieldObjectHelper &field : forms.getFormFields()) {
            if (field.getFieldType() != "/Sig")
                continue;
            if (++fields > kMaxSignatures) {
                result.problem = tr("%1 has more than %2 signatures; Bubuh does not check it.")
                                     .arg(QFileInfo(fileName).fileName())
                                     .arg(kMaxSignatures);
                break;
            }
            QPDFObjectHandle value = field.getValue();
            if (!value.isDictionary())
                continue; // an empty signature field: nothing signed
            SignatureCheck check;
            check.field = QString::fromStdString(field.getFullyQualifiedName());
            static const QRegularExpression serialField(u"^Emet([A-Z0-9]{22})$"_s);
            if (const auto match = serialField.match(check.field); match.hasMatch())
                check.sn = match.captured(1);
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
            // Fields may share one signature: each revision is compared once.
            if (!laterBySignedEnd.contains(check.signedBytes))
                laterBySignedEnd.insert(check.signedBytes,
                                        laterChangesAfter(qpdf, pdf, check.signedBytes));
            const LaterChangeReport later = laterBySignedEnd.value(check.signedBytes);
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
            BioPtr bytes(BIO_new_mem_buf(signedData.constData(), int(signedData.size())));
            // Read through a null filter: given a memory BIO, OpenSSL 3.0's CMS_verify copies it
            // into one of its own, which it leaks when the CMS cannot be set up for the data
            // (found by fuzz_verifier; fuzz/corpus/pdf/cms-dataInit-leak.pdf).
            BioPtr data(BIO_new(BIO_f_null()));
            BIO_push(data.get(), bytes.get());
            const bool intact = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                           CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
                == 1;
            BIO_pop(data.get()); // each handle frees its own BIO
            check.integrity
                = intact ? SignatureCheck::Integrity::Valid : SignatureCheck::Integrity::Invalid;
            if (!intact)
                check.integrityDetail
                    = u"the signature does not match the signed bytes: %1"_s.arg(openSslError());
            ERR_clear_error();

            STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms.get());
            CertStack certs(CMS_get1_certs(cms.get()));
            if (signers && sk_CMS_SignerInfo_num(signers) != 1) {
                check.integrity = SignatureCheck::Integrity::Invalid;
                check.integrityDetail = u"the signature has %1 signers, not one"_s.arg(
                    sk_CMS_SignerInfo_num(signers));
            } else if (signers) {
                CMS_SignerInfo *signerInfo = sk_CMS_SignerInfo_value(signers, 0);
                // The certificate whose key made the signature is the one judged. Two that
                // both match the signer's identifier (a forger's key beside a real
                // certificate with the same issuer and serial) leave it unknown.
                X509 *signer = nullptr;
                int matches = 0;
                for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
                    if (CMS_SignerInfo_cert_cmp(signerInfo, sk_X509_value(certs.get(), i)) == 0) {
                        signer = sk_X509_value(certs.get(), i);
                        ++matches;
                    }
                }
                X509 *used = nullptr;
                CMS_SignerInfo_get0_algs(signerInfo, nullptr, &used, nullptr, nullptr);
                if (matches != 1 || (used && X509_cmp(used, signer) != 0))
                    signer = nullptr;
                check.signingTime = signingTimeOf(signerInfo);
                if (!check.signingTime.isValid() && value.getKey("/M").isString())
                    check.signingTime
                        = pdfDate(QString::fromStdString(value.getKey("/M").getUTF8Value()));
                if (signer) {
                    check.signer = nameEntry(X509_get_subject_name(signer), NID_commonName);
                    const SignerVerdict verdict = judgeSigner(signerInfo, signer, certs.get(),
                                                              m_anchors, m_tsaAnchors, now);
                    check.chain = verdict.chain;
                    check.chainValidAtSigning = verdict.validAtSigning;
                    check.chainDetail = verdict.detail;
                    check.simulated = verdict.simulated;
                    check.timestampTime = verdict.timestamp;
                } else {
                    check.chainDetail = matches > 1
                        ? u"%1 certificates claim to be the signer"_s.arg(matches)
                        : u"the signer's certificate is not in the signature"_s;
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
    case SignatureCheck::LaterChanges::SignatureAdded: return u"signature-added"_s;
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
            {u"timestampTime"_s,
             s.timestampTime.isValid() ? QJsonValue(s.timestampTime.toUTC().toString(Qt::ISODate))
                                       : QJsonValue(QJsonValue::Null)},
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
        if (s.chain == SignatureCheck::Chain::Expired && !s.chainValidAtSigning) {
            if (!s.timestampTime.isValid())
                return StampVerifier::tr("Signature %1 is intact, but its certificate has expired "
                                         "and no verifiable time-stamp proves it was made while "
                                         "the certificate was valid.")
                    .arg(s.field);
            return StampVerifier::tr("Signature %1 is intact, but its certificate was not valid "
                                     "when it was made (time-stamped %2).")
                .arg(s.field,
                     QLocale().toString(s.timestampTime.toLocalTime(), QLocale::ShortFormat));
        }
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
        case SignatureCheck::LaterChanges::SignatureAdded:
            later = StampVerifier::tr("another signature added since, nothing else changed");
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
