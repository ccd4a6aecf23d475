// Pre-flight: every kind of bad input gets a code and a message, never a crash, and a usable
// document reports its pages exactly.
#include "PdfFactory.h"
#include "SimFixture.h"
#include "core/Language.h"
#include "pdf/DocumentInspector.h"

#include <QJsonArray>
#include <QTest>

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
            << makePdf(QList<PageSpec>(600, PageSpec())) << u"too-large"_s << true;
        QTest::newRow("not A4") << makePdf({letter}) << u"not-a4"_s << true;
    }

    void problems()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, code);
        QFETCH(bool, usable);
        InspectionOptions options;
        options.uploadLimitBytes = 100 * 1024;
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
