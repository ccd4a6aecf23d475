// StampVerifier and `bubuh-cli verify` on documents the simulator stamped, and on the same
// documents tampered with in the ways a forger or a broken tool would.
#include "PdfFactory.h"
#include "Processes.h"
#include "SimFixture.h"

#include "pdf/StampVerifier.h"

#include <QTemporaryDir>
#include <QTest>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

using namespace Qt::StringLiterals;
using namespace test;
using bubuh::SignatureCheck;
using bubuh::StampVerifier;
using bubuh::Verification;

namespace {

// Appends an incremental update that redefines object `number` with `body` (a dictionary, or
// a dictionary and stream), chained to the file's last cross-reference section.
QByteArray appendUpdate(const QByteArray &pdf, int number, const QByteArray &body)
{
    QPDF qpdf;
    qpdf.processMemoryFile("in.pdf", pdf.constData(), pdf.size());
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const QByteArray previous = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();
    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectOffset = out.size();
    out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(number) + " 1\n"
        + QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size "
        + QByteArray::number(qpdf.getTrailer().getKey("/Size").getIntValue()) + " /Root "
        + QByteArray::fromStdString(qpdf.getRoot().getObjGen().unparse(' ')) + " R /Prev "
        + previous + " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
}

// Appends an update whose catalog gains /DSS pointing at a chain of `length` objects, each
// an array holding the next: far deeper than any stack allows a recursive walk.
QByteArray appendDeepDss(const QByteArray &pdf, int length)
{
    QPDF qpdf;
    qpdf.processMemoryFile("in.pdf", pdf.constData(), pdf.size());
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    const QByteArray previous = pdf.mid(startxref + 9).trimmed().split('\n').first().trimmed();
    const int size = int(qpdf.getTrailer().getKey("/Size").getIntValue());
    const QPDFObjGen root = qpdf.getRoot().getObjGen();
    QByteArray catalog = QByteArray::fromStdString(qpdf.getRoot().unparseResolved());
    catalog.insert(catalog.lastIndexOf(">>"), " /DSS " + QByteArray::number(size) + " 0 R ");
    QByteArray out = pdf.endsWith('\n') ? pdf : pdf + '\n';
    const qsizetype catalogOffset = out.size();
    out += QByteArray::number(root.getObj()) + " 0 obj\n" + catalog + "\nendobj\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < length; ++i) {
        offsets << out.size();
        out += QByteArray::number(size + i) + " 0 obj\n["
            + (i + 1 < length ? QByteArray::number(size + i + 1) + " 0 R" : QByteArray())
            + "]\nendobj\n";
    }
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(root.getObj()) + " 1\n"
        + QByteArray::number(catalogOffset).rightJustified(10, '0') + " 00000 n \n"
        + QByteArray::number(size) + ' ' + QByteArray::number(length) + '\n';
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(size + length) + " /Root "
        + QByteArray::fromStdString(root.unparse(' ')) + " R /Prev " + previous + " >>\nstartxref\n"
        + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    return out;
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
        v.setUseSystemStore(false);
        v.addTrustAnchors(m_root);
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
        noAnchors.setUseSystemStore(false);
        const Verification v = noAnchors.verify(m_stamped, u"a.pdf"_s);
        QVERIFY(!v.valid());
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().chain, SignatureCheck::Chain::Untrusted);
        QVERIFY(!v.originalIsPrefix.has_value());
    }

    void expiredCertificateStillValidForWhatItSigned()
    {
        StampVerifier later = verifier();
        later.setCheckTime(QDateTime::currentDateTimeUtc().addYears(30));
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
        // thread has 1 MB); a bounded walk says it is more than validation data.
        const Verification v = verifier().verify(appendDeepDss(m_stamped, 150'000), u"deep.pdf"_s);
        QVERIFY(!v.valid());
        QVERIFY2(!v.signatures.isEmpty(), qPrintable(v.problem));
        QCOMPARE(v.signatures.first().integrity, SignatureCheck::Integrity::Valid);
        QCOMPARE(v.signatures.first().laterChanges, SignatureCheck::LaterChanges::Other);
        QVERIFY2(v.signatures.first().laterChangesDetail.contains(u"objects hang from /DSS"_s),
                 qPrintable(v.signatures.first().laterChangesDetail));
        // A short chain is validation data as before.
        const Verification shallow = verifier().verify(appendDeepDss(m_stamped, 5), u"dss.pdf"_s);
        QVERIFY2(!shallow.signatures.isEmpty(), qPrintable(shallow.problem));
        QCOMPARE(shallow.signatures.first().laterChanges, SignatureCheck::LaterChanges::DssOnly);
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

        CliRun run = cli.run(
            {u"verify"_s, good, u"--anchor"_s, anchor, u"--original"_s, original, u"--json"_s});
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
