#pragma once

#include "Http.h"

#include "EmeteraiSimulator.h"

#include <QRectF>
#include <QTemporaryDir>
#include <memory>

namespace test {

// An in-process simulator on a free loopback port, with helpers that walk the protocol.
// Tests use the real HTTP API through it; helpers verify each step so that a test reads as
// the scenario it checks.
class SimFixture
{
public:
    // Shared: every fixture in one test executable signs under one CA (generating RSA keys is
    // slow). Own: this one has a CA, and a root, of its own.
    enum class Ca { Shared, Own };
    explicit SimFixture(const QJsonObject &config = {}, Ca ca = Ca::Shared);
    ~SimFixture();

    sim::EmeteraiSimulator &simulator() { return *m_sim; }
    QUrl url(const QString &pathAndQuery) const;
    QString dataDir() const { return m_dir.path(); }

    void configure(const QJsonObject &config);
    QJsonObject ledger();

    QString login(); // demo/demo; returns the JWT
    // Creates and pays an order for quantity and waits until it is FULFILLED.
    void buyQuota(const QString &token, int quantity);
    QString upload(const QString &token, const QByteArray &pdf);
    QString serial(const QString &token, const QString &docId,
                   const QString &fileName = QStringLiteral("dokumen.pdf"));
    // A docSigningZ body as a real client sends it.
    static QJsonObject stampBody(const QString &token, const QString &docId, const QString &sn,
                                 int page, const QRectF &userBox);
    HttpResult stamp(const QString &token, const QString &docId, const QString &sn, int page,
                     const QRectF &userBox, bool retry = false);
    QByteArray download(const QString &token, const QString &docId);

    // Everything above in one go: returns the stamped PDF (empty on failure) and the SN.
    QByteArray stampDocument(const QByteArray &pdf, int page, const QRectF &userBox,
                             QString *sn = nullptr);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::EmeteraiSimulator> m_sim;
};

// Data rows "endpoint kind" for every fault kind of protocol.md Part D that any endpoint has.
void addFaultMatrix(const QStringList &endpoints);

} // namespace test
