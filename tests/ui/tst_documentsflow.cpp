// Steps 2 and 3 through the real window: opening documents (good, broken, protected), their
// pre-flight in Indonesian, placing the stamp with exact numbers, and the placement remembered
// for the next document of the same kind.
#include "MainWindow.h"
#include "PdfFactory.h"
#include "SimFixture.h"
#include "core/Language.h"
#include "document/OpenDocuments.h"
#include "document/PageThumbnails.h"
#include "document/PageView.h"
#include "document/PhotoPdfDialog.h"
#include "document/PositionPage.h"
#include "document/ShrinkDialog.h"
#include "session/Workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPdfDocument>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace bubuh;
using namespace test;

class TestDocumentsFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::install(u"id"_s);
    }

    // Qt Pdf draws no signature widgets: a document that already carries a stamp is previewed
    // in step 3 from a copy with its annotations drawn in, so the stamp shows where its /Rect
    // is (issue #12). The copy is for the preview only; the document's bytes stay as they were.
    void anExistingStampIsShownWhereItIs()
    {
        SimFixture sim;
        const QRectF box(300, 500, 100, 100); // user space: x, y from the bottom left
        const QByteArray stamped = sim.stampDocument(makeA4(), 1, box);
        QVERIFY(!stamped.isEmpty());
        QSettings settings(m_dir.filePath(u"stamped.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocuments({write(u"sudah-bermeterai.pdf"_s, stamped)});
        OpenDocument &doc = window.documents().at(0);
        QTRY_VERIFY_WITH_TIMEOUT(doc.flattened, 20000);
        QCOMPARE(doc.bytes, stamped);
        QTRY_COMPARE(window.positionPage()->view()->document(), doc.preview());
        // Ink inside the stamp's square, as displayed: none in the document as Qt Pdf draws
        // it, the stamp's own drawing in the preview.
        const QRect square(300, int(841.89 - 600), 100, 100);
        const auto inkIn = [&square](QPdfDocument *pdf) {
            const QImage page = pdf->render(0, QSize(595, 842));
            int ink = 0;
            for (int y = square.top(); y < square.bottom(); ++y)
                for (int x = square.left(); x < square.right(); ++x)
                    ink += qAlpha(page.pixel(x, y)) > 128 && qGray(page.pixel(x, y)) < 160;
            return ink;
        };
        QCOMPARE(inkIn(doc.pdf.get()), 0);
        QVERIFY2(inkIn(doc.preview()) > 500, QByteArray::number(inkIn(doc.preview())));
    }

    // Buat PDF dari foto: the pages in the order the applicant set, saved beside the first
    // photo without replacing a file there, then opened as a document.
    void photosBecomeOnePdfInTheChosenOrder()
    {
        QSettings settings(m_dir.filePath(u"photos.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QImage wide(600, 300, QImage::Format_RGB32), tall(300, 600, QImage::Format_RGB32);
        wide.fill(Qt::darkBlue);
        tall.fill(Qt::darkRed);
        const QString first = m_dir.filePath(u"ktp.png"_s), second = m_dir.filePath(u"kk.jpg"_s);
        QVERIFY(wide.save(first) && tall.save(second));
        write(u"kk.pdf"_s, "an applicant's own file, never replaced");
        window.makePdfFromPhotos({first, second});
        auto *dialog = window.findChild<PhotoPdfDialog *>(u"photoPdfDialog"_s);
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(u"photoList"_s);
        list->setCurrentRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"moveDownButton"_s), Qt::LeftButton);
        QCOMPARE(dialog->images(), (QStringList{second, first}));
        QCOMPARE(dialog->outputPath(), m_dir.filePath(u"kk-2.pdf"_s));
        QSignalSpy made(dialog, &PhotoPdfDialog::finishedMaking);
        dialog->make();
        QVERIFY(made.wait(20000));
        QTRY_COMPARE(window.documents().count(), 1);
        const OpenDocument &doc = window.documents().at(0);
        QCOMPARE(doc.path, m_dir.filePath(u"kk-2.pdf"_s));
        QCOMPARE(doc.inspection.pages.size(), 2);
        QVERIFY(doc.inspection.usable());
        // The tall photo first, then the wide one: portrait, then landscape A4.
        QVERIFY(doc.inspection.pages[0].displaySize().height()
                > doc.inspection.pages[0].displaySize().width());
        QVERIFY(doc.inspection.pages[1].displaySize().width()
                > doc.inspection.pages[1].displaySize().height());
        QFile own(m_dir.filePath(u"kk.pdf"_s));
        QVERIFY(own.open(QIODevice::ReadOnly));
        QCOMPARE(own.readAll(), QByteArray("an applicant's own file, never replaced"));
    }

    // Perkecil on a document that already fits: the copy replaces it, so one document is
    // stamped, not two (two quota for one letter); an earlier copy is never written over.
    void theSmallerCopyReplacesTheOriginal()
    {
        QSettings settings(m_dir.filePath(u"shrink.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString letter = write(u"surat-pernyataan.pdf"_s, makeA4());
        const QString earlier = write(u"surat-pernyataan_kecil.pdf"_s, "an earlier copy");
        window.openDocuments({letter});
        QVERIFY(window.documents().at(0).inspection.usable());
        window.shrinkDocument(0);
        auto *dialog = window.findChild<ShrinkDialog *>(u"shrinkDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->busy(), 20000);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_COMPARE(window.documents().count(), 2);
        const QString copy = m_dir.filePath(u"surat-pernyataan_kecil-2.pdf"_s);
        QCOMPARE(window.documents().at(1).path, copy);
        QCOMPARE(window.documents().at(0).supersededBy, copy);
        QFile kept(earlier);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("an earlier copy"));
        window.showStep(MainWindow::StampStep);
        auto *quota = window.findChild<QLabel *>(u"stampQuotaLabel"_s);
        QTRY_VERIFY2(quota->text().startsWith(u"1 dokumen siap"_s), qPrintable(quota->text()));
        auto *list = window.findChild<QListWidget *>(u"documentListWidget"_s);
        QVERIFY2(list->item(0)->text().contains(u"surat-pernyataan_kecil-2.pdf"_s),
                 qPrintable(list->item(0)->text()));
    }

    // Step 3 warns of a stamp over the text; step 4 does not offer it, before any quota is
    // spent, until it is moved to blank paper.
    void aStampOverTextIsNotOffered()
    {
        QSettings settings(m_dir.filePath(u"overlap.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocuments({write(u"surat-keterangan.pdf"_s, makeA4())});
        QTRY_VERIFY(window.documents().at(0).placementChosen); // the signing spot, once read
        window.showStep(MainWindow::StampStep);
        auto *quota = window.findChild<QLabel *>(u"stampQuotaLabel"_s);
        QTRY_VERIFY2(quota->text().startsWith(u"1 dokumen siap"_s), qPrintable(quota->text()));
        // Over the page's label "Surat Pernyataan", at its top left.
        window.documents().setPlacement(0, {1, 10, 20, 60});
        QTRY_VERIFY2(quota->text().startsWith(u"0 dokumen siap"_s), qPrintable(quota->text()));
        auto *table = window.findChild<QTableWidget *>(u"jobTable"_s);
        QVERIFY2(table->item(0, 3)->text().contains(u"menutupi tulisan"_s),
                 qPrintable(table->item(0, 3)->text()));
        window.documents().setPlacement(0, {1, 300, 500, 60});
        QTRY_VERIFY2(quota->text().startsWith(u"1 dokumen siap"_s), qPrintable(quota->text()));
    }

    void thumbnailsJumpToTheirPage()
    {
        QSettings settings(m_dir.filePath(u"thumbs.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDocuments(
            {write(u"lima-halaman.pdf"_s, makePdf(QList<PageSpec>(5, PageSpec())))});
        PageThumbnails *thumbnails = window.positionPage()->thumbnails();
        PageView *view = window.positionPage()->view();
        QCOMPARE(thumbnails->count(), 5);
        // Rendered off the GUI thread: the first thumbnail stops being blank paper.
        const auto drawn = [thumbnails] {
            const QImage image
                = thumbnails->item(0)->icon().pixmap(thumbnails->iconSize()).toImage();
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    if (image.pixelColor(x, y).lightness() < 200)
                        return true;
            return false;
        };
        QTRY_VERIFY(drawn());
        thumbnails->setCurrentRow(3);
        QVERIFY(std::abs(view->pageRect(4).top() - 12) < 2); // page 4 at the top of the view
    }

    void dropOpens()
    {
        QSettings settings(m_dir.filePath(u"drop.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(write(u"dijatuhkan.pdf"_s, makeA4()))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(window.documents().count(), 1);
        QVERIFY(window.positionPage()->view()->isVisible());
    }

    void aPreflightThatTakesTooLongIsGivenUp()
    {
        // The pre-flight runs on a worker thread; past its limit (here none at all) the
        // document is reported as unusable rather than the window waiting for it.
        QSettings settings(m_dir.filePath(u"slow.ini"_s), QSettings::IniFormat);
        OpenDocuments documents(settings);
        // Four hundred pages: far more than the moment the check for "finished" takes.
        const QString path = write(u"surat-lambat.pdf"_s, makePdf(QList<PageSpec>(400)));
        documents.setInspectionTimeLimit(0);
        QCOMPARE(documents.open(path), -1);
        const Inspection &slow = documents.at(0).inspection;
        QVERIFY(std::any_of(slow.problems.cbegin(), slow.problems.cend(),
                            [](const Inspection::Problem &p) { return p.code == u"too-slow"_s; }));
        documents.setInspectionTimeLimit(OpenDocuments::kInspectionTimeLimitMs);
        QCOMPARE(documents.open(path), 1);
        QVERIFY(documents.at(1).inspection.usable());
    }

    void openReportsAndPlaces()
    {
        QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        Workspace workspace(ServiceProfile::singleServer(QUrl(u"http://127.0.0.1:9"_s)), settings);
        MainWindow window(workspace, settings);
        window.resize(1100, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        PdfOptions locked;
        locked.userPassword = u"rahasia"_s;
        locked.ownerPassword = u"pemilik"_s;
        QStringList asked;
        window.documents().setPasswordPrompt([&asked](const QString &path) {
            asked << path;
            return u"rahasia"_s;
        });
        window.openDocuments({write(u"surat-lamaran-1.pdf"_s, makeA4()),
                              write(u"bukan.pdf"_s, "<html>502</html>"),
                              write(u"terkunci.pdf"_s, makePdf({PageSpec()}, locked))});
        auto *list = window.findChild<QListWidget *>(u"documentListWidget"_s);
        auto *details = window.findChild<QLabel *>(u"documentDetailsLabel"_s);
        QCOMPARE(list->count(), 3);
        // Ready once the paper under the stamp is known to be blank (read on a worker thread).
        QTRY_VERIFY2(list->item(0)->text().contains(u"siap"_s), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(1)->text().contains(u"tidak dapat"_s));
        list->setCurrentRow(1);
        QVERIFY2(details->text().contains(u"bukan dokumen PDF"_s), qPrintable(details->text()));
        // Shown as rich text, so the escaped quotes read as quotes, not "&quot;".
        QCOMPARE(details->textFormat(), Qt::RichText);
        QTextDocument shown;
        shown.setHtml(details->text());
        QVERIFY2(shown.toPlainText().contains(u"\"Simpan sebagai PDF\""_s),
                 qPrintable(shown.toPlainText()));
        list->setCurrentRow(2);
        QVERIFY2(details->text().contains(u"kata sandi"_s), qPrintable(details->text()));
        // Its password was asked for once, to preview it; it still cannot be stamped.
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().endsWith(u"terkunci.pdf"_s));
        QCOMPARE(window.documents().at(2).inspection.pages.size(), 1);
        QCOMPARE(window.documents().at(2).pdf->status(), QPdfDocument::Status::Ready);
        QVERIFY(!window.documents().at(2).inspection.usable());

        // Several documents: the list stays in view; choosing one goes on to Position.
        PageView *view = window.positionPage()->view();
        QVERIFY(list->isVisible());
        QVERIFY(!view->isVisible());
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(view->isVisible());
        QCOMPARE(window.positionPage()->documentIndex(), 0);
        QCOMPARE(view->pages().size(), 1);
        QVERIFY(view->stampRect().isValid());

        // Exact numbers: 20 mm from the left, 30 mm from the top.
        auto *x = window.findChild<QDoubleSpinBox *>(u"xSpinBox"_s);
        auto *y = window.findChild<QDoubleSpinBox *>(u"ySpinBox"_s);
        x->setValue(20);
        y->setValue(30);
        QVERIFY(std::abs(view->placement().u - 20 * 72 / 25.4) < 0.01);
        QVERIFY(std::abs(view->placement().v - 30 * 72 / 25.4) < 0.01);
        // The keyboard moves it, and the numbers follow.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QVERIFY(std::abs(x->value() - (20 + 10 * 25.4 / 72)) < 0.06);

        // A thumbnail per page; choosing one shows that page.
        QCOMPARE(window.positionPage()->thumbnails()->count(), 1);

        // The next letter of the same kind starts where this one's stamp went.
        const Placement placed = view->placement();
        window.openDocuments({write(u"Surat Lamaran 2.pdf"_s, makeA4())});
        QCOMPARE(window.positionPage()->documentIndex(), 3);
        QVERIFY(std::abs(view->placement().u - placed.u) < 0.01);
        QVERIFY(std::abs(view->placement().v - placed.v) < 0.01);
    }
};

QTEST_MAIN(TestDocumentsFlow)
#include "tst_documentsflow.moc"
