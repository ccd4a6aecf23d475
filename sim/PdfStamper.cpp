#include "PdfStamper.h"

#include "IncrementalUpdate.h"
#include "SimCertificateAuthority.h"
#include "StampAppearance.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <openssl/cms.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sim {

namespace {

QByteArray num(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 4);
    while (s.contains('.') && (s.endsWith('0') || s.endsWith('.')))
        s.chop(1);
    return s;
}

QByteArray textString(const QString &s)
{
    return IncrementalUpdate::bytes(QPDFObjectHandle::newUnicodeString(s.toStdString()).unparse());
}

QByteArray pdfDate(const QDateTime &when)
{
    // Stamps carry Western Indonesian Time, as the service does.
    const QDateTime wib = when.toTimeZone(QTimeZone(7 * 3600));
    return "(D:" + wib.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "+07'00')";
}

// Checks an existing signature the way the adapter does before it adds one:
// 80 = its ByteRange does not describe the file, 81 = its digest no longer matches.
QString existingSignatureProblem(const QByteArray &pdf, QPDFObjectHandle sig)
{
    QPDFObjectHandle range = sig.getKey("/ByteRange");
    QPDFObjectHandle contents = sig.getKey("/Contents");
    if (!range.isArray() || range.getArrayNItems() != 4 || !contents.isString())
        return u"80"_s;
    qint64 r[4];
    for (int i = 0; i < 4; ++i) {
        if (!range.getArrayItem(i).isInteger())
            return u"80"_s;
        r[i] = range.getArrayItem(i).getIntValue();
    }
    if (r[0] != 0 || r[1] < 0 || r[2] < r[1] || r[3] < 0 || r[2] + r[3] > pdf.size())
        return u"80"_s;
    const QByteArray der = IncrementalUpdate::bytes(contents.getStringValue());
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(nullptr, &p, der.size());
    if (!cms)
        return u"80"_s;
    QString problem = u"81"_s;
    STACK_OF(CMS_SignerInfo) *signers = CMS_get0_SignerInfos(cms);
    if (signers && sk_CMS_SignerInfo_num(signers) > 0) {
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(signers, 0);
        X509_ALGOR *digestAlg = nullptr;
        CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digestAlg, nullptr);
        const ASN1_OBJECT *alg = nullptr;
        X509_ALGOR_get0(&alg, nullptr, nullptr, digestAlg);
        const EVP_MD *md = EVP_get_digestbyobj(alg);
        auto *expected = static_cast<ASN1_OCTET_STRING *>(CMS_signed_get0_data_by_OBJ(
            si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
        if (md && expected) {
            unsigned char digest[EVP_MAX_MD_SIZE];
            unsigned int len = 0;
            EVP_MD_CTX *ctx = EVP_MD_CTX_new();
            EVP_DigestInit_ex(ctx, md, nullptr);
            EVP_DigestUpdate(ctx, pdf.constData() + r[0], size_t(r[1]));
            EVP_DigestUpdate(ctx, pdf.constData() + r[2], size_t(r[3]));
            EVP_DigestFinal_ex(ctx, digest, &len);
            EVP_MD_CTX_free(ctx);
            if (int(len) == ASN1_STRING_length(expected)
                && memcmp(digest, ASN1_STRING_get0_data(expected), len) == 0)
                problem.clear();
        }
    }
    CMS_ContentInfo_free(cms);
    return problem;
}

int normalisedRotation(QPDFPageObjectHelper &page)
{
    QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
    const int r = rotate.isInteger() ? rotate.getIntValueAsInt() : 0;
    return ((r % 360) + 360) % 360 / 90 * 90;
}

} // namespace

