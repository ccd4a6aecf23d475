// The typed settings: one name and one default per key, the names people's settings files
// already hold, and arguments that cannot open a group of their own.
#include "core/Settings.h"
#include "net/ServiceProfile.h"
#include "pdf/PlacementMemory.h"
#include "pdf/UploadLimits.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bubuh;
using Key = Settings::Key;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<QSettings> store;

private Q_SLOTS:
    void init()
    {
        store = std::make_unique<QSettings>(dir.filePath(u"bubuh.ini"_s), QSettings::IniFormat);
        store->clear();
    }

    void eachKeyHasOneDefault()
    {
        const Settings settings(*store);
        QCOMPARE(settings.value(Key::Language).toString(), u"id"_s);
        QCOMPARE(settings.value(Key::StampSize).toDouble(), 100.0);
        QCOMPARE(settings.value(Key::UploadLimitKb).toInt(), 800);
        QCOMPARE(settings.value(Key::DemoMode).toBool(), false);
        QCOMPARE(settings.value(Key::ServiceProfile).toString(), ServiceProfile::kOther.toString());
        QCOMPARE(settings.value(Key::ResultsFolder).toString(), QString());
        QVERIFY(settings.value(Key::TrustAnchors).toStringList().isEmpty());
        // The helpers read the same defaults, not copies of their own.
        QCOMPARE(UploadLimits::defaultKb(*store), Settings::kDefaultUploadLimitKb);
        QCOMPARE(Placement().size, Settings::kDefaultStampSize);
    }

    // Renaming a key would silently reset what people chose: the names stay as they were.
    void theNamesAreTheOnesSettingsFilesHold_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QString>("name");
        const auto row
            = [](const char *tag, Key key, const QString &argument, const QString &name) {
                  QTest::newRow(tag) << int(key) << argument << name;
              };
        row("language", Key::Language, {}, u"language"_s);
        row("demo", Key::DemoMode, {}, u"service/demo"_s);
        row("profile", Key::ServiceProfile, {}, u"service/profile"_s);
        row("backend", Key::OtherBackend, {}, u"service/backend"_s);
        row("upload", Key::OtherUpload, {}, u"service/upload"_s);
        row("stampv2", Key::OtherStampV2, {}, u"service/stampv2"_s);
        row("stamp", Key::OtherStamp, {}, u"service/stamp"_s);
        row("shop", Key::OtherShop, {}, u"service/shop"_s);
        row("profile shop", Key::ProfileShop, u"peruri-staging"_s,
            u"service/peruri-staging/shop"_s);
        row("user", Key::AccountUser, {}, u"account/user"_s);
        row("profile user", Key::AccountUser, u"peruri-produksi"_s,
            u"account/peruri-produksi/user"_s);
        row("types", Key::DocumentTypes, {}, u"service/documentTypes"_s);
        row("size", Key::StampSize, {}, u"stamp/size"_s);
        row("results", Key::ResultsFolder, {}, u"results/folder"_s);
        row("anchors", Key::TrustAnchors, {}, u"verify/anchors"_s);
        row("tsa", Key::TimestampAnchors, {}, u"verify/tsaAnchors"_s);
        row("limit", Key::UploadLimitKb, {}, u"upload/limitKb"_s);
        row("limit for", Key::UploadLimitFor, u"surat lamaran"_s,
            u"uploadLimits/surat%20lamaran"_s);
        row("placement", Key::PlacementFor, u"ijazah"_s, u"placements/ijazah"_s);
        row("deadline", Key::UploadDeadline, {}, u"deadline/upload"_s);
        row("welcomed", Key::Welcomed, {}, u"firstRun/welcomed"_s);
        row("contact", Key::ProfileContact, u"demo"_s, u"service/demo/contact"_s);
    }
    void theNamesAreTheOnesSettingsFilesHold()
    {
        QFETCH(int, key);
        QFETCH(QString, argument);
        QFETCH(QString, name);
        QCOMPARE(Settings::name(Key(key), argument), name);
    }

    void anArgumentCannotOpenAGroup()
    {
        QCOMPARE(Settings::name(Key::PlacementFor, u"a/b"_s), u"placements/a%2Fb"_s);
        Settings(*store).setValue(Key::PlacementFor, 7, u"../../language"_s);
        QCOMPARE(Settings(*store).value(Key::Language).toString(), u"id"_s);
        QCOMPARE(Settings(*store).value(Key::PlacementFor, u"../../language"_s).toInt(), 7);
    }

    void whatIsSetIsReadBackThroughTheHelpers()
    {
        Settings settings(*store);
        settings.setValue(Key::UploadLimitKb, 300);
        QCOMPARE(UploadLimits::defaultKb(*store), 300);
        UploadLimits::remember(*store, u"surat-lamaran-2024.pdf"_s, 200);
        QCOMPARE(settings.value(Key::UploadLimitFor, u"surat lamaran"_s).toInt(), 200);
        PlacementMemory::remember(*store, u"ijazah.pdf"_s, Placement{2, 10, 20, 80});
        QCOMPARE(PlacementMemory::recall(*store, u"ijazah-2.pdf"_s)->page, 2);
        const auto staging = ServiceProfile::named(u"peruri-staging"_s, *store);
        QVERIFY(staging);
        staging->saveUser(*store, u"pelamar"_s);
        QCOMPARE(store->value(u"account/peruri-staging/user"_s).toString(), u"pelamar"_s);
        QCOMPARE(staging->savedUser(*store), u"pelamar"_s);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
