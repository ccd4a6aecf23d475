#include "ServiceProfile.h"

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

ServiceProfile ServiceProfile::load(QSettings &settings)
{
    settings.beginGroup(u"service"_s);
    ServiceProfile p;
    p.backend = settings.value(u"backend"_s).toUrl();
    p.upload = settings.value(u"upload"_s).toUrl();
    p.stampV2 = settings.value(u"stampv2"_s).toUrl();
    p.stamp = settings.value(u"stamp"_s).toUrl();
    p.shop = settings.value(u"shop"_s).toUrl();
    settings.endGroup();
    return p;
}

void ServiceProfile::save(QSettings &settings) const
{
    settings.beginGroup(u"service"_s);
    settings.setValue(u"backend"_s, backend);
    settings.setValue(u"upload"_s, upload);
    settings.setValue(u"stampv2"_s, stampV2);
    settings.setValue(u"stamp"_s, stamp);
    settings.setValue(u"shop"_s, shop);
    settings.endGroup();
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

QString ServiceProfile::problem() const
{
    for (const QUrl &url : {backend, upload, stampV2, stamp, shop}) {
        if (!acceptable(url)) {
            return QCoreApplication::translate(
                       "bubuh::ServiceProfile",
                       "The service address \"%1\" is not allowed. Use an https:// address; "
                       "plain http:// is only allowed to this computer.")
                .arg(url.toDisplayString());
        }
    }
    return {};
}

} // namespace bubuh
