#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QRectF>
#include <QString>

namespace sim {

class SimCertificateAuthority;

// Stamps a PDF as the real docSigningZ adapter does: an incremental update with a signature
// field "Emet<SN>", a widget with the stamp's appearance on the requested page and a PAdES
// (ETSI.CAdES.detached) signature by the simulator's signer. Refuses, with the adapter's
// error codes, what the real service refuses.
class PdfStamper
{
public:
    struct Job
    {
        QByteArray pdf;
        QString serial;
        QString fieldName; // "Emet<serial>" unless set (tests of what a verifier accepts)
        int page = 1;      // 1-based; clamped into the document
        QRectF box;        // user space: (llx, lly) to (urx, ury)
        QString reason;
        QString location;
        QDateTime signingTime;
        QByteArray documentIdPart; // 16 bytes for the new /ID
        bool dss = false;          // append a DSS-only second update
        bool timestamp = true;     // carry an RFC 3161 signature time-stamp
    };
    struct Result
    {
        QString errorCode = QStringLiteral("00"); // "00" = stamped
        QString message;
        QByteArray pdf;
        int page = 0;
        bool pageClamped = false;
        bool ok() const { return errorCode == u"00"; }
    };

    static constexpr int kContentsBytes = 16384; // room reserved for the CMS signature

    explicit PdfStamper(const SimCertificateAuthority &ca) : m_ca(ca) { }
    Result stamp(const Job &job) const;
    // What the real adapter does to documents older than version (e.g. 1.6): rewrites them as
    // PDF 1.7 before signing, so the upload is no longer a prefix of the result. Anything
    // else, or anything qpdf cannot read, comes back as it was.
    static QByteArray rebuildBelow(const QByteArray &pdf, double version);

private:
    QByteArray appendDss(const QByteArray &signedPdf, const QByteArray &idPart,
                         QString *error) const;

    const SimCertificateAuthority &m_ca;
};

} // namespace sim
