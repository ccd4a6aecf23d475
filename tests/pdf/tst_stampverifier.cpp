// StampVerifier and `bubuh-cli verify` on documents the simulator stamped, and on the same
// documents tampered with in the ways a forger or a broken tool would.
#include "PdfFactory.h"
#include "Processes.h"
#include "SimFixture.h"

#include "PdfStamper.h"
#include "SimCertificateAuthority.h"
#include "pdf/StampVerifier.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <openssl/cms.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace Qt::StringLiterals;
using namespace test;
using bubuh::SignatureCheck;
using bubuh::StampVerifier;
using bubuh::Verification;

namespace {

// Appends an incremental update holding `objects` (number, then a dictionary, or a
// dictionary and stream), chained to the file's last cross-reference section. Its trailer's
// /Root is the file's own catalog unless `root` names another.
struct Redirect
{
    int number, generation;
    qint64 offset; // where the object is said to be written
};

QByteArray appendRevision(const QByteArray &pdf, const QList<std::pair<int, QByteArray>> &objects,
                          int root = 0, const QList<Redirect> &redirects = {},
                          const QByteArray &extraTrailer = {})
{
    QPDF qpdf;
    qpdf.processMemoryFile("in.pdf", pdf.constData(), pdf.size());
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const QByteArray previous = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();
    qint64 size = qpdf.getTrailer().getKey("/Size").getIntValue();
    QByteArray out = pdf.endsWith('\n') ? pdf : pdf + '\n';
    QByteArray xref = "xref\n";
    for (const auto &[number, body] : objects) {
        xref += QByteArray::number(number) + " 1\n"
            + QByteArray::number(out.size()).rightJustified(10, '0') + " 00000 n \n";
        out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
        size = std::max<qint64>(size, number + 1);
    }
    for (const Redirect &r : redirects) {
        xref += QByteArray::number(r.number) + " 1\n"
            + QByteArray::number(r.offset).rightJustified(10, '0') + ' '
            + QByteArray::number(r.generation).rightJustified(5, '0') + " n \n";
        size = std::max<qint64>(size, r.number + 1);
    }
    const qsizetype xrefOffset = out.size();
    out += xref + "trailer\n<< " + extraTrailer + " /Size " + QByteArray::number(size) + " /Root "
        + (root ? QByteArray::number(root) + " 0"
                : QByteArray::fromStdString(qpdf.getRoot().getObjGen().unparse(' ')))
        + " R /Prev " + previous + " >>\nstartxref\n" + QByteArray::number(xrefOffset)
        + "\n%%EOF\n";
    return out;
}

QByteArray appendUpdate(const QByteArray &pdf, int number, const QByteArray &body)
{
    return appendRevision(pdf, {{number, body}});
}

// The file's catalog: its number, its dictionary as text, and the first free object number.
struct Catalog
{
    int number = 0;
    QByteArray body;
    int nextFree = 0;
    int page = 0;        // the first page's object number
    QByteArray pageBody; // and its dictionary
    // The dictionary with `entries` added at its end.
    QByteArray with(const QByteArray &entries) const
    {
        QByteArray b = body;
        return b.insert(b.lastIndexOf(">>"), ' ' + entries + ' ');
    }
};

Catalog catalogOf(const QByteArray &pdf)
{
    QPDF qpdf;
    qpdf.processMemoryFile("in.pdf", pdf.constData(), pdf.size());
    QPDFObjectHandle page = QPDFPageDocumentHelper(qpdf).getAllPages().front().getObjectHandle();
    return {qpdf.getRoot().getObjectID(),
            QByteArray::fromStdString(qpdf.getRoot().unparseResolved()),
            int(qpdf.getTrailer().getKey("/Size").getIntValue()), page.getObjectID(),
            QByteArray::fromStdString(page.unparseResolved())};
}

QByteArray ref(int number)
{
    return QByteArray::number(number) + " 0 R";
}

QByteArray stream(const QByteArray &dict, const QByteArray &data)
{
    return "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data
        + "\nendstream";
}

// An update whose catalog gains /DSS << /Certs [...] >> with `count` certificate streams.
QByteArray appendWideDss(const QByteArray &pdf, int count)
{
    const Catalog catalog = catalogOf(pdf);
    QList<std::pair<int, QByteArray>> objects;
    QByteArray certs;
    for (int i = 0; i < count; ++i) {
        objects.append({catalog.nextFree + 1 + i, stream({}, "0")});
        certs += ref(catalog.nextFree + 1 + i) + ' ';
    }
    objects.prepend({catalog.nextFree, "<< /Certs [" + certs + "] >>"});
    objects.prepend({catalog.number, catalog.with("/DSS " + ref(catalog.nextFree))});
    return appendRevision(pdf, objects);
}

// An update whose catalog gains /DSS pointing at a chain of `length` arrays, each holding the
// next: far deeper than any stack allows a recursive walk.
QByteArray appendDeepDss(const QByteArray &pdf, int length)
{
    const Catalog catalog = catalogOf(pdf);
    const int first = catalog.nextFree + 1;
    QList<std::pair<int, QByteArray>> objects{
        {catalog.number, catalog.with("/DSS " + ref(catalog.nextFree))},
        {catalog.nextFree, "<< /Certs " + ref(first) + " >>"}};
    for (int i = 0; i < length; ++i)
        objects.append(
            {first + i, '[' + (i + 1 < length ? ref(first + i + 1) : QByteArray()) + ']'});
    return appendRevision(pdf, objects);
}

// Appends an update that only frees object `number` (its xref entry becomes "f").
QByteArray appendFreeingUpdate(const QByteArray &pdf, int number)
{
    QPDF qpdf;
    qpdf.processMemoryFile("in.pdf", pdf.constData(), pdf.size());
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const QByteArray previous = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();
    QByteArray out = pdf.endsWith('\n') ? pdf : pdf + '\n';
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(number) + " 1\n0000000000 00001 f \n";
    out += "trailer\n<< /Size "
        + QByteArray::number(qpdf.getTrailer().getKey("/Size").getIntValue()) + " /Root "
        + QByteArray::fromStdString(qpdf.getRoot().getObjGen().unparse(' ')) + " R /Prev "
        + previous + " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

int firstPageContents(const QByteArray &pdf)
{
    QPDF qpdf;
    qpdf.processMemoryFile("in.pdf", pdf.constData(), pdf.size());
    QPDFObjectHandle contents
        = QPDFPageDocumentHelper(qpdf).getAllPages().front().getObjectHandle().getKey("/Contents");
    return contents.isArray() ? contents.getArrayItem(0).getObjectID() : contents.getObjectID();
}

QByteArray contentsHex(const QByteArray &pdf)
{
    const qsizetype at = pdf.indexOf("/Contents <");
    return pdf.mid(at + 11, pdf.indexOf('>', at) - at - 11);
}

// The CMS signature in a stamped file's /Contents, and the file with another in its place.
QByteArray signatureOf(const QByteArray &pdf)
{
    return QByteArray::fromHex(contentsHex(pdf));
}

QByteArray withSignature(const QByteArray &pdf, const QByteArray &cms)
{
    const QByteArray old = contentsHex(pdf);
    QByteArray hex = cms.toHex().toUpper();
    if (hex.size() > old.size())
        return {};
    hex = hex.leftJustified(old.size(), '0');
    QByteArray out = pdf;
    return out.replace(pdf.indexOf(old), old.size(), hex);
}

using CmsPtr = std::unique_ptr<CMS_ContentInfo, decltype(&CMS_ContentInfo_free)>;

CmsPtr parseCms(const QByteArray &der)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return CmsPtr(d2i_CMS_ContentInfo(nullptr, &p, long(der.size())), &CMS_ContentInfo_free);
}

QByteArray encodeCms(CMS_ContentInfo *cms)
{
    unsigned char *der = nullptr;
    const int length = i2d_CMS_ContentInfo(cms, &der);
    QByteArray out(reinterpret_cast<const char *>(der), std::max(length, 0));
    OPENSSL_free(der);
    return out;
}

// `target` with the signature time-stamp token of `donor`'s signature instead of its own:
// unsigned attributes are outside what the signature covers, so the stamp stays intact.
QByteArray withTimestampOf(const QByteArray &target, const QByteArray &donor)
{
    CmsPtr mine = parseCms(signatureOf(target)), theirs = parseCms(signatureOf(donor));
    CMS_SignerInfo *to = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(mine.get()), 0);
    CMS_SignerInfo *from = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(theirs.get()), 0);
    const int index = CMS_unsigned_get_attr_by_NID(from, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0)
        return {};
    for (int own;
         (own = CMS_unsigned_get_attr_by_NID(to, NID_id_smime_aa_timeStampToken, -1)) >= 0;)
        X509_ATTRIBUTE_free(CMS_unsigned_delete_attr(to, own));
    CMS_unsigned_add1_attr(to, CMS_unsigned_get_attr(from, index));
    return withSignature(target, encodeCms(mine.get()));
}

