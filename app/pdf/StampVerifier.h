#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>
#include <optional>

#include "TrustAnchors.h"

namespace bubuh {

// What offline verification found for one signature of a document.
struct SignatureCheck
{
    enum class Integrity { Valid, Invalid };
    // SignatureAdded: another signature was added since (a second e-Meterai), and perhaps
    // validation data; nothing of what this one signed changed.
    enum class LaterChanges { None, DssOnly, SignatureAdded, Other };
    enum class Chain { Trusted, Untrusted, Expired };

    QString field;           // "Emet<SN>" for an e-Meterai
    QString sn;              // from the field name, when it is "Emet" and 22 of [A-Z0-9]
    QString reason;          // /Reason; Peruri writes "[SN] …" there
    QString reasonSn;        // the SN in /Reason's brackets, when present
    QString signer;          // the signing certificate's common name
    QString subFilter;       // ETSI.CAdES.detached for an e-Meterai
    QDateTime signingTime;   // what the signer claims; never used to judge
    QDateTime timestampTime; // what a verified RFC 3161 signature time-stamp proves
    Integrity integrity = Integrity::Invalid;
    QString integrityDetail; // why it is invalid, for the log and --json
    bool coversWholeFile = false;
    qint64 signedBytes = 0; // where the signed revision ends
    LaterChanges laterChanges = LaterChanges::Other;
    QString laterChangesDetail;
    Chain chain = Chain::Untrusted;
    bool chainValidAtSigning = false; // Expired, but valid at the time-stamp's time
    QString chainDetail;
    bool simulated = false; // the chain ends at a simulator's anchor
    int page = 0;           // 1-based; 0 when the widget is on no page
    QRectF rect;            // the widget's /Rect, in the page's user space

    // "Emet<SN>" with the same SN in /Reason's brackets, as every real stamp has.
    bool isEmeterai() const { return !sn.isEmpty() && sn == reasonSn; }
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
    // Roots that are trusted, as PEM: the simulator's in demo mode, the e-Meterai roots a
    // person or their distributor configured otherwise. Nothing else is ever trusted.
    void addTrustAnchors(const QByteArray &pem, TrustAnchors::Kind kind = TrustAnchors::Kind::Real)
    {
        m_anchors.add(pem, kind);
    }
    bool addTrustAnchorFile(const QString &path) { return m_anchors.addFile(path); }
    // Roots of the time-stamping authorities whose tokens prove when a stamp was made; kept
    // apart, since a TSA's root (a national root, say) vouches for far more than e-Meterai
    // signers. A TSA under a simulator's root proves nothing about a real stamp.
    void addTimestampAnchors(const QByteArray &pem,
                             TrustAnchors::Kind kind = TrustAnchors::Kind::Real)
    {
        m_tsaAnchors.add(pem, kind);
    }
    bool addTimestampAnchorFile(const QString &path) { return m_tsaAnchors.addFile(path); }
    // More signature fields than any real document has are not checked at all.
    static constexpr int kMaxSignatures = 100;
    // When to judge the certificates' validity; now unless set (tests).
    void setCheckTime(const QDateTime &at) { m_checkTime = at; }

    Verification verify(const QByteArray &pdf, const QString &fileName,
                        const QByteArray *original = nullptr) const;
    Verification verifyFile(const QString &path, const QString &originalPath = {}) const;

private:
    TrustAnchors m_anchors;
    TrustAnchors m_tsaAnchors;
    QDateTime m_checkTime;
};

} // namespace bubuh
