// Making a document small enough before it is stamped (issue #12): the copy fits, looks the
// same, keeps its text, and the original is never touched; protected documents are refused.
#include "ExternalTools.h"
#include "Fidelity.h"
#include "PdfFactory.h"
#include "SampleDocuments.h"
#include "SimFixture.h"
#include "core/Language.h"
#include "pdf/ImageRecoder.h"
#include "pdf/PdfShrinker.h"

#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;
using namespace bubuh;

namespace {

// The largest mean difference, of 255, between a page and its smaller copy at 100 dpi (poppler's
// rendering): text still crisp to read. Ghostscript's /ebook copies of the same scans differ by
// about 6 (docs/benchmarks.md); most of it is the paper grain that a smaller copy leaves out.
constexpr double kFidelity = 8.0;

// Every image of every page, with its colour space name and bits.
QStringList imageKinds(const QByteArray &pdf)
{
    QPDF qpdf;
    qpdf.processMemoryFile("x.pdf", pdf.constData(), size_t(pdf.size()));
    QStringList kinds;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(qpdf).getAllPages()) {
        for (auto &[name, image] : page.getImages()) {
            QPDFObjectHandle cs = image.getDict().getKey("/ColorSpace");
            kinds << QString::fromStdString(cs.isName() ? cs.getName() : cs.unparse());
        }
    }
    return kinds;
}

int pageCount(const QByteArray &pdf)
{
    QPDF qpdf;
    qpdf.processMemoryFile("x.pdf", pdf.constData(), size_t(pdf.size()));
    return int(QPDFPageDocumentHelper(qpdf).getAllPages().size());
}

} // namespace

class TestPdfShrinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Language::install(u"id"_s); }

    void eachSampleFitsLooksTheSameAndKeepsItsText_data()
    {
        QTest::addColumn<int>("sample");
        QTest::addColumn<int>("limitKb");
        QTest::newRow("3-page 300 dpi colour scan, 1 MB") << 0 << 1024;
        QTest::newRow("5-page grayscale scan, 1 MB") << 1 << 1024;
        QTest::newRow("letter with a signature image, 300 KB") << 2 << 300;
        QTest::newRow("20-page mixed report, 500 KB") << 3 << 500;
    }

    void eachSampleFitsLooksTheSameAndKeepsItsText()
    {
        QFETCH(int, sample);
        QFETCH(int, limitKb);
        static const QList<bench::SampleDocument> samples = bench::allSamples();
        const bench::SampleDocument &doc = samples.at(sample);
        const QByteArray original = doc.pdf;
        const qint64 growth = 160 * 1024;
        QVERIFY2(original.size() + growth > limitKb * 1024, "the sample must need shrinking");
        const Result<PdfShrinker::Fitted> fitted
            = PdfShrinker::shrinkToFit(original, limitKb * 1024, growth);
        QVERIFY2(fitted, qPrintable(fitted.failure().message));
        const QByteArray small = fitted.value().outcome.pdf;
        QVERIFY2(fitted.value().fits, QByteArray::number(small.size()));
        QVERIFY(small.size() + growth <= limitKb * 1024);
        QCOMPARE(original, doc.pdf); // the input is never changed
        QVERIFY(test::qpdfCheck(small).exitCode == 0);

        const int pages = pageCount(original);
        for (int page = 1; page <= pages; page += std::max(1, pages / 4)) {
            const double difference = bench::meanAbsoluteDifference(
                test::renderPage(original, page, 100), test::renderPage(small, page, 100));
            QVERIFY2(difference >= 0 && difference <= kFidelity,
                     qPrintable(u"page %1 differs by %2"_s.arg(page).arg(difference)));
        }
        if (doc.hasText) {
            const QString text = test::pdftotext(original);
            QVERIFY(text.contains(u"surat pernyataan"_s));
            QCOMPARE(test::pdftotext(small), text);
        }
        // Grayscale stays grayscale: a gray scan is not written as colour.
        QCOMPARE(imageKinds(small), imageKinds(original));
    }

    // The ladder's first rung leaves images alone: a document that fits once rewritten is
    // not made to look worse.
    void theLeastLossThatFitsIsChosen()
    {
        const QByteArray letter = bench::letterWithSignature().pdf;
        const Result<PdfShrinker::Fitted> generous
            = PdfShrinker::shrinkToFit(letter, 10 * 1024 * 1024, 160 * 1024);
        QVERIFY(generous && generous.value().fits);
        QVERIFY(!generous.value().outcome.images);
        QCOMPARE(generous.value().outcome.imagesRecoded, 0);
        const Result<PdfShrinker::Fitted> tight
            = PdfShrinker::shrinkToFit(letter, 300 * 1024, 160 * 1024);
        QVERIFY(tight && tight.value().fits);
        QVERIFY(tight.value().outcome.images);
        QCOMPARE(*tight.value().outcome.images, PdfShrinker::ladder().at(1).value());
    }

    // A black-and-white scan stored as 8-bit gray becomes 1-bit, pixel for pixel the same.
    void aBilevelScanBecomesOneBit()
    {
        QPDF qpdf;
        qpdf.emptyPDF();
        QByteArray samples(1200 * 1600, char(255));
        for (int y = 200; y < 1400; y += 24) // lines of "text"
            for (int x = 150; x < 1050; ++x)
                for (int t = 0; t < 6; ++t)
                    samples[(y + t) * 1200 + x] = char((x / 9) % 3 ? 0 : 255);
        QPDFObjectHandle image = bubuh::newImageStream(qpdf, samples, QSize(1200, 1600), true);
        QPDFObjectHandle page
            = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595.276 841.89] >>");
        QPDFObjectHandle xobjects = QPDFObjectHandle::newDictionary();
        xobjects.replaceKey("/Im0", qpdf.makeIndirectObject(image));
        QPDFObjectHandle resources = QPDFObjectHandle::newDictionary();
        resources.replaceKey("/XObject", xobjects);
        page.replaceKey("/Resources", resources);
        page.replaceKey("/Contents", qpdf.newStream("q 595.276 0 0 841.89 0 0 cm /Im0 Do Q"));
        QPDFPageDocumentHelper(qpdf).addPage(QPDFPageObjectHelper(qpdf.makeIndirectObject(page)),
                                             false);
        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        const QByteArray pdf(reinterpret_cast<const char *>(buffer->getBuffer()),
                             qsizetype(buffer->getSize()));
        const Result<PdfShrinker::Outcome> out
            = PdfShrinker::shrink(pdf, PdfShrinker::ladder().at(1));
        QVERIFY(out);
        QCOMPARE(out.value().imagesRecoded, 1);
        QVERIFY2(out.value().pdf.size() < pdf.size(),
                 qPrintable(u"%1 -> %2"_s.arg(pdf.size()).arg(out.value().pdf.size())));
        QPDF check;
        check.processMemoryFile("o.pdf", out.value().pdf.constData(),
                                size_t(out.value().pdf.size()));
        QPDFObjectHandle recoded
            = QPDFPageDocumentHelper(check).getAllPages().at(0).getImages().begin()->second;
        QCOMPARE(recoded.getDict().getKey("/BitsPerComponent").getIntValue(), 1);
        QCOMPARE(bench::meanAbsoluteDifference(test::renderPage(pdf, 1, 100),
                                               test::renderPage(out.value().pdf, 1, 100)),
                 0.0);
    }

    void whatCannotFitIsSaidSo()
    {
        const Result<PdfShrinker::Fitted> fitted
            = PdfShrinker::shrinkToFit(bench::grayscaleScan(5).pdf, 200 * 1024, 160 * 1024);
        QVERIFY(fitted);
        QVERIFY(!fitted.value().fits);
        QCOMPARE(fitted.value().outcome.images, PdfShrinker::ladder().last());
    }

    void extrasAreLeftOutAndNamed()
    {
        QPDF qpdf;
        const QByteArray a4 = test::makeA4();
        qpdf.processMemoryFile("a.pdf", a4.constData(), size_t(a4.size()));
        QPDFObjectHandle root = qpdf.getRoot();
        root.replaceKey("/OpenAction",
                        QPDFObjectHandle::parse("<< /S /JavaScript /JS (app.alert(1)) >>"));
        QPDFObjectHandle page = QPDFPageDocumentHelper(qpdf).getAllPages().at(0).getObjectHandle();
        page.replaceKey("/Thumb", qpdf.newStream(std::string(5000, 'x')));
        page.replaceKey("/PieceInfo", QPDFObjectHandle::parse("<< /Office << /Private 1 >> >>"));
        QPDFWriter writer(qpdf);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        const QByteArray pdf(reinterpret_cast<const char *>(buffer->getBuffer()),
                             qsizetype(buffer->getSize()));
        const Result<PdfShrinker::Outcome> out = PdfShrinker::shrink(pdf, std::nullopt);
        QVERIFY(out);
        QCOMPARE(out.value().removed,
                 (QStringList{u"gambar mini halaman"_s, u"JavaScript"_s,
                              u"data halaman dari program pembuatnya"_s}));
        QVERIFY(!out.value().pdf.contains("/JavaScript"));
        QVERIFY(!out.value().pdf.contains("/Thumb"));
        QVERIFY(out.value().pdf.size() < pdf.size());
    }

    void protectedDocumentsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::addColumn<QString>("says");
        test::PdfOptions owner, user, certified;
        owner.ownerPassword = u"pemilik"_s;
        user.userPassword = u"rahasia"_s;
        certified.certified = true;
        QTest::newRow("encrypted") << test::makePdf({test::PageSpec()}, owner) << u"dilindungi"_s;
        QTest::newRow("password") << test::makePdf({test::PageSpec()}, user) << u"dilindungi"_s;
        QTest::newRow("certified")
            << test::makePdf({test::PageSpec()}, certified) << u"tersertifikasi"_s;
        test::SimFixture sim;
        const QByteArray signedPdf = sim.stampDocument(test::makeA4(), 1, {300, 500, 100, 100});
        QVERIFY(!signedPdf.isEmpty());
        QTest::newRow("signed (stamped)") << signedPdf << u"ditandatangani"_s;
    }

    void protectedDocumentsAreRefused()
    {
        QFETCH(QByteArray, pdf);
        QFETCH(QString, says);
        const Result<PdfShrinker::Fitted> fitted = PdfShrinker::shrinkToFit(pdf, 100, 0);
        QVERIFY(!fitted);
        QVERIFY2(fitted.failure().message.contains(says), qPrintable(fitted.failure().message));
        QVERIFY(!PdfShrinker::refusal(pdf).isEmpty());
    }

    void theCopyIsNamedBesideTheOriginal()
    {
        QCOMPARE(PdfShrinker::smallerCopyPath(u"/data/surat-lamaran.pdf"_s),
                 u"/data/surat-lamaran_kecil.pdf"_s);
    }
};

QTEST_MAIN(TestPdfShrinker)
#include "tst_pdfshrinker.moc"
