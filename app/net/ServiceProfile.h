#pragma once

#include <QString>
#include <QUrl>

class QSettings;

namespace bubuh {

// Where each role of the e-Meterai service lives (protocol.md "Hosts"). The real service spreads
// over several hosts; the simulator serves every role on one.
struct ServiceProfile
{
    enum class Role { Backend, Upload, StampV2, Stamp, Shop };

    QUrl backend, upload, stampV2, stamp, shop;
    bool demo = false;

    static ServiceProfile singleServer(const QUrl &base, bool demo = false);
    static ServiceProfile load(QSettings &settings);
    void save(QSettings &settings) const;

    QUrl base(Role role) const;
    // base(role) with path appended.
    QUrl endpoint(Role role, const QString &path) const;
    // HTTPS everywhere; plain HTTP only to loopback (the simulator). Empty when acceptable,
    // otherwise what is wrong, in the user's language.
    QString problem() const;
    static bool acceptable(const QUrl &url);
};

} // namespace bubuh
