#include "ServiceProfile.h"
#include "core/Settings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace bubuh {

ServiceProfile ServiceProfile::singleServer(const QUrl &base, bool demo)
{
    ServiceProfile p;
    p.backend = p.upload = p.stampV2 = p.stamp = p.shop = base;
    p.demo = demo;
    return p;
}

QStringList ServiceProfile::ids()
{
    return {kDemo.toString(), kStaging.toString(), kProduction.toString(), kOther.toString()};
}

std::optional<ServiceProfile> ServiceProfile::named(const QString &id, QSettings &settings)
{
    ServiceProfile p;
    p.id = id;
    const auto hosts
        = [&p](const char *backend, const char *upload, const char *stampV2, const char *stamp) {
              p.backend = QUrl(u"https://"_s + QLatin1StringView(backend));
              p.upload = QUrl(u"https://"_s + QLatin1StringView(upload));
              p.stampV2 = QUrl(u"https://"_s + QLatin1StringView(stampV2));
              p.stamp = QUrl(u"https://"_s + QLatin1StringView(stamp));
          };
    if (id == kStaging) {
        hosts("backendservicestg.e-meterai.co.id", "fileuploadstg.e-meterai.co.id",
              "stampv2stg.e-meterai.co.id", "stampservicestg.e-meterai.co.id");
    } else if (id == kProduction) {
        hosts("backendservice.e-meterai.co.id", "fileupload.e-meterai.co.id",
              "stampv2.e-meterai.co.id", "stampservice.e-meterai.co.id");
    } else if (id == kDemo) {
        p.demo = true; // the window starts the simulator and fills in its address
        return p;
    } else if (id == kOther) {
        const Settings s(settings);
        p.backend = s.value(Settings::Key::OtherBackend).toUrl();
        p.upload = s.value(Settings::Key::OtherUpload).toUrl();
        p.stampV2 = s.value(Settings::Key::OtherStampV2).toUrl();
        p.stamp = s.value(Settings::Key::OtherStamp).toUrl();
        p.shop = s.value(Settings::Key::OtherShop).toUrl();
        return p;
    } else {
        return std::nullopt;
    }
    p.shop = Settings(settings).value(Settings::Key::ProfileShop, id).toUrl();
    return p;
}

ServiceProfile ServiceProfile::load(QSettings &settings)
{
    const QString id = Settings(settings).value(Settings::Key::ServiceProfile).toString();
    return named(id, settings).value_or(*named(kOther.toString(), settings));
}

void ServiceProfile::save(QSettings &settings) const
{
    Settings s(settings);
    s.setValue(Settings::Key::ServiceProfile, id);
    if (id != kOther) {
        if (id != kDemo)
            s.setValue(Settings::Key::ProfileShop, shop, id);
        return;
    }
    s.setValue(Settings::Key::OtherBackend, backend);
    s.setValue(Settings::Key::OtherUpload, upload);
    s.setValue(Settings::Key::OtherStampV2, stampV2);
    s.setValue(Settings::Key::OtherStamp, stamp);
    s.setValue(Settings::Key::OtherShop, shop);
}

QString ServiceProfile::displayName() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("bubuh::ServiceProfile", text);
    };
    if (demo || id == kDemo)
        return tr("Demo (simulator)");
    if (id == kStaging)
        return tr("Peruri staging");
    if (id == kProduction)
        return tr("Peruri production");
    return tr("Other addresses");
}

qint64 ServiceProfile::stampGrowthBytes() const
{
    return (demo || id == kDemo ? 156 : 160) * 1024;
}

QString ServiceProfile::journalFileName() const
{
    if (demo || id == kDemo)
        return u"demo-journal.sqlite"_s;
    return id == kOther ? u"journal.sqlite"_s : u"journal-%1.sqlite"_s.arg(id);
}

QString ServiceProfile::savedUser(QSettings &settings) const
{
    return Settings(settings).value(Settings::Key::AccountUser, accountScope()).toString();
}

QString ServiceProfile::contact(QSettings &settings) const
{
    const QString saved = Settings(settings).value(Settings::Key::ProfileContact, id).toString();
    return saved.isEmpty() && demo ? u"layanan@simulasi.bubuh.invalid"_s : saved;
}

void ServiceProfile::saveUser(QSettings &settings, const QString &user) const
{
    Settings(settings).setValue(Settings::Key::AccountUser, user, accountScope());
}

QString ServiceProfile::accountScope() const
{
    return id == kOther || demo ? QString() : id; // those two share one remembered name
}

QUrl ServiceProfile::base(Role role) const
{
    switch (role) {
    case Role::Backend: return backend;
    case Role::Upload: return upload;
    case Role::StampV2: return stampV2;
    case Role::Stamp: return stamp;
    case Role::Shop: return shop;
    }
    return {};
}

QUrl ServiceProfile::endpoint(Role role, const QString &path) const
{
    QUrl url = base(role);
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(basePath + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

bool ServiceProfile::acceptable(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    if (url.scheme() != u"http")
        return false;
    const QHostAddress host(url.host());
    return url.host() == u"localhost" || (!host.isNull() && host.isLoopback());
}

bool ServiceProfile::serves(const QUrl &url, std::initializer_list<Role> roles) const
{
    const auto defaultPort
        = [](const QUrl &u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
    return url.isValid() && !url.host().isEmpty()
        && std::any_of(roles.begin(), roles.end(), [&](Role role) {
               const QUrl own = base(role);
               return own.isValid() && !own.host().isEmpty()
                   && own.scheme().compare(url.scheme(), Qt::CaseInsensitive) == 0
                   && own.host().compare(url.host(), Qt::CaseInsensitive) == 0
                   && defaultPort(own) == defaultPort(url);
           });
}

QString ServiceProfile::problem() const
{
    for (Role role : {Role::Backend, Role::Upload, Role::StampV2, Role::Stamp, Role::Shop}) {
        if (QString p = problem(role); !p.isEmpty())
            return p;
    }
    return {};
}

QString ServiceProfile::problem(Role role) const
{
    const QUrl url = base(role);
    if (demo && url.isEmpty()) // the window starts its own simulator; a script names one
        return QCoreApplication::translate(
            "bubuh::ServiceProfile",
            "The demo profile has no simulator address here. Open the window with bubuh --demo, "
            "or start emeterai-sim and give bubuh-cli its address with --server URL.");
    if (role == Role::Shop && url.isEmpty())
        return QCoreApplication::translate(
                   "bubuh::ServiceProfile",
                   "No shop address is set for %1. Buying quota needs the address of your "
                   "distributor's shop: set it in Settings (or bubuh-cli --shop URL).")
            .arg(displayName());
    if (acceptable(url))
        return {};
    return QCoreApplication::translate(
               "bubuh::ServiceProfile",
               "The service address \"%1\" is not allowed. Use an https:// address; "
               "plain http:// is only allowed to this computer.")
        .arg(url.toDisplayString());
}

} // namespace bubuh
