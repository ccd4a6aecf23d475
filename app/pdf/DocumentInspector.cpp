#include "DocumentInspector.h"

#include "PdfUpgrade.h"
#include "StampVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>

#include <cmath>

using namespace Qt::StringLiterals;

namespace bubuh {

namespace {

// The free functions' messages share the class's context; lupdate files a plain tr() helper
// under the namespace instead, where the class's translations are never looked up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(bubuh::DocumentInspector)
};

using Severity = Inspection::Problem::Severity;

// The signatures a document already carries, checked as the service checks them before it
// stamps: a broken one is refused (errors 80 and 81) only after the serial number is bought.
template<typename AddProblem>
void checkSignatures(const QByteArray &pdf, const QString &name, AddProblem problem)
{
    const Verification existing = StampVerifier().verify(pdf, name);
    for (const SignatureCheck &s : existing.signatures) {
        if (s.integrity != SignatureCheck::Integrity::Valid) {
            problem(
                u"broken-signature"_s, Severity::Error,
                Text::tr("The signature %1 in this document is broken: the document was changed "
                         "after it was signed. The e-Meterai service refuses such a document, "
                         "after the serial number is paid. Ask the signer for the original "
                         "signed file.")
                    .arg(s.field));
        } else if (s.laterChanges == SignatureCheck::LaterChanges::Other) {
            problem(
                u"changed-after-signing"_s, Severity::Warning,
                Text::tr("The document was changed after signature %1 was made, so that "
                         "signature will show as changed. Ask the signer for the original signed "
                         "file before stamping.")
                    .arg(s.field));
        }
    }
}

// The stamped file is what the portal receives, and it cannot be changed after stamping, so the
// limit applies to the upload plus what the service adds (Part A: about 156 KB) - and the upload
// is the PDF 1.7 copy when the document is older (PdfUpgrade).
void predictStampedSize(const QByteArray &pdf, Inspection &r, const InspectionOptions &options)
{
    qint64 upload = pdf.size();
    if (PdfUpgrade::needed(r.pdfVersion)) {
        if (const Result<QByteArray> upgraded = PdfUpgrade::toPdf17(pdf); upgraded)
            upload = upgraded.value().size();
    }
    r.stampGrowthBytes = options.stampGrowthBytes;
    r.predictedStampedBytes = upload + options.stampGrowthBytes;
    r.setUploadLimit(options.uploadLimitBytes);
}

QJsonArray box(const QRectF &r)
{
    return {r.left(), r.top(), r.right(), r.bottom()};
}

bool isA4(QSizeF points)
{
    const QSizeF a4(595.276, 841.89);
    const auto near = [](QSizeF a, QSizeF b) {
        return std::abs(a.width() - b.width()) < 3 && std::abs(a.height() - b.height()) < 3;
    };
    return near(points, a4) || near(points, a4.transposed());
}

} // namespace

bool Inspection::usable() const
{
    return std::none_of(problems.begin(), problems.end(),
                        [](const Problem &p) { return p.severity == Severity::Error; });
}

bool Inspection::hasEmeterai() const
{
    return std::any_of(signatures.begin(), signatures.end(),
                       [](const Signature &s) { return !s.sn.isEmpty(); });
}

void Inspection::setUploadLimit(qint64 bytes)
{
    const QString code = u"too-large-after-stamp"_s;
    uploadLimitBytes = bytes;
    problems.removeIf([&code](const Problem &p) { return p.code == code; });
    if (predictedStampedBytes <= 0 || fitsAfterStamp())
        return;
    problems.append(
        {code, Severity::Error,
         QCoreApplication::translate(
             "bubuh::DocumentInspector",
             "After stamping, this document will be about %1 KB, and the portal accepts at most "
             "%2 KB. Make it smaller first with \"Make smaller\": a stamped document cannot be "
             "changed, and the stamp alone adds about %3 KB.")
             .arg(kilobytes(predictedStampedBytes))
             .arg(kilobytes(uploadLimitBytes))
             .arg(kilobytes(stampGrowthBytes))});
}

