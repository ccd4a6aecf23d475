#pragma once

#include <QString>
#include <QVariant>

class QSettings;

namespace bubuh {

// Every setting Bubuh keeps, each with its name in the settings file and its default, in one
// table (in the manner of KeePassXC's Config). A view over a QSettings, which the window, the
// CLI and the tests each hand in; nothing else names a key or repeats a default.
class Settings
{
public:
    enum class Key {
        Language,       // the interface language: "id" or "en"
        DemoMode,       // the window runs on its built-in simulator
        ServiceProfile, // which profile of ServiceProfile::ids()
        OtherBackend,   // the "other" profile's base URLs, one per role
        OtherUpload,
        OtherStampV2,
        OtherStamp,
        OtherShop,
        ProfileShop,      // argument: the profile id; a distributor's shop for that profile
        AccountUser,      // argument: the profile id, or empty for the demo and "other" ones
        DocumentTypes,    // the service's jenisdoc list, as last fetched
        StampSize,        // the stamp's side in points
        ResultsFolder,    // where stamped results go; empty: beside the original
        TrustAnchors,     // extra e-Meterai roots (PEM files)
        TimestampAnchors, // extra time-stamp authority roots (PEM files)
        UploadLimitKb,    // the portal's limit for a document no pattern remembers
        UploadLimitFor,   // argument: a file name pattern (PlacementMemory::patternOf)
        PlacementFor,     // argument: a file name pattern
        UploadDeadline,   // the registration portal's deadline (ISO 8601, UTC); empty: none
        Welcomed,         // the first-run welcome was read
        ProfileContact,   // argument: the profile id; how to reach its distributor
    };

    explicit Settings(QSettings &store);

    QVariant value(Key key, const QString &argument = {}) const;
    void setValue(Key key, const QVariant &value, const QString &argument = {});

    // The name in the settings file; an argument is percent-encoded into it.
    static QString name(Key key, const QString &argument = {});
    static QVariant defaultValue(Key key);

    static constexpr double kDefaultStampSize = 100; // points
    static constexpr int kDefaultUploadLimitKb = 800;

private:
    QSettings &m_store;
};

} // namespace bubuh
