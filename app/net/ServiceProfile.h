#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

class QSettings;

namespace bubuh {

// Where each role of the e-Meterai service lives (protocol.md "Hosts"). The real service spreads
// over several hosts; the simulator serves every role on one.
//
// Built-in profiles: "demo" (the embedded simulator), "peruri-staging" and "peruri-produksi"
// (the hosts of protocol.md; a distributor's account is still needed), and "lainnya" with five
// base URLs of one's own. The shop (Part B) belongs to the distributor and is set per profile.
struct ServiceProfile
{
    enum class Role { Backend, Upload, StampV2, Stamp, Shop };

    static constexpr QStringView kDemo = u"demo";
    static constexpr QStringView kStaging = u"peruri-staging";
    static constexpr QStringView kProduction = u"peruri-produksi";
    static constexpr QStringView kOther = u"lainnya";

    QString id = kOther.toString();
    QUrl backend, upload, stampV2, stamp, shop;
    bool demo = false;

    static ServiceProfile singleServer(const QUrl &base, bool demo = false);
    // A built-in profile by id, with the shop URL kept for it in settings; nullopt if unknown.
    // "lainnya" reads its five URLs from settings.
    static std::optional<ServiceProfile> named(const QString &id, QSettings &settings);
    static QStringList ids();
    // The profile chosen in settings (service/profile), "lainnya" when none is.
    static ServiceProfile load(QSettings &settings);
    void save(QSettings &settings) const;
    // "Peruri staging", in the user's language.
    QString displayName() const;
    // How much larger the service makes a stamped file than its upload. The real service: 160 KB,
    // rounded up from six staging stamps (+155.6 to +156.5 KB, Part A). The demo simulator, whose
    // DSS is on: 156 KB, measured (tst_documentsflow checks it stays within 10 %).
    qint64 stampGrowthBytes() const;
    // Journals are kept per profile, so that demo or staging work never mixes with real work.
    QString journalFileName() const;
    // The account name last used with this profile (the demo and "other" profiles share one).
    QString savedUser(QSettings &settings) const;
    void saveUser(QSettings &settings, const QString &user) const;
    // How to reach the distributor (e-mail, telephone), as the applicant noted it in Settings;
    // the demo's is the simulator's own.
    QString contact(QSettings &settings) const;

    QUrl base(Role role) const;
    // base(role) with path appended.
    QUrl endpoint(Role role, const QString &path) const;
    // HTTPS everywhere; plain HTTP only to loopback (the simulator). Empty when acceptable,
    // otherwise what is wrong, in the user's language.
    QString problem() const;
    // The same, for the one role a call needs (the shop is not needed to stamp).
    QString problem(Role role) const;
    static bool acceptable(const QUrl &url);
    // Whether url lives on the base of one of roles: the same scheme, host and port. The
    // token goes nowhere else, and a service-named download address is followed only then.
    bool serves(const QUrl &url, std::initializer_list<Role> roles) const;
    static constexpr std::initializer_list<Role> kAllRoles
        = {Role::Backend, Role::Upload, Role::StampV2, Role::Stamp, Role::Shop};

private:
    QString accountScope() const;
};

} // namespace bubuh