QString Inspection::sizeSummary() const
{
    if (predictedStampedBytes <= 0)
        return {};
    return (fitsAfterStamp() ? QCoreApplication::translate(
                "bubuh::DocumentInspector", "±%1 KB after stamping, limit %2 KB: fits")
                             : QCoreApplication::translate(
                                 "bubuh::DocumentInspector",
                                 "±%1 KB after stamping, limit %2 KB: needs to be made smaller"))
        .arg(kilobytes(predictedStampedBytes))
        .arg(kilobytes(uploadLimitBytes));
}

QJsonObject Inspection::toJson() const
{
    QJsonArray pageList, signatureList, problemList;
    for (int i = 0; i < pages.size(); ++i) {
        const PageBoxes &p = pages[i];
        const QSizeF shown = p.displaySize();
        pageList.append(QJsonObject{{u"page"_s, i + 1},
                                    {u"mediaBox"_s, box(p.mediaBox)},
                                    {u"cropBox"_s, box(p.visible())},
                                    {u"rotate"_s, p.rotate},
                                    {u"userUnit"_s, p.userUnit},
                                    {u"displayWidth"_s, shown.width()},
                                    {u"displayHeight"_s, shown.height()}});
    }
    for (const Signature &s : signatures)
        signatureList.append(
            QJsonObject{{u"field"_s, s.field}, {u"subFilter"_s, s.subFilter}, {u"sn"_s, s.sn}});
    for (const Problem &p : problems)
        problemList.append(
            QJsonObject{{u"code"_s, p.code},
                        {u"severity"_s, p.severity == Severity::Error ? u"error"_s : u"warning"_s},
                        {u"message"_s, p.message}});
    return {{u"file"_s, file},
            {u"sizeBytes"_s, double(sizeBytes)},
            {u"predictedStampedBytes"_s, double(predictedStampedBytes)},
            {u"uploadLimitBytes"_s, double(uploadLimitBytes)},
            {u"pdfVersion"_s, pdfVersion},
            {u"encrypted"_s, encrypted},
            {u"needsPassword"_s, needsPassword},
            {u"pageCount"_s, int(pages.size())},
            {u"pages"_s, pageList},
            {u"signatures"_s, signatureList},
            {u"problems"_s, problemList},
            {u"usable"_s, usable()}};
}

Inspection DocumentInspector::inspectFile(const QString &path, const Options &options)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Inspection result;
        result.file = path;
        result.problems.append(
            {u"unreadable"_s, Severity::Error,
             Text::tr(
                 "The file cannot be opened: %1. Check that it exists and that you may read it.")
                 .arg(f.errorString())});
        return result;
    }
    return inspect(f.readAll(), QFileInfo(path).absoluteFilePath(), options);
}