QByteArray pemOf(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray out(data, length);
    BIO_free(bio);
    return out;
}

// The self-signed certificates a real stamp carries: in its signature (the e-Meterai root)
// and in its time-stamp token (the TSA's root). What a person would configure as Peruri's.
struct Roots
{
    QByteArray signer, timestamp;
};

Roots rootsIn(const QByteArray &pdf)
{
    CmsPtr cms = parseCms(signatureOf(pdf));
    const auto roots = [](STACK_OF(X509) * certificates) {
        QByteArray pem;
        for (int i = 0; certificates && i < sk_X509_num(certificates); ++i) {
            X509 *c = sk_X509_value(certificates, i);
            if (X509_check_issued(c, c) == X509_V_OK)
                pem += pemOf(c);
        }
        return pem;
    };
    Roots found;
    STACK_OF(X509) *certificates = CMS_get1_certs(cms.get());
    found.signer = roots(certificates);
    sk_X509_pop_free(certificates, X509_free);
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index >= 0) {
        const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(signer, index), 0);
        const unsigned char *p = ASN1_STRING_get0_data(value->value.sequence);
        PKCS7 *token = d2i_PKCS7(nullptr, &p, ASN1_STRING_length(value->value.sequence));
        if (token && PKCS7_type_is_signed(token))
            found.timestamp = roots(token->d.sign->cert);
        PKCS7_free(token);
    }
    return found;
}

} // namespace

