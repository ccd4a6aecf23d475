#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

namespace bubuh {

// What offline verification found for one signature of a document.
struct SignatureCheck
{
    enum class Integrity { Valid, Invalid };
    enum class LaterChanges { None, DssOnly, Other };
    enum class Chain { Trusted, Untrusted, Expired };

    QString field;     // "Emet<SN>" for an e-Meterai
    QString sn;        // from the field name
    QString reason;    // /Reason; Peruri writes "[SN] …" there
    QString reasonSn;  // the SN in /Reason's brackets, when present
    QString signer;    // the signing certificate's common name
    QString subFilter; // ETSI.CAdES.detached for an e-Meterai
    QDateTime signingTime;
    Integrity integrity = Integrity::Invalid;
    QString integrityDetail; // why it is invalid, for the log and --json
    bool coversWholeFile = false;
    qint64 signedBytes = 0; // where the signed revision ends
    LaterChanges laterChanges = LaterChanges::Other;
    QString laterChangesDetail;
    Chain chain = Chain::Untrusted;
    bool chainValidAtSigning = false; // Expired, but every certificate was valid when signed
    QString chainDetail;
    bool simulated = false; // signed by a "SIMULASI - TIDAK SAH" certificate
    int page = 0;           // 1-based; 0 when the widget is on no page
    QRectF rect;            // the widget's /Rect, in the page's user space

    bool isEmeterai() const { return field.startsWith(QLatin1String("Emet")) && !sn.isEmpty(); }
    // Intact, unchanged since but for validation data, and by a trusted (or once trusted) chain.
    bool valid() const;
};

struct Verification
{
    QString file;
    std::optional<bool> originalIsPrefix; // unknown when no original was given
    QList<SignatureCheck> signatures;
    QString problem; // the file could not be read as a PDF at all

    // A valid e-Meterai: at least one e-Meterai signature, every signature valid, and the
    // original (when known) unchanged at the front.
    bool valid() const;
    const SignatureCheck *emeterai(const QString &sn = {}) const;
    QJsonObject toJson() const; // design.md's keys
    // One plain sentence for the person: what was found and what it means.
    QString summary() const;
    // Lines describing each signature, already translated.
    QStringList details() const;
};

// Checks stamped documents offline, with qpdf and OpenSSL: per signature, that the byte range
// covers the whole revision but the signature, that the CMS signature verifies over those
// bytes, whose chain it is, and whether later incremental updates only add validation data.
class StampVerifier
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::StampVerifier)
public:
    // Roots that are trusted, as PEM (the simulator's root in demo mode).
    void addTrustAnchors(const QByteArray &pem);
    bool addTrustAnchorFile(const QString &path);
    // The anchors a person configured: the setting "verify/anchors" (a list of PEM files).
    static constexpr const char *kAnchorsSetting = "verify/anchors";
    // Also trust the system's certificate store (off in tests, for reproducibility).
    void setUseSystemStore(bool use) { m_useSystemStore = use; }
    // When to judge the certificates' validity; now unless set (tests).
    void setCheckTime(const QDateTime &at) { m_checkTime = at; }

    Verification verify(const QByteArray &pdf, const QString &fileName,
                        const QByteArray *original = nullptr) const;
    Verification verifyFile(const QString &path, const QString &originalPath = {}) const;

private:
    QList<QByteArray> m_anchors; // DER
    bool m_useSystemStore = true;
    QDateTime m_checkTime;
};

} // namespace bubuh