Inspection DocumentInspector::inspect(const QByteArray &pdf, const QString &name,
                                      const Options &options)
{
    Inspection r;
    r.file = name;
    r.sizeBytes = pdf.size();
    r.uploadLimitBytes = options.uploadLimitBytes;
    const auto problem = [&r](const QString &code, Severity severity, const QString &message) {
        r.problems.append({code, severity, message});
    };
    if (pdf.isEmpty()) {
        problem(u"empty"_s, Severity::Error,
                Text::tr("The file is empty. Save or export the document again."));
        return r;
    }
    if (!pdf.left(1024).contains("%PDF-")) {
        problem(u"not-pdf"_s, Severity::Error,
                Text::tr(
                    "This is not a PDF document. Open it in its program and use \"Save as PDF\" or "
                    "\"Export to PDF\"."));
        return r;
    }
    if (!pdf.right(2048).contains("%%EOF")) {
        problem(
            u"truncated"_s, Severity::Error,
            Text::tr("The document is incomplete (cut off before its end). Download or export it "
                     "again."));
        return r;
    }
    try {
        QPDF qpdf;
        qpdf.setSuppressWarnings(true);
        qpdf.processMemoryFile("document.pdf", pdf.constData(), size_t(pdf.size()));
        r.pdfVersion = QString::fromStdString(qpdf.getPDFVersion());
        r.encrypted = qpdf.isEncrypted();
        if (r.encrypted) {
            problem(
                u"encrypted"_s, Severity::Error,
                Text::tr(
                    "The document is protected (encrypted), and e-Meterai cannot be put on a "
                    "protected "
                    "document. Remove the protection: open it and print it to a new PDF (\"Save "
                    "as PDF\")."));
        }
        const Result<QList<PageBoxes>> pages = PageBoxes::read(pdf);
        if (pages)
            r.pages = pages.value();
        if (r.pages.isEmpty())
            problem(u"no-pages"_s, Severity::Error, Text::tr("The document has no pages."));
        else if (!isA4(r.pages.first().displaySize()))
            problem(
                u"not-a4"_s, Severity::Warning,
                Text::tr("The first page is not A4; the applicant portals ask for A4 documents."));

        QPDFObjectHandle perms = qpdf.getRoot().getKey("/Perms");
        if (perms.isDictionary() && perms.hasKey("/DocMDP"))
            problem(
                u"certified"_s, Severity::Error,
                Text::tr("The document is certified against changes, so no e-Meterai can be added. "
                         "Ask its "
                         "author for a version that is not certified."));
        for (QPDFFormFieldObjectHelper &field : QPDFAcroFormDocumentHelper(qpdf).getFormFields()) {
            if (field.getFieldType() != "/Sig" || !field.getValue().isDictionary())
                continue;
            Inspection::Signature s;
            s.field = QString::fromStdString(field.getFullyQualifiedName());
            QPDFObjectHandle subFilter = field.getValue().getKey("/SubFilter");
            s.subFilter = subFilter.isName() ? QString::fromStdString(subFilter.getName()).mid(1)
                                             : QString();
            if (s.field.startsWith(u"Emet"_s) && s.field.size() == 26)
                s.sn = s.field.mid(4);
            r.signatures.append(s);
        }
        if (r.hasEmeterai()) {
            const auto stamp
                = std::find_if(r.signatures.cbegin(), r.signatures.cend(),
                               [](const Inspection::Signature &s) { return !s.sn.isEmpty(); });
            problem(
                u"already-stamped"_s, Severity::Warning,
                Text::tr("The document already has an e-Meterai (serial number %1). Stamping it "
                         "again uses "
                         "another quota.")
                    .arg(stamp->sn));
        } else if (!r.signatures.isEmpty()) {
            problem(
                u"signed"_s, Severity::Warning,
                Text::tr(
                    "The document is already signed. The e-Meterai is added without changing the "
                    "signed content, so the signature stays valid."));
        }
        if (!r.signatures.isEmpty() && !r.encrypted)
            checkSignatures(pdf, name, problem);
        if (!r.encrypted)
            predictStampedSize(pdf, r, options);
        if (qpdf.anyWarnings()) {
            problem(
                u"damaged"_s, Severity::Warning,
                Text::tr(
                    "The document is slightly damaged and had to be repaired to be read. Export "
                    "it again "
                    "with \"Save as PDF\" before stamping, so the stamped result is sound."));
        }
    } catch (const QPDFExc &e) {
        if (e.getErrorCode() == qpdf_e_password) {
            r.encrypted = true;
            r.needsPassword = true;
            problem(u"needs-password"_s, Severity::Error,
                    Text::tr("The document is protected with a password. Open it with its "
                             "password, print it "
                             "to a new PDF without a password (\"Save as PDF\"), and use that."));
        } else {
            problem(
                u"damaged"_s, Severity::Error,
                Text::tr(
                    "The document is damaged and cannot be read. Export it again with \"Save as "
                    "PDF\"."));
        }
    } catch (const std::exception &) {
        problem(
            u"damaged"_s, Severity::Error,
            Text::tr("The document is damaged and cannot be read. Export it again with \"Save as "
                     "PDF\"."));
    }
    return r;
}

} // namespace bubuh
