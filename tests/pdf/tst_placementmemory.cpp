// Placements remembered per kind of document.
#include "pdf/PlacementMemory.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;

class TestPlacementMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("numbers differ")
            << u"surat-lamaran-1.pdf"_s << u"Surat Lamaran 2.pdf"_s << true;
        QTest::newRow("dates differ")
            << u"pernyataan_2024-09-01.pdf"_s << u"PERNYATAAN 2024-09-30.pdf"_s << true;
        QTest::newRow("different letters")
            << u"surat-lamaran.pdf"_s << u"surat-pernyataan.pdf"_s << false;
    }

    void patterns()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(PlacementMemory::patternOf(a) == PlacementMemory::patternOf(b), same);
    }

    void remembersPerPattern()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        QVERIFY(!PlacementMemory::recall(settings, u"surat-lamaran.pdf"_s));
        PlacementMemory::remember(settings, u"/tmp/surat-lamaran-1.pdf"_s, {2, 400.5, 600.25, 90});
        const auto back = PlacementMemory::recall(settings, u"Surat Lamaran 7.pdf"_s);
        QVERIFY(back.has_value());
        QCOMPARE(back->page, 2);
        QCOMPARE(back->u, 400.5);
        QCOMPARE(back->v, 600.25);
        QCOMPARE(back->size, 90.0);
        QVERIFY(!PlacementMemory::recall(settings, u"kuasa.pdf"_s));
        // A name with no letters has no kind: nothing remembered, nothing recalled.
        PlacementMemory::remember(settings, u"2024.pdf"_s, {1, 1, 1, 60});
        QVERIFY(!PlacementMemory::recall(settings, u"2025.pdf"_s));
    }
};

QTEST_GUILESS_MAIN(TestPlacementMemory)
#include "tst_placementmemory.moc"
