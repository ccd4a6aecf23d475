#include "core/Settings.h"

#include "core/Language.h"
#include "net/ServiceProfile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

struct Entry
{
    const char *name; // %1: the argument
    QVariant defaultValue;
};

Entry entryOf(Settings::Key key)
{
    using Key = Settings::Key;
    switch (key) {
    case Key::Language: return {"language", QString::fromLatin1(Language::kDefault)};
    case Key::DemoMode: return {"service/demo", false};
    case Key::ServiceProfile: return {"service/profile", ServiceProfile::kOther.toString()};
    case Key::OtherBackend: return {"service/backend", {}};
    case Key::OtherUpload: return {"service/upload", {}};
    case Key::OtherStampV2: return {"service/stampv2", {}};
    case Key::OtherStamp: return {"service/stamp", {}};
    case Key::OtherShop: return {"service/shop", {}};
    case Key::ProfileShop: return {"service/%1/shop", {}};
    case Key::AccountUser: return {"account/%1/user", QString()};
    case Key::DocumentTypes: return {"service/documentTypes", {}};
    case Key::StampSize: return {"stamp/size", Settings::kDefaultStampSize};
    case Key::ResultsFolder: return {"results/folder", QString()};
    case Key::TrustAnchors: return {"verify/anchors", QStringList()};
    case Key::TimestampAnchors: return {"verify/tsaAnchors", QStringList()};
    case Key::UploadLimitKb: return {"upload/limitKb", Settings::kDefaultUploadLimitKb};
    case Key::UploadLimitFor: return {"uploadLimits/%1", {}};
    case Key::PlacementFor: return {"placements/%1", {}};
    case Key::UploadDeadline: return {"deadline/upload", QString()};
    case Key::Welcomed: return {"firstRun/welcomed", false};
    case Key::ProfileContact: return {"service/%1/contact", QString()};
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace

Settings::Settings(QSettings &store) : m_store(store) { }

QString Settings::name(Key key, const QString &argument)
{
    const QString pattern = QString::fromLatin1(entryOf(key).name);
    if (!pattern.contains(u"%1"_s))
        return pattern;
    if (key == Key::AccountUser && argument.isEmpty()) // the demo and "other" profiles
        return u"account/user"_s;
    // Percent-encoded, so that a '/' in a file name pattern cannot open a settings group.
    return pattern.arg(QString::fromLatin1(argument.toUtf8().toPercentEncoding()));
}

QVariant Settings::defaultValue(Key key)
{
    return entryOf(key).defaultValue;
}

QVariant Settings::value(Key key, const QString &argument) const
{
    return m_store.value(name(key, argument), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value, const QString &argument)
{
    m_store.setValue(name(key, argument), value);
}

} // namespace bubuh