PdfStamper::Result PdfStamper::stamp(const Job &job) const
{
    Result result;
    const auto encrypted = [] { return u"Dokumen terenkripsi tidak dapat dibubuhi meterai."_s; };
    const auto fail = [&result](const QString &code, const QString &message) {
        result.errorCode = code;
        result.message = message;
        return result;
    };
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document.pdf", job.pdf.constData(), size_t(job.pdf.size()));
        if (qpdf.isEncrypted()) {
            return fail(u"82"_s, encrypted());
        }
        QPDFObjectHandle catalog = qpdf.getRoot();
        if (catalog.getKey("/Perms").isDictionary() && catalog.getKey("/Perms").hasKey("/DocMDP")) {
            return fail(u"83"_s, u"Dokumen sudah tersertifikasi (DocMDP)."_s);
        }
        QPDFAcroFormDocumentHelper acroForm(qpdf);
        for (QPDFFormFieldObjectHelper &field : acroForm.getFormFields()) {
            if (field.getFieldType() != "/Sig" || !field.getValue().isDictionary())
                continue;
            const QString problem = existingSignatureProblem(job.pdf, field.getValue());
            if (!problem.isEmpty()) {
                return fail(problem,
                            u"Tanda tangan yang sudah ada di dokumen rusak (%1)."_s.arg(
                                QString::fromStdString(field.getFullyQualifiedName())));
            }
        }
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(qpdf).getAllPages();
        if (pages.empty())
            return fail(u"92"_s, u"Dokumen tidak memiliki halaman."_s);
        result.page = std::clamp(job.page, 1, int(pages.size()));
        result.pageClamped = result.page != job.page;
        if (!job.box.isValid() || job.box.width() > 14400 || job.box.height() > 14400)
            return fail(u"90"_s, u"Koordinat meterai tidak sah."_s);

        IncrementalUpdate update;
        QString error;
        if (!update.begin(job.pdf, qpdf, &error))
            return fail(u"92"_s, u"Dokumen rusak: %1."_s.arg(error));

        QPDFPageObjectHelper page = pages[size_t(result.page - 1)];
        QPDFObjectHandle pageObj = page.getObjectHandle();
        const int rotation = normalisedRotation(page);
        const int sigId = update.allocateId();
        const int widgetId = update.allocateId();
        const int apId = update.allocateId();

        // The appearance is drawn upright in display terms and turned back by /Matrix,
        // so the stamp reads upright on a page shown with /Rotate.
        const bool quarterTurn = rotation == 90 || rotation == 270;
        const double w = quarterTurn ? job.box.height() : job.box.width();
        const double h = quarterTurn ? job.box.width() : job.box.height();
        const double angle = rotation * M_PI / 180.0;
        const double c = std::round(std::cos(angle)), s = std::round(std::sin(angle));
        update.setObject(apId,
                         IncrementalUpdate::streamBody(
                             "/Type /XObject /Subtype /Form /BBox [0 0 " + num(w) + ' ' + num(h)
                                 + "] /Matrix [" + num(c) + ' ' + num(s) + ' ' + num(-s) + ' '
                                 + num(c) + " 0 0] /Resources " + StampAppearance::fontResources(),
                             StampAppearance::contentStream(job.serial, w, h)));

        const QRectF &b = job.box;
        update.setObject(
            widgetId,
            "<< /Type /Annot /Subtype /Widget /FT /Sig /T "
                + textString(job.fieldName.isEmpty() ? u"Emet"_s + job.serial : job.fieldName)
                + " /V " + IncrementalUpdate::ref(sigId) + " /P "
                + IncrementalUpdate::ref(pageObj.getObjGen()) + " /Rect [" + num(b.left()) + ' '
                + num(b.top()) + ' ' + num(b.right()) + ' ' + num(b.bottom())
                + "] /F 132 /AP << /N " + IncrementalUpdate::ref(apId) + " >> >>");

        const QByteArray rangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";
        const QByteArray contentsPlaceholder
            = "/Contents <" + QByteArray(kContentsBytes * 2, '0') + '>';
        const QString reasonText = u"[%1] %2"_s.arg(job.serial, job.reason);
        update.setObject(sigId,
                         "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached "
                             + rangePlaceholder + ' ' + contentsPlaceholder + " /Reason "
                             + textString(reasonText) + " /Location " + textString(job.location)
                             + " /M " + pdfDate(job.signingTime)
                             + " /Name (SIMULASI e-Meterai - TIDAK SAH) >>");

        // Hook the widget into the page's /Annots.
        const QByteArray widgetRef = IncrementalUpdate::ref(widgetId);
        QPDFObjectHandle annots = pageObj.getKey("/Annots");
        if (annots.isIndirect() && annots.isArray())
            update.setObject(annots.getObjGen(), IncrementalUpdate::arrayWith(annots, widgetRef));
        else
            update.setObject(
                pageObj.getObjGen(),
                IncrementalUpdate::dictWith(
                    pageObj, {{"/Annots", IncrementalUpdate::arrayWith(annots, widgetRef)}}));

        // ...and the field into the form, with SigFlags 3 (signatures exist, append only).
        QPDFObjectHandle form = catalog.getKey("/AcroForm");
        QPDFObjectHandle fields = form.isDictionary() ? form.getKey("/Fields") : QPDFObjectHandle();
        QMap<QByteArray, QByteArray> formValues{{"/SigFlags", "3"}};
        if (fields.isIndirect() && fields.isArray())
            update.setObject(fields.getObjGen(), IncrementalUpdate::arrayWith(fields, widgetRef));
        else
            formValues.insert("/Fields", IncrementalUpdate::arrayWith(fields, widgetRef));
        const QByteArray formText = IncrementalUpdate::dictWith(form, formValues);
        if (form.isIndirect())
            update.setObject(form.getObjGen(), formText);
        else
            update.setObject(catalog.getObjGen(),
                             IncrementalUpdate::dictWith(catalog, {{"/AcroForm", formText}}));

        QByteArray out = job.pdf + update.serialize(job.documentIdPart);

        // Fill in the ByteRange, then sign everything but the Contents hex string.
        const qsizetype contentsAt = out.indexOf(contentsPlaceholder, job.pdf.size());
        const qsizetype rangeAt = out.indexOf(rangePlaceholder, job.pdf.size());
        const qint64 gapStart = contentsAt + qsizetype(qstrlen("/Contents "));
        const qint64 gapEnd = gapStart + kContentsBytes * 2 + 2;
        QByteArray range = "/ByteRange [0 " + QByteArray::number(gapStart) + ' '
            + QByteArray::number(gapEnd) + ' ' + QByteArray::number(out.size() - gapEnd) + ']';
        range = range.leftJustified(rangePlaceholder.size(), ' ');
        out.replace(rangeAt, range.size(), range);
        const QByteArray signedBytes = out.left(gapStart) + out.mid(gapEnd);
        const QByteArray cms = m_ca.signDetached(signedBytes, job.timestamp);
        if (cms.isEmpty() || cms.size() > kContentsBytes)
            return fail(u"96"_s, u"Penandatanganan hash gagal."_s);
        const QByteArray hex = cms.toHex().toUpper();
        out.replace(gapStart + 1, hex.size(), hex);

        if (job.dss) {
            QByteArray idPart = QCryptographicHash::hash(out, QCryptographicHash::Md5);
            out = appendDss(out, idPart, &error);
            if (out.isEmpty())
                return fail(u"92"_s, u"Gagal menambahkan data validasi: %1"_s.arg(error));
        }
        result.pdf = out;
        if (result.pageClamped) {
            result.message
                = u"Halaman %1 tidak ada; meterai dibubuhkan di halaman %2."_s.arg(job.page).arg(
                    result.page);
        }
        return result;
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password) // encrypted with a user password
            return fail(u"82"_s, encrypted());
        return fail(
            u"92"_s,
            u"Dokumen tidak dapat dibaca: %1"_s.arg(QString::fromStdString(e.getMessageDetail())));
    } catch (const std::exception &e) {
        return fail(u"92"_s,
                    u"Dokumen tidak dapat dibaca: %1"_s.arg(QString::fromLocal8Bit(e.what())));
    }
}