class TestStampVerifier : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimFixture> m_sim;
    QByteArray m_original, m_stamped, m_stampedWithDss, m_otherCaStamp, m_root;
    QString m_sn;
    QTemporaryDir m_dir;

    StampVerifier verifier() const
    {
        StampVerifier v;
        v.addTrustAnchors(m_root);
        v.addTimestampAnchors(m_root);
        return v;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sim = std::make_unique<SimFixture>();
        m_root = m_sim->simulator().rootCertificatePem();
        m_original = makeA4(u"Surat Lamaran"_s);
        m_stamped = m_sim->stampDocument(m_original, 1, QRectF(400, 100, 100, 100), &m_sn);
        QVERIFY(!m_stamped.isEmpty());
        m_sim->configure({{u"dss"_s, true}});
        m_stampedWithDss = m_sim->stampDocument(m_original, 1, QRectF(400, 100, 100, 100));
        QVERIFY(!m_stampedWithDss.isEmpty());
        SimFixture otherSimulator;
        m_otherCaStamp
            = otherSimulator.stampDocument(makeA4(u"Surat Lain"_s), 1, QRectF(100, 100, 100, 100));
        QVERIFY(!m_otherCaStamp.isEmpty());
    }

    void intactStampIsValid()
    {
        const Verification v = verifier().verify(m_stamped, u"a.pdf"_s, &m_original);
        QVERIFY2(v.valid(), qPrintable(v.summary()));
        QCOMPARE(v.signatures.size(), 1);
        const SignatureCheck &s = v.signatures.first();
        QCOMPARE(s.field, u"Emet"_s + m_sn);
        QCOMPARE(s.sn, m_sn);
        QCOMPARE(s.integrity, SignatureCheck::Integrity::Valid);
        QVERIFY(s.coversWholeFile);
        QCOMPARE(s.laterChanges, SignatureCheck::LaterChanges::None);
        QCOMPARE(s.chain, SignatureCheck::Chain::Trusted);
        QVERIFY(s.simulated);
        QCOMPARE(s.subFilter, u"ETSI.CAdES.detached"_s);
        QCOMPARE(s.page, 1);
        QCOMPARE(s.rect, QRectF(400, 100, 100, 100));
        QVERIFY(s.signingTime.isValid());
        QCOMPARE(v.originalIsPrefix, std::optional<bool>(true));
        QVERIFY(v.summary().contains(m_sn));
    }

    void dssUpdateIsOnlyValidationData()
    {
        const Verification v = verifier().verify(m_stampedWithDss, u"dss.pdf"_s, &m_original);
        QVERIFY2(v.valid(), qPrintable(v.summary()));
        const SignatureCheck &s = v.signatures.first();
        QVERIFY(!s.coversWholeFile);
        QCOMPARE(s.laterChanges, SignatureCheck::LaterChanges::DssOnly);
        QCOMPARE(s.integrity, SignatureCheck::Integrity::Valid);
    }

    void unknownIssuerIsUntrusted()
    {
        StampVerifier noAnchors;
        const Verification v = noAnchors.verify(m_stamped, u"a.pdf"_s);
        QVERIFY(!v.valid());
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().chain, SignatureCheck::Chain::Untrusted);
        QVERIFY(!v.originalIsPrefix.has_value());
    }

    void expiredCertificateStillValidForWhatItSigned()
    {
        // After the signer's certificate (5 years) but within its TSA's (10 years): a
        // verified time-stamp proves it was valid when it signed.
        StampVerifier later = verifier();
        later.setCheckTime(QDateTime::currentDateTimeUtc().addYears(6));
        const Verification v = later.verify(m_stamped, u"a.pdf"_s);
        QCOMPARE(v.signatures.first().chain, SignatureCheck::Chain::Expired);
        QVERIFY(v.signatures.first().chainValidAtSigning);
        QVERIFY(v.valid());
    }

    void tamperedDocumentsAreToldApart()
    {
        const StampVerifier v = verifier();

        // A byte flipped inside the signed range (in the page's content, in the original).
        QByteArray flipped = m_stamped;
        const qsizetype at = flipped.indexOf("stream\n") + 10;
        QVERIFY(at > 10 && at < m_original.size());
        flipped[at] = char(flipped.at(at) ^ 0x01);
        const Verification f = v.verify(flipped, u"flipped.pdf"_s, &m_original);
        QVERIFY(!f.valid());
        QCOMPARE(f.signatures.first().integrity, SignatureCheck::Integrity::Invalid);
        QCOMPARE(f.signatures.first().laterChanges, SignatureCheck::LaterChanges::None);
        QCOMPARE(f.originalIsPrefix, std::optional<bool>(false));

        // Bytes appended after the signature (and after a DSS update, too; even dressed up
        // with an end-of-file marker).
        const QByteArray added = "% added later\n";
        for (const QByteArray &appended :
             QByteArrayList{m_stamped + added, m_stampedWithDss + added,
                            m_stampedWithDss + added + "%%EOF\n"}) {
            const Verification a = v.verify(appended, u"appended.pdf"_s, &m_original);
            QVERIFY(!a.valid());
            QCOMPARE(a.signatures.first().integrity, SignatureCheck::Integrity::Valid);
            QCOMPARE(a.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
            QVERIFY2(a.signatures.first().laterChangesDetail.contains(u"not a PDF update"_s),
                     qPrintable(a.signatures.first().laterChangesDetail));
            QCOMPARE(a.originalIsPrefix, std::optional<bool>(true));
        }

        // A page changed in a later incremental update (after the DSS one, too).
        const QByteArray text = "BT /F1 24 Tf 72 700 Td (Gaji: Rp 99.000.000) Tj ET";
        for (const QByteArray &base : {m_stamped, m_stampedWithDss}) {
            const QByteArray changed = appendUpdate(base, firstPageContents(base),
                                                    "<< /Length " + QByteArray::number(text.size())
                                                        + " >>\nstream\n" + text + "\nendstream");
            const Verification c = v.verify(changed, u"changed.pdf"_s, &m_original);
            QVERIFY(!c.valid());
            QCOMPARE(c.signatures.first().integrity, SignatureCheck::Integrity::Valid);
            QCOMPARE(c.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
            QVERIFY2(c.signatures.first().laterChangesDetail.contains(u"changed after signing"_s),
                     qPrintable(c.signatures.first().laterChangesDetail));
            QVERIFY(c.summary().contains(u"changed"_s));
        }

        // The page's contents freed in a later update: nothing redefined, something taken away.
        for (const QByteArray &base : {m_stamped, m_stampedWithDss}) {
            const Verification r = v.verify(appendFreeingUpdate(base, firstPageContents(base)),
                                            u"removed.pdf"_s, &m_original);
            QVERIFY(!r.valid());
            QCOMPARE(r.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
            QVERIFY2(r.signatures.first().laterChangesDetail.contains(u"removed"_s),
                     qPrintable(r.signatures.first().laterChangesDetail));
        }

        // /Contents swapped in from another stamped file .
        QByteArray swapped = m_stamped;
        const QByteArray mine = contentsHex(m_stamped), theirs = contentsHex(m_otherCaStamp);
        QCOMPARE(theirs.size(), mine.size());
        swapped.replace(mine, theirs);
        const Verification s = v.verify(swapped, u"swapped.pdf"_s, &m_original);
        QVERIFY(!s.valid());
        QCOMPARE(s.signatures.first().integrity, SignatureCheck::Integrity::Invalid);
        // The same simulator CA signed both (the fixtures share it), so only the bytes differ:
        // the original is intact at the front, unlike the flipped byte above.
        QCOMPARE(s.signatures.first().chain, SignatureCheck::Chain::Trusted);
        QCOMPARE(s.signatures.first().laterChanges, SignatureCheck::LaterChanges::None);
        QCOMPARE(s.originalIsPrefix, std::optional<bool>(true));
    }

    void aHostileByteRangeIsRejectedNotRead()
    {
        // [0 k 2^62 2^62]: the two numbers overflow when added, and must never be used to read.
        const qsizetype at = m_stamped.indexOf("/ByteRange [");
        const qsizetype end = m_stamped.indexOf(']', at);
        QVERIFY(at > 0 && end > at);
        const QList<QByteArray> numbers
            = m_stamped.mid(at + 12, end - at - 12).simplified().split(' ');
        QCOMPARE(numbers.size(), 4);
        for (const QByteArray &huge : {QByteArray("4611686018427387904"),
                                       QByteArray("9223372036854775807"), QByteArray("-5")}) {
            QByteArray hostile = "/ByteRange [0 " + numbers.at(1) + ' ' + huge + ' ' + huge + ']';
            const qsizetype delta = hostile.size() - (end + 1 - at);
            // The gap moves by the added length when the range comes before /Contents.
            const qsizetype gap = m_stamped.indexOf("/Contents <", at) >= 0 ? delta : 0;
            hostile = "/ByteRange [0 " + QByteArray::number(numbers.at(1).toLongLong() + gap) + ' '
                + huge + ' ' + huge + ']';
            QByteArray pdf = m_stamped;
            pdf.replace(at, end + 1 - at, hostile);
            const Verification v = verifier().verify(pdf, u"hostile.pdf"_s);
            QVERIFY(!v.valid());
            if (!v.signatures.isEmpty()) {
                QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Invalid);
                QVERIFY2(v.signatures.first().integrityDetail.contains(u"byte range"_s),
                         qPrintable(v.signatures.first().integrityDetail));
            }
        }
    }

    void aDeepChainFromTheDssIsWalkedNotRecursed()
    {
        // 150,000 chained objects: a recursive walk overflowed the stack (a Windows main
        // thread has 1 MB). Arrays of arrays are not validation data at all now.
        const Verification deep
            = verifier().verify(appendDeepDss(m_stamped, 150'000), u"deep.pdf"_s);
        QVERIFY2(!deep.signatures.isEmpty(), qPrintable(deep.problem));
        QVERIFY(!deep.valid());
        QCOMPARE(deep.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(deep.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
        // As many certificates as that: the walk stops at its budget.
        const Verification wide
            = verifier().verify(appendWideDss(m_stamped, 150'000), u"wide.pdf"_s);
        QVERIFY2(!wide.signatures.isEmpty(), qPrintable(wide.problem));
        QCOMPARE(wide.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(wide.signatures.first().laterChangesDetail.contains(u"objects hang from /DSS"_s),
                 qPrintable(wide.signatures.first().laterChangesDetail));
        // A few certificates are validation data as before.
        const Verification few = verifier().verify(appendWideDss(m_stamped, 5), u"dss.pdf"_s);
        QVERIFY2(!few.signatures.isEmpty(), qPrintable(few.problem));
        QCOMPARE(few.signatures.first().laterChanges, SignatureCheck::LaterChanges::DssOnly);
        QVERIFY2(few.valid(), qPrintable(few.summary()));
    }

    void aNewCatalogIsNotValidationData()
    {
        // A forger's update: a new catalog with its own page tree and the old form, and a
        // /DSS that lists every new object, so that each is "reachable from /DSS".
        const Catalog old = catalogOf(m_stamped);
        QPDF qpdf;
        qpdf.processMemoryFile("in.pdf", m_stamped.constData(), m_stamped.size());
        const QByteArray form
            = QByteArray::fromStdString(qpdf.getRoot().getKey("/AcroForm").unparse());
        const int n = old.nextFree;
        const QByteArray text = "BT /F1 24 Tf 72 700 Td (Gaji: Rp 99.000.000) Tj ET";
        const QByteArray forged
            = appendRevision(m_stamped,
                             {{n,
                               "<< /Type /Catalog /Pages " + ref(n + 1) + " /AcroForm " + form
                                   + " /DSS " + ref(n + 3) + " >>"},
                              {n + 1, "<< /Type /Pages /Kids [" + ref(n + 2) + "] /Count 1 >>"},
                              {n + 2,
                               "<< /Type /Page /Parent " + ref(n + 1)
                                   + " /MediaBox [0 0 595 842] /Contents " + ref(n + 4) + " >>"},
                              {n + 3,
                               "<< /Certs [" + ref(n) + ' ' + ref(n + 1) + ' ' + ref(n + 2) + ' '
                                   + ref(n + 4) + "] >>"},
                              {n + 4, stream({}, text)}},
                             n);
        const Verification v = verifier().verify(forged, u"forged.pdf"_s, &m_original);
        QVERIFY2(!v.signatures.isEmpty(), qPrintable(v.problem));
        QVERIFY(!v.valid());
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(v.signatures.first().laterChangesDetail.contains(u"/Root"_s),
                 qPrintable(v.signatures.first().laterChangesDetail));

        // Under the signed catalog, a page or a content stream with resources in /DSS is
        // not validation data either.
        for (const QByteArray &junk : {QByteArray("<< /Type /Page /MediaBox [0 0 595 842] >>"),
                                       stream("/Resources << /Font << /F1 1 0 R >> >>", text)}) {
            const QByteArray update = appendRevision(m_stamped,
                                                     {{old.number, old.with("/DSS " + ref(n))},
                                                      {n, "<< /Certs [" + ref(n + 1) + "] >>"},
                                                      {n + 1, junk}});
            const Verification j = verifier().verify(update, u"junk.pdf"_s, &m_original);
            QVERIFY(!j.valid());
            QCOMPARE(j.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
            QVERIFY2(j.signatures.first().laterChangesDetail.contains(u"/DSS"_s),
                     qPrintable(j.signatures.first().laterChangesDetail));
        }
    }

    void anObjectTheSignedPagesReferToIsNeverValidationData()
    {
        // The applicant's original refers to an object it does not define (viewers draw
        // nothing for it). After stamping, an update defines it as a bare stream listed in
        // /DSS: the signed page now draws it, though no signed object changed.
        const Catalog plain = catalogOf(m_original);
        const int hidden = plain.nextFree + 50;
        QPDF qpdf;
        qpdf.processMemoryFile("in.pdf", m_original.constData(), m_original.size());
        QPDFObjectHandle page
            = QPDFPageDocumentHelper(qpdf).getAllPages().front().getObjectHandle();
        QByteArray pageBody = QByteArray::fromStdString(page.unparseResolved());
        const QByteArray contents = QByteArray::fromStdString(page.getKey("/Contents").unparse());
        pageBody.replace(contents, QByteArray('[' + contents + ' ' + ref(hidden) + ']'));
        const QByteArray original = appendRevision(m_original, {{plain.page, pageBody}});
        const QByteArray stamped = m_sim->stampDocument(original, 1, QRectF(400, 100, 100, 100));
        QVERIFY(!stamped.isEmpty());
        const Catalog old = catalogOf(stamped);
        const QByteArray text = "BT /F1 24 Tf 72 700 Td (Gaji: Rp 99.000.000) Tj ET";
        const QByteArray forged
            = appendRevision(stamped,
                             {{old.number, old.with("/DSS " + ref(old.nextFree))},
                              {old.nextFree, "<< /Certs [" + ref(hidden) + "] >>"},
                              {hidden, stream({}, text)}});
        const Verification v = verifier().verify(forged, u"forged.pdf"_s, &original);
        QVERIFY(!v.valid());
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(v.signatures.first().laterChangesDetail.contains(u"refers to"_s),
                 qPrintable(v.signatures.first().laterChangesDetail));
    }

    void aForgersKeyBesideTheRealCertificateIsNotTheSigner()
    {
        // The forger signs with their own key, under a certificate with the real signer's
        // issuer and serial, and puts the real certificate beside it.
        CmsPtr real = parseCms(signatureOf(m_stamped));
        CMS_SignerInfo *realSigner = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(real.get()), 0);
        STACK_OF(X509) *certificates = CMS_get1_certs(real.get());
        X509 *realCertificate = nullptr;
        for (int i = 0; i < sk_X509_num(certificates); ++i) {
            if (CMS_SignerInfo_cert_cmp(realSigner, sk_X509_value(certificates, i)) == 0)
                realCertificate = sk_X509_value(certificates, i);
        }
        QVERIFY(realCertificate);
        EVP_PKEY *key = EVP_RSA_gen(2048);
        X509 *fake = X509_new();
        X509_set_version(fake, 2);
        X509_set_serialNumber(fake, X509_get_serialNumber(realCertificate));
        X509_set_issuer_name(fake, X509_get_issuer_name(realCertificate));
        X509_set_subject_name(fake, X509_get_subject_name(realCertificate));
        X509_set1_notBefore(fake, X509_get0_notBefore(realCertificate));
        X509_set1_notAfter(fake, X509_get0_notAfter(realCertificate));
        X509_set_pubkey(fake, key);
        X509_sign(fake, key, EVP_sha256());

        const QList<QByteArray> range = m_stamped.mid(m_stamped.indexOf("/ByteRange [") + 12, 60)
                                            .split(']')
                                            .first()
                                            .simplified()
                                            .split(' ');
        const QByteArray signedBytes = m_stamped.left(range.at(1).toLongLong())
            + m_stamped.mid(range.at(2).toLongLong(), range.at(3).toLongLong());
        BIO *in = BIO_new_mem_buf(signedBytes.constData(), int(signedBytes.size()));
        CMS_ContentInfo *forged = CMS_sign(fake, key, nullptr, in, CMS_DETACHED | CMS_BINARY);
        BIO_free(in);
        QVERIFY(forged);
        for (int i = 0; i < sk_X509_num(certificates); ++i)
            CMS_add1_cert(forged, sk_X509_value(certificates, i));
        const QByteArray pdf = withSignature(m_stamped, encodeCms(forged));
        CMS_ContentInfo_free(forged);
        X509_free(fake);
        EVP_PKEY_free(key);
        sk_X509_pop_free(certificates, X509_free);
        QVERIFY(!pdf.isEmpty());

        const Verification v = verifier().verify(pdf, u"forged.pdf"_s, &m_original);
        QVERIFY2(!v.signatures.isEmpty(), qPrintable(v.problem));
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().chain, SignatureCheck::Chain::Untrusted);
        QVERIFY(!v.valid());
    }

    void anEntryPointingIntoTheSignedBytesIsAChange()
    {
        // The forger's original carries, after its end, a second page content that no
        // cross-reference points to. After stamping, an update points the page's contents
        // there, beside some validation data.
        m_sim->configure({{u"dss"_s, false}});
        const int contents = firstPageContents(m_original);
        const QByteArray text = "BT /F1 24 Tf 72 700 Td (Gaji: Rp 99.000.000) Tj ET";
        const QByteArray planted
            = '\n' + QByteArray::number(contents) + " 0 obj\n" + stream({}, text) + "\nendobj\n";
        const QByteArray original = m_original + planted;
        const QByteArray stamped = m_sim->stampDocument(original, 1, QRectF(400, 100, 100, 100));
        m_sim->configure({{u"dss"_s, true}});
        QVERIFY(!stamped.isEmpty());
        QVERIFY(verifier().verify(stamped, u"a.pdf"_s, &original).valid());
        const Catalog c = catalogOf(stamped);
        const QList<std::pair<int, QByteArray>> dss{
            {c.number, c.with("/DSS " + ref(c.nextFree))},
            {c.nextFree, "<< /Certs [" + ref(c.nextFree + 1) + "] >>"},
            {c.nextFree + 1, stream({}, "0")}};
        QVERIFY(verifier().verify(appendRevision(stamped, dss), u"a.pdf"_s, &original).valid());
        const QByteArray forged
            = appendRevision(stamped, dss, 0, {{contents, 0, m_original.size() + 1}});
        Verification v = verifier().verify(forged, u"forged.pdf"_s, &original);
        QVERIFY(!v.valid());
        QCOMPARE(v.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(v.signatures.first().laterChangesDetail.contains(u"signed revision"_s),
                 qPrintable(v.signatures.first().laterChangesDetail));

        // Encryption added in an update would make every signed stream read differently.
        v = verifier().verify(
            appendRevision(stamped, dss, 0, {}, "/Encrypt << /Filter /Standard /V 1 /R 2 >>"),
            u"encrypted.pdf"_s, &original);
        QVERIFY(!v.valid());
    }

    void validationDataThatIsAlsoContentMayNotChange()
    {
        // The forger's original lists its page's contents array under /DSS /Certs too. After
        // stamping, an update "refreshes the validation data" by adding an overlay to it.
        m_sim->configure({{u"dss"_s, false}});
        const Catalog plain = catalogOf(m_original);
        const int contents = firstPageContents(m_original);
        const int list = plain.nextFree;
        QByteArray page = plain.pageBody;
        const QByteArray before = "/Contents " + ref(contents);
        QVERIFY(page.contains(before));
        page.replace(before, QByteArray("/Contents " + ref(list)));
        const QByteArray original
            = appendRevision(m_original,
                             {{plain.page, page},
                              {list, '[' + ref(contents) + ']'},
                              {plain.number, plain.with("/DSS << /Certs " + ref(list) + " >>")}});
        const QByteArray stamped = m_sim->stampDocument(original, 1, QRectF(400, 100, 100, 100));
        m_sim->configure({{u"dss"_s, true}});
        QVERIFY(!stamped.isEmpty());
        QVERIFY(verifier().verify(stamped, u"a.pdf"_s, &original).valid());
        const int overlay = catalogOf(stamped).nextFree;
        const QByteArray forged
            = appendRevision(stamped,
                             {{list, '[' + ref(contents) + ' ' + ref(overlay) + ']'},
                              {overlay, stream({}, "1 1 1 rg 0 0 595 842 re f")}});
        const Verification v = verifier().verify(forged, u"forged.pdf"_s, &original);
        QVERIFY(!v.valid());
        QCOMPARE(v.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
    }

    void aSecondEmeteraiKeepsTheFirstValid()
    {
        // Another party stamps the stamped document (the simulator adds a DSS update too).
        for (const QByteArray &base : {m_stamped, m_stampedWithDss}) {
            QString second;
            const QByteArray twice
                = m_sim->stampDocument(base, 1, QRectF(100, 300, 100, 100), &second);
            QVERIFY(!twice.isEmpty());
            const Verification v = verifier().verify(twice, u"twice.pdf"_s, &m_original);
            QCOMPARE(v.signatures.size(), 2);
            QVERIFY2(v.valid(), qPrintable(v.signatures.first().laterChangesDetail));
            const SignatureCheck *first = &v.signatures.first();
            QVERIFY(first->isEmeterai() && first->sn != second);
            QCOMPARE(first->integrity, SignatureCheck::Integrity::Valid);
            QCOMPARE(first->laterChanges, SignatureCheck::LaterChanges::SignatureAdded);
            QVERIFY(v.emeterai(second));
            QCOMPARE(v.toJson()[u"signatures"_s].toArray().first()[u"laterChanges"_s].toString(),
                     u"signature-added"_s);
        }
    }

    void anythingMoreThanASignatureIsAChange()
    {
        const Catalog old = catalogOf(m_stamped);
        const int n = old.nextFree;
        // A new signature field and widget, hooked into the form and the page, whose
        // appearance is `bbox`.
        const auto withNewField = [&](const QByteArray &bbox, const QByteArray &extraAnnot,
                                      const QByteArray &rect = "[100 300 200 400]",
                                      const QByteArray &extraKeys = {}) {
            QByteArray catalog = old.body;
            const qsizetype fields = catalog.indexOf("/Fields [");
            catalog.insert(catalog.indexOf(']', fields), ' ' + ref(n));
            QByteArray page = old.pageBody;
            const qsizetype annots = page.indexOf("/Annots [");
            page.insert(page.indexOf(']', annots), ' ' + ref(n) + ' ' + extraAnnot);
            QList<std::pair<int, QByteArray>> objects{
                {old.number, catalog},
                {old.page, page},
                {n,
                 "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Emet2) /V " + ref(n + 1) + " /P "
                     + ref(old.page) + " /Rect " + rect + " /F 132 /AP << /N " + ref(n + 2) + " >>"
                     + extraKeys + " >>"},
                {n + 1, "<< /Type /Sig /Filter /Adobe.PPKLite >>"},
                {n + 2,
                 stream("/Type /XObject /Subtype /Form /BBox " + bbox, "0 0 1 rg 0 0 5 5 re f")}};
            if (!extraAnnot.isEmpty())
                objects.append({n + 3,
                                "<< /Type /Annot /Subtype /Text /Rect [0 0 595 842] "
                                "/Contents (LUNAS) >>"});
            return appendRevision(m_stamped, objects);
        };
        QVERIFY(old.body.contains("/Fields [") && old.pageBody.contains("/Annots ["));
        const auto firstOf = [this](const QByteArray &pdf) {
            const Verification v = verifier().verify(pdf, u"x.pdf"_s, &m_original);
            return v.emeterai(m_sn) ? *v.emeterai(m_sn) : SignatureCheck();
        };
        // Control: only a signature (here an unsigned one) added is a permitted change.
        SignatureCheck first = firstOf(withNewField("[0 0 100 100]", {}));
        QVERIFY2(first.laterChanges == SignatureCheck::LaterChanges::SignatureAdded,
                 qPrintable(first.laterChangesDetail));
        QCOMPARE(first.laterChanges, SignatureCheck::LaterChanges::SignatureAdded);
        // An appearance drawn larger than its box, over the page.
        first = firstOf(withNewField("[0 0 595 842]", {}));
        QCOMPARE(first.laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(first.laterChangesDetail.contains(u"appearance"_s),
                 qPrintable(first.laterChangesDetail));
        // A widget larger than a stamp, drawn at its own size.
        first = firstOf(withNewField("[0 0 400 600]", {}, "[50 50 450 650]"));
        QCOMPARE(first.laterChanges, SignatureCheck::LaterChanges::Other);
        // A field the form would not list as one (so that its signature is never checked):
        // with /Kids, or a widget with a /Parent.
        // Or one that acts when touched (a script could put up its own "SAH").
        for (const QByteArray &keys :
             {QByteArray(" /Kids []"), QByteArray(" /Parent << >>"),
              QByteArray(" /AA << /E << /S /JavaScript /JS (app.alert\\('SAH'\\)) >> >>"),
              QByteArray(" /A << /S /URI /URI (https://example.com) >>")}) {
            first = firstOf(withNewField("[0 0 100 100]", {}, "[100 300 200 400]", keys));
            QVERIFY2(first.laterChanges == SignatureCheck::LaterChanges::Other, keys.constData());
        }
        // A note over the whole page, added beside the widget.
        first = firstOf(withNewField("[0 0 100 100]", ref(n + 3)));
        QCOMPARE(first.laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(first.laterChangesDetail.contains(u"annotation"_s),
                 qPrintable(first.laterChangesDetail));
    }

    void onlyConfiguredRootsAreTrusted()
    {
        // A stamp under another CA, whose root this machine's OpenSSL trusts by its default
        // paths, as it trusts every web server's root.
        SimFixture other({}, SimFixture::Ca::Own);
        const QByteArray stamp
            = other.stampDocument(makeA4(u"Surat Lain"_s), 1, QRectF(100, 100, 100, 100));
        QVERIFY(!stamp.isEmpty());
        const QString bundle = write(u"system-roots.pem"_s, other.simulator().rootCertificatePem());
        const QString anchor = write(u"first-root.pem"_s, m_root);
        const QString file = write(u"other_bermeterai.pdf"_s, stamp);
        const QStringList systemRoots{u"SSL_CERT_FILE="_s + bundle,
                                      u"SSL_CERT_DIR="_s + m_dir.path()};
        const Cli cli(QUrl(u"http://127.0.0.1:9"_s), m_dir.filePath(u"roots-data"_s));
        CliRun run
            = cli.run({u"verify"_s, file, u"--anchor"_s, anchor, u"--json"_s}, {}, systemRoots);
        QCOMPARE(run.exitCode, 3);
        QJsonObject signature = run.json()[u"signatures"_s].toArray().first().toObject();
        QCOMPARE(signature[u"integrity"_s].toString(), u"valid"_s);
        QCOMPARE(signature[u"chain"_s].toString(), u"untrusted"_s);
        // "Simulated" follows the root the chain ends at, not the words in the signer's name.
        QCOMPARE(signature[u"simulated"_s].toBool(), false);
        // With that CA's own root as the anchor, it is a trusted, simulated stamp.
        const QString ownRoot = write(u"other-root.pem"_s, other.simulator().rootCertificatePem());
        run = cli.run({u"verify"_s, file, u"--anchor"_s, ownRoot, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        signature = run.json()[u"signatures"_s].toArray().first().toObject();
        QCOMPARE(signature[u"chain"_s].toString(), u"trusted"_s);
        QCOMPARE(signature[u"simulated"_s].toBool(), true);
    }

    void onlyAnEmetFieldWithItsSerialIsAnEmeterai()
    {
        QString error;
        const auto ca
            = sim::SimCertificateAuthority::loadOrCreate(m_dir.filePath(u"field-ca"_s), &error);
        QVERIFY2(ca, qPrintable(error));
        StampVerifier v;
        v.addTrustAnchors(ca->rootPem());
        const sim::PdfStamper stamper(*ca);
        const QString serial = u"ABCDEFGHIJKLMNOPQRSTUV"_s;
        const auto stampWith = [&](const QString &field, const QString &reasonSerial) {
            sim::PdfStamper::Job job;
            job.pdf = m_original;
            job.serial = reasonSerial; // /Reason reads "[<serial>] …"
            job.fieldName = field;
            job.box = QRectF(400, 100, 100, 100);
            job.reason = u"Meterai"_s;
            job.signingTime = QDateTime::currentDateTimeUtc();
            job.documentIdPart = QByteArray(16, 'x');
            return v.verify(stamper.stamp(job).pdf, u"f.pdf"_s, &m_original);
        };
        const Verification good = stampWith(u"Emet"_s + serial, serial);
        QVERIFY2(good.valid(), qPrintable(good.summary()));
        for (const auto &[field, reasonSerial] :
             {std::pair{u"EmetAAAA"_s, u"AAAA"_s},
              {u"Emet"_s + serial, u"ZYXWVUTSRQPONMLKJIHGFE"_s},
              {u"Emetabcdefghijklmnopqrstuv"_s, u"abcdefghijklmnopqrstuv"_s},
              {u"Emet"_s + serial + u"X"_s, serial + u"X"_s}}) {
            const Verification bad = stampWith(field, reasonSerial);
            QVERIFY2(!bad.signatures.isEmpty(), qPrintable(bad.problem));
            QCOMPARE(bad.signatures.first().integrity, SignatureCheck::Integrity::Valid);
            QCOMPARE(bad.signatures.first().chain, SignatureCheck::Chain::Trusted);
            QVERIFY2(!bad.valid(), qPrintable(field));
            QVERIFY(!bad.emeterai());
        }
    }

    void onlyAVerifiedTimestampProvesTheSigningTime()
    {
        // Every simulator stamp carries a time-stamp, verified against the same anchors.
        const SignatureCheck today = verifier().verify(m_stamped, u"a.pdf"_s).signatures.first();
        QVERIFY2(today.timestampTime.isValid(), qPrintable(today.chainDetail));
        QVERIFY(qAbs(today.timestampTime.secsTo(today.signingTime)) < 300);

        // Without one, an expired certificate is not valid, whatever signingTime claims.
        m_sim->configure({{u"timestamp"_s, false}});
        const QByteArray bare = m_sim->stampDocument(m_original, 1, QRectF(400, 100, 100, 100));
        m_sim->configure({{u"timestamp"_s, true}});
        QVERIFY(!bare.isEmpty());
        StampVerifier later = verifier();
        later.setCheckTime(QDateTime::currentDateTimeUtc().addYears(6));
        Verification v = later.verify(bare, u"bare.pdf"_s, &m_original);
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().chain, SignatureCheck::Chain::Expired);
        QVERIFY(v.signatures.first().signingTime.isValid());
        QVERIFY(!v.signatures.first().chainValidAtSigning);
        QVERIFY(!v.valid());
        QVERIFY2(v.summary().contains(u"time-stamp"_s), qPrintable(v.summary()));

        // Another signature's token: its imprint is not of this signature's value.
        const QByteArray transplanted = withTimestampOf(bare, m_stamped);
        QVERIFY(!transplanted.isEmpty());
        v = later.verify(transplanted, u"transplanted.pdf"_s, &m_original);
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QVERIFY(!v.signatures.first().timestampTime.isValid());
        QVERIFY2(v.signatures.first().chainDetail.contains(u"time-stamp does not verify"_s),
                 qPrintable(v.signatures.first().chainDetail));
        QVERIFY(!v.valid());
        // A time-stamp is checked today: once its TSA's certificate has expired too (here
        // after 10 years), it proves nothing any more.
        StampVerifier muchLater = verifier();
        muchLater.setCheckTime(QDateTime::currentDateTimeUtc().addYears(11));
        v = muchLater.verify(m_stamped, u"a.pdf"_s, &m_original);
        QVERIFY(!v.signatures.first().timestampTime.isValid());
        QVERIFY(!v.valid());
        // Its own token, put back the same way, still proves the time.
        v = later.verify(withTimestampOf(m_stamped, m_stamped), u"same.pdf"_s, &m_original);
        QVERIFY2(v.valid(), qPrintable(v.summary()));
    }

    // The real Peruri staging stamps (not in the repository; README, "Real samples"):
    // BUBUH_REAL_SAMPLES names a folder with SIGNED/ and UNSIGNED/ as in the public repository.
    void realStagingSamples()
    {
        const QString folder = qEnvironmentVariable("BUBUH_REAL_SAMPLES");
        if (folder.isEmpty())
            QSKIP("BUBUH_REAL_SAMPLES is not set");
        int seen = 0;
        for (QDirIterator it(folder + u"/SIGNED"_s, {u"*.pdf"_s}); it.hasNext(); ++seen) {
            const QString path = it.next();
            QFile signedFile(path),
                unsignedFile(folder + u"/UNSIGNED/"_s + it.fileName().remove(u"stamped_"_s));
            QVERIFY(signedFile.open(QIODevice::ReadOnly) && unsignedFile.open(QIODevice::ReadOnly));
            const QByteArray pdf = signedFile.readAll(), original = unsignedFile.readAll();
            const Roots roots = rootsIn(pdf);
            StampVerifier v;
            v.addTrustAnchors(roots.signer);
            v.addTimestampAnchors(roots.timestamp);
            v.setCheckTime(QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()));
            const Verification result = v.verify(pdf, path, &original);
            QCOMPARE(result.signatures.size(), 1);
            const SignatureCheck &s = result.signatures.first();
            QCOMPARE(s.integrity, SignatureCheck::Integrity::Valid);
            QCOMPARE(s.laterChanges, SignatureCheck::LaterChanges::DssOnly);
            QVERIFY(s.isEmeterai());
            QCOMPARE(s.sn, s.reasonSn);
            QCOMPARE(result.originalIsPrefix, std::optional<bool>(true));
            QVERIFY2(s.timestampTime.isValid(), qPrintable(s.chainDetail));
            QCOMPARE(s.chain, SignatureCheck::Chain::Expired);
            const bool july = s.timestampTime.date().month() == 7;
            QVERIFY(july || s.timestampTime.date() == QDate(2026, 8, 12));
            QCOMPARE(s.chainValidAtSigning, july);
            QCOMPARE(result.valid(), july);
            qInfo("%s: %s, time-stamped %s", qPrintable(it.fileName()),
                  july ? "valid at signing" : "not valid at signing",
                  qPrintable(s.timestampTime.toString(Qt::ISODate)));
        }
        QCOMPARE(seen, 6);
    }

    void unsignedAndBrokenFiles()
    {
        const Verification plain = verifier().verify(m_original, u"plain.pdf"_s);
        QVERIFY(!plain.valid());
        QVERIFY(plain.signatures.isEmpty());
        QVERIFY(plain.problem.isEmpty());
        const Verification junk = verifier().verify("<html>Service Unavailable</html>", u"x.pdf"_s);
        QVERIFY(!junk.valid());
        QVERIFY(!junk.problem.isEmpty());
        // Truncated in the middle of the signature.
        const Verification cut
            = verifier().verify(m_stamped.left(m_stamped.size() - 400), u"cut.pdf"_s);
        QVERIFY(!cut.valid());
    }

    void commandLine()
    {
        const QString anchor = write(u"root.pem"_s, m_root);
        const QString good = write(u"good_bermeterai.pdf"_s, m_stampedWithDss);
        const QString original = write(u"good.pdf"_s, m_original);
        const QString bad = write(u"bad.pdf"_s, m_stamped + "junk");
        const Cli cli(QUrl(u"http://127.0.0.1:9"_s), m_dir.filePath(u"data"_s)); // offline

        CliRun run = cli.run({u"verify"_s, good, u"--anchor"_s, anchor, u"--tsa-anchor"_s, anchor,
                              u"--original"_s, original, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonObject json = run.json();
        QCOMPARE(json.value(u"valid"_s).toBool(), true);
        QCOMPARE(json.value(u"originalIsPrefix"_s).toBool(), true);
        const QJsonObject signature = json.value(u"signatures"_s).toArray().first().toObject();
        for (const char *key : {"field", "sn", "signer", "integrity", "coversWholeFile",
                                "laterChanges", "chain", "simulated", "page", "rect"})
            QVERIFY2(signature.contains(QLatin1String(key)), key);
        QCOMPARE(signature.value(u"laterChanges"_s).toString(), u"dss-only"_s);
        QCOMPARE(signature.value(u"chain"_s).toString(), u"trusted"_s);
        QCOMPARE(signature.value(u"simulated"_s).toBool(), true);
        QVERIFY(signature.value(u"timestampTime"_s).isString());

        run = cli.run({u"verify"_s, bad, u"--anchor"_s, anchor});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(QString::fromUtf8(run.out).contains(u"diubah"_s), run.out.constData());

        run = cli.run({u"verify"_s, good}); // no anchor: intact but not confirmed
        QCOMPARE(run.exitCode, 3);
        run = cli.run({u"verify"_s});
        QCOMPARE(run.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestStampVerifier)
#include "tst_stampverifier.moc"
