// Pre-flight: every kind of bad input gets a code and a message, never a crash, and a usable
// document reports its pages exactly.
#include "PdfFactory.h"
#include "SimFixture.h"
#include "TestConfig.h"
#include "core/Language.h"
#include "net/ServiceProfile.h"
#include "pdf/DocumentInspector.h"
#include "pdf/PdfUpgrade.h"

#include <QFile>
#include <QJsonArray>

#include <QTest>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

namespace {

QStringList codes(const Inspection &r)
{
    QStringList list;
    for (const Inspection::Problem &p : r.problems)
        list << p.code;
    return list;
}

// The same document with its cross-reference offsets off by a few bytes: qpdf must repair it.
// pdf with an unreferenced stream of incompressible bytes, about `size` bytes in all.
QByteArray padded(const QByteArray &pdf, qsizetype size)
{
    QPDF qpdf;
    qpdf.processMemoryFile("padded.pdf", pdf.constData(), size_t(pdf.size()));
    std::string noise(size_t(std::max<qsizetype>(0, size - pdf.size() - 200)), '\0');
    quint32 x = 12345;
    for (char &c : noise)
        c = char((x = x * 1664525u + 1013904223u) >> 24);
    qpdf.getTrailer().replaceKey("/Padding", qpdf.newStream(noise));
    QPDFWriter writer(qpdf);
    writer.setOutputMemory();
    writer.setCompressStreams(false);
    writer.write();
    std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
}

QByteArray withBrokenXref(QByteArray pdf)
{
    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype entry = pdf.indexOf(" 00000 n", xref);
    if (entry > 10)
        pdf[entry - 1] = pdf[entry - 1] == '9' ? '1' : char(pdf[entry - 1] + 1);
    return pdf;
}

} // namespace

class TestDocumentInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(u"id"_s); }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("usable");
        PdfOptions userPassword;
        userPassword.userPassword = u"rahasia"_s;
        userPassword.ownerPassword = u"pemilik"_s;
        PdfOptions ownerOnly;
        ownerOnly.ownerPassword = u"pemilik"_s;
        PdfOptions certified;
        certified.certified = true;
        PageSpec letter;
        letter.mediaBox = QRectF(0, 0, 612, 792);
        const QByteArray a4 = makeA4();
        QTest::newRow("empty") << QByteArray() << u"empty"_s << false;
        QTest::newRow("not a PDF")
            << QByteArray("PK\x03\x04 a zip file, not a PDF") << u"not-pdf"_s << false;
        QTest::newRow("an HTML error page")
            << QByteArray("<html><body>502 Bad Gateway</body></html>") << u"not-pdf"_s << false;
        QTest::newRow("truncated") << a4.left(a4.size() / 2) << u"truncated"_s << false;
        QTest::newRow("password to open")
            << makePdf({PageSpec()}, userPassword) << u"needs-password"_s << false;
        QTest::newRow("owner password only")
            << makePdf({PageSpec()}, ownerOnly) << u"encrypted"_s << false;
        QTest::newRow("certified") << makePdf({PageSpec()}, certified) << u"certified"_s << false;
        QTest::newRow("garbage after the header")
            << QByteArray("%PDF-1.7\n" + QByteArray(5000, 'x') + "\n%%EOF\n") << u"damaged"_s
            << false;
        QTest::newRow("repaired cross-reference") << withBrokenXref(a4) << u"damaged"_s << true;
        QTest::newRow("larger than the portal limit")
            << makePdf(QList<PageSpec>(600, PageSpec())) << u"too-large-after-stamp"_s << false;
        QTest::newRow("not A4") << makePdf({letter}) << u"not-a4"_s << true;
    }

    void problems()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, code);
        QFETCH(bool, usable);
        InspectionOptions options;
        options.uploadLimitBytes = 100 * 1024;
        options.stampGrowthBytes = 0; // the growth is tested below
        const Inspection r = DocumentInspector::inspect(pdf, u"dokumen.pdf"_s, options);
        QVERIFY2(codes(r).contains(code), qPrintable(codes(r).join(u", "_s)));
        QCOMPARE(r.usable(), usable);
        for (const Inspection::Problem &p : r.problems) {
            QVERIFY(!p.message.isEmpty());
            QVERIFY2(!p.message.contains(u"The "_s), qPrintable(p.message)); // in Indonesian
        }
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("usable"_L1).toBool(), usable);
        QCOMPARE(json.value("problems"_L1).toArray().size(), r.problems.size());
    }

    // A 200 KB letter grows by the stamp to about 356 KB: it fits a 500 KB slot, not a 300 KB
    // one, and the verdict is given before anything is paid for (Part A: +156 KB).
    void thePredictionIsJudgedAgainstTheSlotsLimit_data()
    {
        QTest::addColumn<int>("limitKb");
        QTest::addColumn<bool>("fits");
        QTest::newRow("200 KB") << 200 << false;
        QTest::newRow("300 KB") << 300 << false;
        QTest::newRow("500 KB") << 500 << true;
        QTest::newRow("800 KB") << 800 << true;
        QTest::newRow("1 MB") << 1024 << true;
    }

    void thePredictionIsJudgedAgainstTheSlotsLimit()
    {
        QFETCH(int, limitKb);
        QFETCH(bool, fits);
        const QByteArray letter = padded(makeA4(), 200 * 1024);
        InspectionOptions options;
        options.uploadLimitBytes = limitKb * 1024;
        Inspection r = DocumentInspector::inspect(letter, u"surat-lamaran.pdf"_s, options);
        QCOMPARE(r.predictedStampedBytes, letter.size() + 160 * 1024);
        QCOMPARE(r.fitsAfterStamp(), fits);
        QCOMPARE(codes(r).contains(u"too-large-after-stamp"_s), !fits);
        QCOMPARE(r.usable(), fits);
        QCOMPARE(r.sizeSummary(),
                 u"±%1 KB setelah bermeterai, batas %2 KB: %3"_s
                     .arg(Inspection::kilobytes(letter.size()) + 160)
                     .arg(limitKb)
                     .arg(fits ? u"muat"_s : u"perlu diperkecil"_s));
        // Choosing another limit for the document judges it again.
        r.setUploadLimit(qint64(fits ? 300 : 1024) * 1024);
        QCOMPARE(codes(r).contains(u"too-large-after-stamp"_s), fits);
        QCOMPARE(codes(r).count(u"too-large-after-stamp"_s), fits ? 1 : 0);
    }

    // The demo profile's figure is what the simulator, with its realistic DSS as in demo mode,
    // really adds: within 10 % on a small letter and on a 250 KB one (Part A: real stamps add
    // 155.6 to 156.5 KB).
    void thePredictionMatchesTheSimulatorsRealGrowth()
    {
        SimFixture sim({{u"dss"_s, true}});
        const qint64 predicted
            = ServiceProfile::singleServer(sim.url(u"/"_s), true).stampGrowthBytes();
        for (const QByteArray &doc : {makeA4(), padded(makeA4(), 250 * 1024)}) {
            const QByteArray stamped = sim.stampDocument(doc, 1, {300, 500, 100, 100});
            QVERIFY(!stamped.isEmpty());
            const qint64 growth = stamped.size() - doc.size();
            qInfo("a %lld-byte document grew by %lld bytes", qint64(doc.size()), growth);
            QVERIFY2(std::abs(growth - predicted) <= predicted / 10,
                     qPrintable(u"grew %1 bytes, predicted %2"_s.arg(growth).arg(predicted)));
            const Inspection r
                = DocumentInspector::inspect(doc, u"surat.pdf"_s, {800 * 1024, predicted});
            QCOMPARE(r.predictedStampedBytes, doc.size() + predicted);
        }
    }

    // An old document is uploaded as its PDF 1.7 rewrite (PdfUpgrade), so that is what grows.
    void theUpgradedCopyIsWhatIsPredicted()
    {
        // An object nothing refers to, added by an update: the rewrite leaves it out.
        QByteArray old = makeA4(u"Surat"_s, "1.4");
        const qsizetype previousXref
            = old.mid(old.lastIndexOf("startxref") + 9).trimmed().split('\n').first().toLongLong();
        const qsizetype objectAt = old.size();
        old += "99 0 obj\n(" + QByteArray(4000, 'x') + ")\nendobj\n";
        const qsizetype xrefAt = old.size();
        const QByteArray offset = QByteArray::number(objectAt).rightJustified(10, '0');
        old += "xref\n99 1\n" + offset + " 00000 n \ntrailer\n<< /Size 100 /Root "
            + old.mid(old.indexOf("/Root") + 6).split('R').first() + "R /Prev "
            + QByteArray::number(previousXref) + " >>\nstartxref\n" + QByteArray::number(xrefAt)
            + "\n%%EOF\n";
        const Inspection r = DocumentInspector::inspect(old, u"lama.pdf"_s);
        const QByteArray upgraded = PdfUpgrade::toPdf17(old).value();
        QVERIFY2(upgraded.size() < old.size() - 3000, QByteArray::number(upgraded.size()));
        QVERIFY(!codes(r).contains(u"damaged"_s));
        QCOMPARE(r.predictedStampedBytes, upgraded.size() + 160 * 1024);
    }

    // lupdate files a message under the context it sees; one filed under the bare namespace is
    // never found at run time, and the person reads English. (The broken-signature warning and
    // the preview's screen-reader description were.)
    void everyMessageIsFiledWhereItIsLookedUp()
    {
        QFile ts(QStringLiteral(BUBUH_SOURCE_DIR "/translations/bubuh_id.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QByteArray text = ts.readAll();
        QVERIFY(text.contains("<name>bubuh::DocumentInspector</name>"));
        QVERIFY2(!text.contains("<name>bubuh</name>"), "messages in the context \"bubuh\"");
    }

    void passwordFlags()
    {
        PdfOptions userPassword;
        userPassword.userPassword = u"rahasia"_s;
        userPassword.ownerPassword = u"pemilik"_s; // an empty owner password would open it
        const Inspection r
            = DocumentInspector::inspect(makePdf({PageSpec()}, userPassword), u"a.pdf"_s);
        QVERIFY(r.encrypted && r.needsPassword);
        PdfOptions ownerOnly;
        ownerOnly.ownerPassword = u"pemilik"_s;
        const Inspection o
            = DocumentInspector::inspect(makePdf({PageSpec()}, ownerOnly), u"a.pdf"_s);
        QVERIFY(o.encrypted && !o.needsPassword);
        QCOMPARE(o.pages.size(), 1);
    }

    void pagesAsDisplayed()
    {
        PageSpec rotated;
        rotated.rotate = 90;
        rotated.cropBox = QRectF(50, 80, 450, 650);
        PageSpec unit;
        unit.userUnit = 2;
        unit.mediaBox = QRectF(0, 0, 300, 400);
        PageSpec offOrigin;
        offOrigin.mediaBox = QRectF(-200, 300, 612, 792);
        PdfOptions withObjectStreams;
        withObjectStreams.objectStreams = true;
        const Inspection r = DocumentInspector::inspect(
            makePdf({PageSpec(), rotated, unit, offOrigin}, withObjectStreams), u"a.pdf"_s);
        QVERIFY(r.usable());
        QCOMPARE(r.pdfVersion.left(2), u"1."_s);
        const QJsonArray pages = r.toJson().value("pages"_L1).toArray();
        QCOMPARE(pages.size(), 4);
        const QJsonObject p2 = pages.at(1).toObject();
        QCOMPARE(p2.value("rotate"_L1).toInt(), 90);
        QCOMPARE(p2.value("displayWidth"_L1).toDouble(), 650.0); // crop box height, turned
        QCOMPARE(p2.value("displayHeight"_L1).toDouble(), 450.0);
        QCOMPARE(p2.value("cropBox"_L1).toArray(), (QJsonArray{50, 80, 500, 730}));
        const QJsonObject p3 = pages.at(2).toObject();
        QCOMPARE(p3.value("userUnit"_L1).toDouble(), 2.0);
        QCOMPARE(p3.value("displayWidth"_L1).toDouble(), 600.0);
        QCOMPARE(pages.at(3).toObject().value("mediaBox"_L1).toArray(),
                 (QJsonArray{-200, 300, 412, 1092}));
    }

    void findsAnExistingEmeterai()
    {
        SimFixture sim;
        QString sn;
        const QByteArray stamped = sim.stampDocument(makeA4(), 1, QRectF(400, 100, 100, 100), &sn);
        const Inspection r = DocumentInspector::inspect(stamped, u"a.pdf"_s);
        QVERIFY(r.usable());
        QVERIFY(r.hasEmeterai());
        QCOMPARE(r.signatures.size(), 1);
        QCOMPARE(r.signatures.first().sn, sn);
        QCOMPARE(r.signatures.first().field, u"Emet"_s + sn);
        QCOMPARE(r.signatures.first().subFilter, u"ETSI.CAdES.detached"_s);
        QVERIFY(codes(r).contains(u"already-stamped"_s));
        QVERIFY(!codes(r).contains(u"broken-signature"_s));
    }

    void warnsOfABrokenSignatureBeforeAnythingIsPaid()
    {
        // The service refuses a document whose earlier signature is broken (80/81), but only
        // after a serial number was bought for it.
        SimFixture sim;
        QByteArray broken = sim.stampDocument(makeA4(), 1, QRectF(400, 100, 100, 100));
        const qsizetype at = broken.indexOf("stream\n") + 10;
        broken[at] = char(broken.at(at) ^ 0x01);
        const Inspection r = DocumentInspector::inspect(broken, u"a.pdf"_s);
        QVERIFY(codes(r).contains(u"broken-signature"_s));
        QVERIFY(!r.usable());
        // Changed after signing, but intact: the earlier signer's signature will show as
        // changed; a warning, since the service still stamps it.
        const QByteArray stamped = sim.stampDocument(makeA4(), 1, QRectF(400, 100, 100, 100));
        const Inspection changed = DocumentInspector::inspect(stamped + "% note\n", u"b.pdf"_s);
        QVERIFY(codes(changed).contains(u"changed-after-signing"_s));
        QVERIFY(changed.usable());
    }
};

QTEST_GUILESS_MAIN(TestDocumentInspector)
#include "tst_documentinspector.moc"