QByteArray PdfStamper::appendDss(const QByteArray &signedPdf, const QByteArray &idPart,
                                 QString *error) const
{
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("signed.pdf", signedPdf.constData(), size_t(signedPdf.size()));
    IncrementalUpdate update;
    if (!update.begin(signedPdf, qpdf, error))
        return {};
    // What a real stamp's DSS holds (Part A): the chain, the issuers' CRLs and OCSP answers for
    // the signer and the TSA, about 156 KB with the signature. The CRL's length is what makes up
    // most of it; kRevokedEntries is chosen so the simulator's stamp grows as a real one does.
    constexpr int kRevokedEntries = 2960;
    const auto streams = [&update](const QList<QByteArray> &items) {
        QByteArray refs;
        for (const QByteArray &der : items) {
            const int id = update.allocateId();
            update.setObject(id, IncrementalUpdate::streamBody({}, der));
            refs += IncrementalUpdate::ref(id) + ' ';
        }
        return refs.trimmed();
    };
    const QByteArray certRefs = streams(m_ca.chainDer());
    const QByteArray crlRefs = streams({m_ca.intermediateCrlDer(kRevokedEntries)});
    const QByteArray ocspRefs = streams(m_ca.ocspResponsesDer());
    const int dssId = update.allocateId();
    update.setObject(dssId,
                     "<< /Type /DSS /Certs [" + certRefs + "] /CRLs [" + crlRefs + "] /OCSPs ["
                         + ocspRefs + "] >>");
    QPDFObjectHandle catalog = qpdf.getRoot();
    update.setObject(
        catalog.getObjGen(),
        IncrementalUpdate::dictWith(catalog, {{"/DSS", IncrementalUpdate::ref(dssId)}}));
    return signedPdf + update.serialize(idPart);
}

QByteArray PdfStamper::rebuildBelow(const QByteArray &pdf, double version)
{
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("upload", pdf.constData(), size_t(pdf.size()));
        // Encrypted old documents are refused (82) rather than rebuilt.
        if (qpdf.isEncrypted()
            || QString::fromStdString(qpdf.getPDFVersion()).toDouble() >= version)
            return pdf;
        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.setMinimumPDFVersion("1.7");
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &) {
        return pdf;
    }
}

} // namespace sim
