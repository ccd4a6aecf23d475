#pragma once

#include "StampVerifier.h"

#include <qpdf/QPDF.hh>

namespace bubuh {

struct LaterChangeReport
{
    SignatureCheck::LaterChanges kind = SignatureCheck::LaterChanges::None;
    QString detail;
};

// What the incremental updates after a signed revision (the first signedEnd bytes of pdf) do
// to it. Two kinds of update leave the signed document as it was:
// - validation data: streams (certificates, CRLs, OCSP responses, time-stamps) and arrays of
//   them under the catalog's /DSS /Certs, /OCSPs, /CRLs and /VRI;
// - on a document that is not certified, a new signature: its field and widget, the
//   widget's appearance (the size of its own /Rect, on the page), and the references to them
//   in /AcroForm /Fields and the page's /Annots.
// Anything else (a new catalog, a changed page or annotation, a new page) is Other.
LaterChangeReport laterChangesAfter(QPDF &full, const QByteArray &pdf, qint64 signedEnd);

} // namespace bubuh
