// Text a PDF or a server chooses is shown as text, never read as markup: a field name or a
// certificate name written as "<font color=green>SAH</font>" must not style the check dialog.
#include "PdfFactory.h"

#include "PdfStamper.h"
#include "SimCertificateAuthority.h"
#include "pdf/StampVerifier.h"
#include "stamp/VerifyDialog.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHostileText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theCheckDialogShowsAPdfsNamesAsText()
    {
        QTemporaryDir dir;
        QString error;
        const auto ca = sim::SimCertificateAuthority::loadOrCreate(dir.path(), &error);
        QVERIFY2(ca, qPrintable(error));
        const QString hostile = u"<font color=green><b>SAH</b></font>"_s;
        sim::PdfStamper::Job job;
        job.pdf = test::makeA4();
        job.serial = u"ABCDEFGHIJKLMNOPQRSTUV"_s;
        job.fieldName = hostile;
        job.box = QRectF(400, 100, 100, 100);
        job.signingTime = QDateTime::currentDateTimeUtc();
        job.documentIdPart = QByteArray(16, 'x');
        const QByteArray pdf = sim::PdfStamper(*ca).stamp(job).pdf;
        QVERIFY(!pdf.isEmpty());
        QFile file(dir.filePath(u"hostile.pdf"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
        file.close();

        bubuh::StampVerifier verifier;
        bubuh::VerifyDialog dialog(verifier);
        dialog.check(file.fileName());
        QTRY_VERIFY(!dialog.checking());
        auto *details = dialog.findChild<QLabel *>(u"verifyDetailsLabel"_s);
        auto *summary = dialog.findChild<QLabel *>(u"verifySummaryLabel"_s);
        QVERIFY(details && summary);
        QVERIFY2(details->text().contains(hostile), qPrintable(details->text()));
        QCOMPARE(details->textFormat(), Qt::PlainText);
        // The summary is Bubuh's own markup around escaped text.
        QVERIFY(!summary->text().contains(u"<font"_s));

        // A check that does not end in time is given up on, plainly; its answer is dropped.
        dialog.setTimeLimit(0);
        dialog.check(file.fileName());
        QTRY_VERIFY(!dialog.checking());
        QVERIFY2(summary->text().contains(u"too long"_s), qPrintable(summary->text()));
        QTest::qWait(500);
        QVERIFY2(summary->text().contains(u"too long"_s), qPrintable(summary->text()));
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
